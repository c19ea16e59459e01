import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, conflict, notFound, validationFailed } from '../../../platform/errors.ts'
import { modelUpdateBody } from '../../../contracts/models.ts'
import { findOrganization } from '../../organizations/index.ts'
import { checkModelField } from '../fields.ts'
import { messages, modelStatusLabels } from '../messages.ts'
import { allowedModelActions, isEditable, type ModelStatus } from '../model-lifecycle.ts'
import { findModel, insertModelEvent, updateModelRow, type ModelRow, type NewModel } from '../models.repo.ts'
import { fieldErrorsOf } from '../validation.ts'
import { checkContent, unitOf } from './modelContent.ts'

/** The columns an edit may change, by body field. */
const editable = [
  'kind',
  'fieldCode',
  'title',
  'personName',
  'personPosition',
  'goal',
  'mobilisation',
  'results',
  'resultsText',
  'periodFrom',
  'periodTo',
] as const

/** Values compared as JSON with keys sorted (jsonb gives its keys back in its own order). */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, x]) => [k, canonical(x)]),
        )
      : (v ?? null)
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))

/**
 * Sửa mô hình: a draft or a returned model is corrected by whoever may register it for its unit
 * (`models.manage` over the registering organization), which does not change. Only the fields sent change
 * (`null` clears an optional one); the result is checked as a registration is. Order of checks: scope
 * (404), state (INVALID_TRANSITION with the allowed actions), permission, body, version. The previous
 * values of every changed field are kept in the model's history and the audit entry, in one transaction.
 */
export async function updateModel(ctx: Context, id: string, rawBody: unknown): Promise<ModelRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findModel(tx, id, true)
    if (!found || !ctx.actor.permissions.has('models.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.modelNotFound)
    const { row } = found
    if (!isEditable(row.status))
      throw new AppError(
        'INVALID_TRANSITION',
        messages.notEditable(modelStatusLabels[row.status as ModelStatus] ?? row.status),
        [],
        { allowed: allowedModelActions(row.status) },
      )
    authorize(ctx.actor, 'models.manage', { organizationPath: found.organizationPath })
    const parsed = modelUpdateBody.safeParse(rawBody ?? {})
    if (!parsed.success)
      throw validationFailed(fieldErrorsOf(parsed.error, { organizationId: messages.organizationFixed }))
    const { expectedVersion, unitCode, ...body } = parsed.data
    if (expectedVersion !== undefined && expectedVersion !== row.version) throw conflict(messages.stale)

    const next = { ...row, ...body }
    checkContent(next)
    const patch: Partial<NewModel> = {}
    const previous: Record<string, unknown> = {}
    const changed: Record<string, unknown> = {}
    for (const field of editable)
      if (body[field] !== undefined && !same(body[field], row[field])) {
        Object.assign(patch, { [field]: body[field] })
        previous[field] = row[field]
        changed[field] = body[field]
      }
    if (patch.fieldCode) await checkModelField(tx, patch.fieldCode, found.organizationPath)
    if (unitCode !== undefined || patch.periodFrom) {
      const organization = await findOrganization(tx, row.organizationId)
      // Unchanged unit: the same code, read again on the new start of the period.
      const code = unitCode === undefined ? row.adminUnitCode : unitCode
      const unit = await unitOf(tx, code, organization?.adminUnitCode ?? null, next.periodFrom)
      if ((unit?.id ?? null) !== row.adminUnitId) {
        Object.assign(patch, {
          adminUnitId: unit?.id ?? null,
          adminUnitCode: unit?.code ?? null,
          provinceCode: unit?.provinceCode ?? row.provinceCode,
        })
        previous.unitCode = row.adminUnitCode
        changed.unitCode = unit?.code ?? null
      }
    }
    if (Object.keys(changed).length === 0) return row

    const after = await updateModelRow(tx, row.id, row.version, patch)
    if (!after) throw conflict(messages.stale)
    await insertModelEvent(tx, {
      id: newId(),
      modelId: row.id,
      provinceCode: after.provinceCode,
      action: 'edit',
      fromStatus: row.status,
      toStatus: after.status,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
      body: { fields: Object.keys(changed), previous },
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'model.edit',
      entityType: 'model',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: after.provinceCode,
      summary: { version: after.version, previous, changed },
      requestId: ctx.requestId,
    })
    return after
  })
}
