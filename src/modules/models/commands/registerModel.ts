import { authorize } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { validationFailed, type FieldError } from '../../../platform/errors.ts'
import type { ModelBody } from '../../../contracts/models.ts'
import { findUnitAt } from '../../admin-units/index.ts'
import { checkModelField } from '../fields.ts'
import { messages } from '../messages.ts'
import { insertModel, insertModelEvent, type ModelRow } from '../models.repo.ts'
import { organizationInScope } from '../validation.ts'

/** Checks of the body that need no database: the person of an exemplar, the period. */
function checkBody(body: ModelBody): void {
  const errors: FieldError[] = []
  if (body.kind === 'exemplar' && !body.personName)
    errors.push({ path: 'personName', message: messages.personRequired })
  if (body.kind === 'model' && body.personName)
    errors.push({ path: 'personName', message: messages.personNotForModel })
  if (body.periodTo && body.periodTo < body.periodFrom)
    errors.push({ path: 'periodTo', message: messages.periodOrder })
  if (errors.length) throw validationFailed(errors)
}

/**
 * Registers a model (a collective's) or an exemplar (an individual's) as a draft, for the actor's
 * organization or one in its subtree; the unit where it was applied is the one named (or the
 * organization's own), as in force when the period started. One transaction, audited.
 */
export async function registerModel(ctx: Context, body: ModelBody): Promise<ModelRow> {
  authorize(ctx.actor, 'models.manage')
  checkBody(body)
  return ctx.db.transaction(async (tx) => {
    const organizationId = body.organizationId ?? ctx.actor.organizationId
    if (!organizationId)
      throw validationFailed([{ path: 'organizationId', message: 'Hãy chọn cơ quan, đơn vị đăng ký.' }])
    const organization = await organizationInScope(tx, ctx.actor, organizationId)
    authorize(ctx.actor, 'models.manage', { organizationPath: organization.path })
    await checkModelField(tx, body.fieldCode, organization.path)
    let unit = null
    if (body.unitCode) {
      unit = (await findUnitAt(tx, body.unitCode, body.periodFrom)) ?? null
      if (!unit)
        throw validationFailed([
          { path: 'unitCode', message: messages.unitNotFound(body.unitCode, body.periodFrom) },
        ])
    } else if (organization.adminUnitCode) {
      unit = (await findUnitAt(tx, organization.adminUnitCode, body.periodFrom)) ?? null
    }
    const row = await insertModel(tx, {
      id: newId(),
      kind: body.kind,
      organizationId: organization.id,
      provinceCode: unit?.provinceCode ?? organization.provinceCode,
      adminUnitId: unit?.id ?? null,
      adminUnitCode: unit?.code ?? null,
      fieldCode: body.fieldCode,
      title: body.title,
      personName: body.personName ?? null,
      personPosition: body.personPosition ?? null,
      goal: body.goal,
      mobilisation: body.mobilisation,
      results: body.results,
      resultsText: body.resultsText ?? null,
      periodFrom: body.periodFrom,
      periodTo: body.periodTo ?? null,
      status: 'draft',
      createdBy: ctx.actor.userId,
    })
    await insertModelEvent(tx, {
      id: newId(),
      modelId: row.id,
      provinceCode: row.provinceCode,
      action: 'register',
      fromStatus: null,
      toStatus: 'draft',
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
      body: {},
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'model.register',
      entityType: 'model',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: { kind: row.kind, title: row.title, field: row.fieldCode, unit: row.adminUnitCode },
      requestId: ctx.requestId,
    })
    return row
  })
}
