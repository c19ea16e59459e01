import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, conflict, notFound, validationFailed, type FieldError } from '../../../platform/errors.ts'
import { registrationActionBody } from '../../../contracts/emulation.ts'
import { todayInVietnam } from '../../admin-units/index.ts'
import {
  findRegistration,
  insertEmulationEvent,
  updateRegistrationRow,
  type NewRegistration,
  type RegistrationRow,
} from '../emulation.repo.ts'
import {
  allowedActions,
  findTransition,
  registrationTransitions,
  type RegistrationStatus,
} from '../lifecycle.ts'
import { messages, registrationStatusLabels } from '../messages.ts'

/** Year-end steps are dated from 1 November of the registration year (the usual year-end review season). */
const yearEndFrom = (year: number) => `${year}-11-01`

/**
 * One step of a registration: self-assessment against each target, the review (emulation council and
 * mobilization board), commendation or not. Checks: scope (404), transition (INVALID_TRANSITION with
 * `allowed`), permission, body, version. One transaction with the event and the audit entry.
 */
export async function registrationAction(
  ctx: Context,
  id: string,
  action: string,
  rawBody: unknown,
): Promise<RegistrationRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findRegistration(tx, id, true)
    if (!found || !ctx.actor.permissions.has('emulation.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.registrationNotFound)
    const { row } = found
    const transition = findTransition(registrationTransitions, row.status, action)
    if (!transition)
      throw new AppError(
        'INVALID_TRANSITION',
        messages.invalidTransition(
          registrationStatusLabels[row.status as RegistrationStatus] ?? row.status,
          action,
        ),
        [],
        { allowed: allowedActions(registrationTransitions, row.status) },
      )
    authorize(ctx.actor, transition.permission, { organizationPath: found.organizationPath })
    const parsed = registrationActionBody.safeParse(rawBody ?? {})
    if (!parsed.success)
      throw validationFailed(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
    const body = parsed.data
    const missing = transition.required.filter((f) => body[f as keyof typeof body] === undefined)
    if (missing.length)
      throw validationFailed(
        missing.map((f) => ({ path: f, message: messages.required[f] ?? `Hãy nhập ${f}.` })),
      )
    if (body.expectedVersion !== undefined && body.expectedVersion !== row.version)
      throw conflict(messages.stale)
    const date = (action === 'commend' ? body.decidedOn : body.date) ?? todayInVietnam()
    const errors: FieldError[] = []
    const datePath = action === 'commend' ? 'decidedOn' : 'date'
    if (date > todayInVietnam()) errors.push({ path: datePath, message: messages.inFuture })
    if (date < yearEndFrom(row.year))
      errors.push({ path: datePath, message: messages.beforeYearEnd(row.year) })
    const targets = row.targets as unknown[]
    if (action === 'self_assess' && body.results?.length !== targets.length)
      errors.push({ path: 'results', message: messages.resultsCount(targets.length) })
    if (errors.length) throw validationFailed(errors)

    const patch: Partial<NewRegistration> = { status: transition.to }
    if (action === 'self_assess') Object.assign(patch, { selfAssessment: body.results, selfAssessedOn: date })
    if (action === 'review')
      Object.assign(patch, {
        councilOpinion: body.councilOpinion,
        boardOpinion: body.boardOpinion,
        reviewProposal: body.proposal,
        reviewedOn: date,
      })
    if (action === 'commend')
      patch.commendation = {
        title: body.commendationTitle,
        awardedBy: body.awardedBy,
        decisionNumber: body.decisionNumber,
        decidedOn: body.decidedOn,
      }
    if (action === 'not_commend') patch.outcomeReason = body.reason ?? null
    const after = await updateRegistrationRow(tx, row.id, row.version, patch)
    if (!after) throw conflict(messages.stale)
    const { expectedVersion: _v, ...recorded } = body
    await insertEmulationEvent(tx, {
      id: newId(),
      registrationId: row.id,
      provinceCode: row.provinceCode,
      action,
      fromStatus: row.status,
      toStatus: after.status,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
      body: recorded,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: `emulation.${action}`,
      entityType: 'emulation_registration',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: { from: row.status, to: after.status, date, version: after.version },
      requestId: ctx.requestId,
    })
    return after
  })
}
