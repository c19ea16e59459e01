import { authorize } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { validationFailed } from '../../../platform/errors.ts'
import type { ModelBody } from '../../../contracts/models.ts'
import { checkModelField } from '../fields.ts'
import { insertModel, insertModelEvent, type ModelRow } from '../models.repo.ts'
import { organizationInScope } from '../validation.ts'
import { checkContent, unitOf } from './modelContent.ts'

/**
 * Registers a model (a collective's) or an exemplar (an individual's) as a draft, for the actor's
 * organization or one in its subtree; the unit where it was applied is the one named (or the
 * organization's own), as in force when the period started. One transaction, audited.
 */
export async function registerModel(ctx: Context, body: ModelBody): Promise<ModelRow> {
  authorize(ctx.actor, 'models.manage')
  checkContent(body)
  return ctx.db.transaction(async (tx) => {
    const organizationId = body.organizationId ?? ctx.actor.organizationId
    if (!organizationId)
      throw validationFailed([{ path: 'organizationId', message: 'Hãy chọn cơ quan, đơn vị đăng ký.' }])
    const organization = await organizationInScope(tx, ctx.actor, organizationId)
    authorize(ctx.actor, 'models.manage', { organizationPath: organization.path })
    await checkModelField(tx, body.fieldCode, organization.path)
    const unit = await unitOf(tx, body.unitCode, organization.adminUnitCode, body.periodFrom)
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
