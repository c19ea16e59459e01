import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, conflict, notFound, validationFailed } from '../../../platform/errors.ts'
import {
  conferenceCorrectionBody,
  conferenceWithdrawBody,
  type ConferenceBody,
} from '../../../contracts/democracy.ts'
import { allowedConferenceActions, findConferenceTransition } from '../conference-lifecycle.ts'
import {
  deleteResolutions,
  findConference,
  findEnterprise,
  insertConferenceEvent,
  insertResolutions,
  resolutionsOf,
  updateConferenceRow,
  type ConferenceRow,
} from '../democracy.repo.ts'
import { messages } from '../messages.ts'
import { conferenceRows, conferenceRuleAt } from './recordConference.ts'

/** The figures a correction replaces, as they are kept in the history (the row's own input and checks). */
const corrected = [
  'year',
  'status',
  'heldOn',
  'form',
  'staffTotal',
  'expectedCount',
  'presentCount',
  'quorumMet',
  'windowFrom',
  'windowTo',
  'timing',
  'valid',
  'findings',
  'ruleSource',
  'note',
] as const

const snapshotOf = (row: ConferenceRow): Record<string, unknown> =>
  Object.fromEntries(corrected.map((f) => [f, row[f]]))

/**
 * Đính chính or rút — a recorded conference corrected (its figures replaced, checked again against the
 * rule in force, its resolutions replaced) or withdrawn (kept, no longer counted). Order of checks: scope
 * (404), the transition (INVALID_TRANSITION with `allowed`), permission, body, version. The previous
 * values go to the conference's history (`democracy_conference_events`) and, for the changed fields, to
 * the audit entry — one transaction. The coverage is computed from the rows, so it follows at once.
 */
export async function conferenceAction(
  ctx: Context,
  id: string,
  action: string,
  rawBody: unknown,
): Promise<ConferenceRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findConference(tx, id, true)
    if (!found || !ctx.actor.permissions.has('democracy.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.conferenceNotFound)
    const { row } = found
    if (!findConferenceTransition(row.state, action))
      throw new AppError('INVALID_TRANSITION', messages.invalidTransition(row.state, action), [], {
        allowed: allowedConferenceActions(row.state),
      })
    authorize(ctx.actor, 'democracy.manage', { organizationPath: found.organizationPath })
    const schema = action === 'correct' ? conferenceCorrectionBody : conferenceWithdrawBody
    const parsed = schema.safeParse(rawBody ?? {})
    if (!parsed.success)
      throw validationFailed(
        parsed.error.issues.flatMap((i) =>
          i.code === 'unrecognized_keys'
            ? i.keys.map((key) => ({ path: key, message: messages.notCorrectable }))
            : [{ path: i.path.join('.'), message: i.message }],
        ),
      )
    const { reason, expectedVersion, ...figures } = parsed.data as typeof parsed.data & {
      reason: string
      expectedVersion?: number
    }
    if (expectedVersion !== undefined && expectedVersion !== row.version) throw conflict(messages.stale)

    const previousResolutions = await resolutionsOf(tx, row.id)
    const before = snapshotOf(row)
    const previousResolutionList = previousResolutions.map((r) => ({
      title: r.title,
      votesFor: r.votesFor,
      votesAgainst: r.votesAgainst,
      abstentions: r.abstentions,
      passed: r.passed,
    }))
    const previous = { ...before, resolutions: previousResolutionList }
    let after: ConferenceRow | null
    if (action === 'correct') {
      const body = {
        ...(figures as Omit<ConferenceBody, 'kind' | 'organizationId' | 'enterpriseId'>),
        kind: row.kind as ConferenceBody['kind'],
        enterpriseId: row.enterpriseId ?? undefined,
      }
      const enterprise = row.enterpriseId ? await findEnterprise(tx, row.enterpriseId) : null
      const rule = await conferenceRuleAt(tx, body.heldOn ?? `${body.year + 1}-01-01`)
      const next = conferenceRows(body, rule, {
        organizationId: row.organizationId,
        provinceCode: row.provinceCode,
        fiscalYearEndMonth: enterprise?.row.fiscalYearEndMonth ?? 12,
        createdBy: row.createdBy,
      })
      if (next.check.errors.length) throw validationFailed(next.check.errors)
      const patch = Object.fromEntries(corrected.map((f) => [f, next.row[f] ?? null]))
      after = await updateConferenceRow(tx, row.id, row.version, patch)
      await deleteResolutions(tx, row.id)
      await insertResolutions(
        tx,
        next.resolutions.map((r) => ({ ...r, conferenceId: row.id })),
      )
    } else {
      after = await updateConferenceRow(tx, row.id, row.version, {
        state: 'withdrawn',
        withdrawnReason: reason,
        withdrawnAt: new Date(),
      })
    }
    if (!after) throw conflict(messages.stale)

    await insertConferenceEvent(tx, {
      id: newId(),
      conferenceId: row.id,
      provinceCode: row.provinceCode,
      action,
      reason,
      previous,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
    })
    const now = snapshotOf(after)
    const changed = corrected.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(now[f]))
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: `democracy_conference.${action}`,
      entityType: 'democracy_conference',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: {
        reason,
        state: after.state,
        version: after.version,
        previous: Object.fromEntries(changed.map((f) => [f, before[f]])),
        changed: Object.fromEntries(changed.map((f) => [f, now[f]])),
        ...(action === 'correct' ? { previousResolutions: previousResolutionList } : {}),
      },
      requestId: ctx.requestId,
    })
    return after
  })
}
