import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import type { Executor } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, conflict, notFound, validationFailed } from '../../../platform/errors.ts'
import { actionBody, type ActionInput } from '../../../contracts/cases.ts'
import { ruleBookOf, versionAt, dueDate } from '../../rules/index.ts'
import { findOrganization } from '../../organizations/index.ts'
import { citizensOf, findCase, insertEvent, updateCase, type CaseRow, type NewCase } from '../cases.repo.ts'
import { vietnamToday } from '../cases.present.ts'
import { allowedActions, lifecycleById, planTransition, type Transition } from '../lifecycles/index.ts'
import { messages } from '../messages.ts'
import { checkAssignee } from '../assignees.ts'
import { citizenNotice, recordCitizenNotice } from '../notices.ts'

/** The body field that dates a step; other steps are dated by `date`, or today. */
const dateField: Record<string, keyof ActionInput> = {
  decide: 'decisionDate',
  conclude: 'conclusionDate',
  send_decision: 'sentDate',
  send_conclusion: 'sentDate',
  hold_dialogue: 'dialogueDate',
  appeal: 'appealDate',
}

function parseBody(raw: unknown): ActionInput {
  const result = actionBody.safeParse(raw ?? {})
  if (result.success) return result.data
  throw validationFailed(result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
}

/**
 * Gia hạn giải quyết tố cáo (Law on Denunciations Art. 30): complex → one extension, especially complex →
 * two (NĐ 31/2019 Art. 3), the limits read from the rule book on the step date. The extension adds its
 * period to the current due date.
 */
async function extensionPatch(tx: Executor, row: CaseRow, body: ActionInput, stepDate: string) {
  const complexity = body.complexity ?? row.complexity
  if (complexity === 'normal')
    throw validationFailed([{ path: 'complexity', message: messages.extensionNeedsComplexity }])
  const limits = versionAt(await ruleBookOf(tx), 'denunciation.resolve.max_extensions', stepDate)?.value as
    { complex: number; especiallyComplex: number } | undefined
  const max = complexity === 'especially_complex' ? (limits?.especiallyComplex ?? 2) : (limits?.complex ?? 1)
  if (row.extensionCount >= max) {
    const lifecycle = lifecycleById(row.lifecycleId)
    const allowed = allowedActions(lifecycle, row.status)
      .map((t) => t.action)
      .filter((a) => a !== 'extend')
    throw new AppError('INVALID_TRANSITION', messages.extensionsExhausted(max), [], { allowed })
  }
  return { complexity, extensionCount: row.extensionCount + 1 }
}

/**
 * One step of a case's lifecycle. The order of checks is part of the contract: scope (unknown → 404), the
 * transition itself (INVALID_TRANSITION with `allowed`, FORBIDDEN, missing required fields), the form of
 * the body, then the version the caller saw (`expectedVersion` or If-Match → CONFLICT when stale). The
 * row is locked, so two concurrent steps are serialized and the second one is judged on the new state.
 */
export async function takeAction(
  ctx: Context,
  caseId: string,
  action: string,
  rawBody: unknown,
  ifMatch?: number,
): Promise<CaseRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findCase(tx, caseId, true)
    if (!found || !ctx.actor.permissions.has('cases.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.caseNotFound)
    const { row } = found
    const facts = {
      action,
      kind: row.kind,
      trackingCode: row.trackingCode,
      organizationName: found.organizationName,
    }
    const lifecycle = lifecycleById(row.lifecycleId)
    const bodyObject = (typeof rawBody === 'object' && rawBody !== null ? rawBody : {}) as Record<
      string,
      unknown
    >
    const transition: Transition = planTransition(lifecycle, row.status, action, ctx.actor.roles, bodyObject)
    authorize(ctx.actor, 'cases.handle', { organizationPath: found.organizationPath })
    const body = parseBody(rawBody)
    const expected = body.expectedVersion ?? ifMatch
    if (expected !== undefined && expected !== row.version) throw conflict(messages.stale)

    const field = dateField[action]
    const stepDate = (field ? (body[field] as string | undefined) : undefined) ?? body.date ?? vietnamToday()
    const patch: Partial<NewCase> = { status: transition.to }
    if (action === 'extend') Object.assign(patch, await extensionPatch(tx, row, body, stepDate))
    if (body.assigneeId) {
      await checkAssignee(tx, found.organizationPath, body.assigneeId)
      patch.assigneeId = body.assigneeId
    }
    if (action === 'answer' && body.answer) {
      patch.publicAnswer = body.answer
      patch.answeredAt = new Date()
    }
    const organization = await findOrganization(tx, row.organizationId)
    const options = {
      complex: (patch.complexity ?? row.complexity) !== 'normal',
      remote: row.remote,
      province: organization?.provinceCode ?? null,
    }
    if (transition.clock?.start) {
      // An extension prolongs the running period; any other start (acceptance, resumption after a
      // suspension — NĐ 155/2026 Art. 12) counts afresh from the step date.
      const start = action === 'extend' && row.dueDate ? row.dueDate : stepDate
      // Read through the transaction: a step never waits for a second pool connection while holding one.
      const due = await dueDate(tx, transition.clock.start, start, options)
      Object.assign(patch, {
        clockKey: transition.clock.start,
        clockStart: start,
        dueDate: due.due,
        dueRuleKey: due.ruleKey,
      })
    } else if (transition.clock?.stop) {
      Object.assign(patch, { clockKey: null, clockStart: null, dueDate: null, dueRuleKey: null })
    }
    const after = await updateCase(tx, row.id, row.version, patch)
    if (!after) throw conflict(messages.stale)
    const { expectedVersion: _version, ...recorded } = body
    await insertEvent(tx, {
      id: newId(),
      caseId: row.id,
      provinceCode: row.provinceCode,
      action,
      fromStatus: row.status,
      toStatus: after.status,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
      stepDate,
      body: recorded,
      dueDate: after.dueDate,
      dueRuleKey: after.dueRuleKey,
    })
    if (citizenNotice({ ...facts, body }, stepDate))
      await recordCitizenNotice(tx, row, await citizensOf(tx, row.id), { ...facts, body }, stepDate)
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: `case.${action}`,
      entityType: 'case',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: {
        trackingCode: row.trackingCode,
        from: row.status,
        to: after.status,
        stepDate,
        due: after.dueDate,
        version: after.version,
      },
      requestId: ctx.requestId,
    })
    return after
  })
}
