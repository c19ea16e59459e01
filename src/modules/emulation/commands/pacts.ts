import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, conflict, notFound, validationFailed, type FieldError } from '../../../platform/errors.ts'
import { pactActionBody, type PactBody } from '../../../contracts/emulation.ts'
import { todayInVietnam } from '../../admin-units/index.ts'
import { findPact, insertPact, updatePactRow, type PactRow } from '../emulation.repo.ts'
import { allowedActions, findTransition, pactTransitions, type PactStatus } from '../lifecycle.ts'
import { messages, pactStatusLabels } from '../messages.ts'
import { organizationInScope } from '../validation.ts'

/** Giao ước thi đua between a government body and unions/mass organizations. One transaction, audited. */
export async function signPact(ctx: Context, body: PactBody): Promise<PactRow> {
  authorize(ctx.actor, 'emulation.manage')
  const errors: FieldError[] = []
  if (Number(body.signedOn.slice(0, 4)) !== body.year)
    errors.push({ path: 'signedOn', message: messages.signedInYear })
  if (body.signedOn > todayInVietnam()) errors.push({ path: 'signedOn', message: messages.inFuture })
  if (errors.length) throw validationFailed(errors)
  return ctx.db.transaction(async (tx) => {
    const organizationId = body.organizationId ?? ctx.actor.organizationId
    if (!organizationId)
      throw validationFailed([{ path: 'organizationId', message: 'Hãy chọn cơ quan ký giao ước.' }])
    const organization = await organizationInScope(tx, ctx.actor, organizationId)
    authorize(ctx.actor, 'emulation.manage', { organizationPath: organization.path })
    const row = await insertPact(tx, {
      id: newId(),
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      year: body.year,
      title: body.title,
      signedOn: body.signedOn,
      parties: body.parties,
      criteria: body.criteria,
      status: 'signed',
      createdBy: ctx.actor.userId,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'emulation_pact.sign',
      entityType: 'emulation_pact',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: { year: row.year, title: row.title, parties: body.parties.map((p) => p.name) },
      requestId: ctx.requestId,
    })
    return row
  })
}

/** Year-end assessment of a pact against each criterion (from 1 November of its year). */
export async function pactAction(
  ctx: Context,
  id: string,
  action: string,
  rawBody: unknown,
): Promise<PactRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findPact(tx, id, true)
    if (!found || !ctx.actor.permissions.has('emulation.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.pactNotFound)
    const { row } = found
    const transition = findTransition(pactTransitions, row.status, action)
    if (!transition)
      throw new AppError(
        'INVALID_TRANSITION',
        messages.invalidTransition(pactStatusLabels[row.status as PactStatus] ?? row.status, action),
        [],
        { allowed: allowedActions(pactTransitions, row.status) },
      )
    authorize(ctx.actor, transition.permission, { organizationPath: found.organizationPath })
    const parsed = pactActionBody.safeParse(rawBody ?? {})
    if (!parsed.success)
      throw validationFailed(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
    const body = parsed.data
    const criteria = row.criteria as unknown[]
    const date = body.date ?? todayInVietnam()
    const errors: FieldError[] = []
    if (!body.results) errors.push({ path: 'results', message: messages.required.results ?? '' })
    else if (body.results.length !== criteria.length)
      errors.push({ path: 'results', message: messages.resultsCount(criteria.length) })
    if (date > todayInVietnam()) errors.push({ path: 'date', message: messages.inFuture })
    if (date < `${row.year}-11-01`) errors.push({ path: 'date', message: messages.beforeYearEnd(row.year) })
    if (errors.length) throw validationFailed(errors)
    if (body.expectedVersion !== undefined && body.expectedVersion !== row.version)
      throw conflict(messages.stale)
    const after = await updatePactRow(tx, row.id, row.version, {
      status: transition.to,
      assessment: body.results,
      assessedOn: date,
    })
    if (!after) throw conflict(messages.stale)
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: `emulation_pact.${action}`,
      entityType: 'emulation_pact',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: { from: row.status, to: after.status, date, met: body.results?.filter((r) => r.met).length },
      requestId: ctx.requestId,
    })
    return after
  })
}
