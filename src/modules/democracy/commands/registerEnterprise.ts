import { authorize } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { conflict, validationFailed } from '../../../platform/errors.ts'
import type { EnterpriseBody } from '../../../contracts/democracy.ts'
import { findUnitAt, todayInVietnam } from '../../admin-units/index.ts'
import { findEnterpriseByTaxCode, insertEnterprise, type EnterpriseRow } from '../democracy.repo.ts'
import { messages } from '../messages.ts'
import { organizationInScope } from '../organization.ts'

/** Adds an enterprise to the register of the organization that oversees it — one transaction. */
export async function registerEnterprise(ctx: Context, body: EnterpriseBody): Promise<EnterpriseRow> {
  return ctx.db.transaction(async (tx) => {
    const organization = await organizationInScope(tx, ctx.actor, body.organizationId)
    authorize(ctx.actor, 'democracy.manage', { organizationPath: organization.path })
    if (await findEnterpriseByTaxCode(tx, body.taxCode))
      throw conflict(messages.taxCodeTaken, [{ path: 'taxCode', message: messages.taxCodeTaken }])
    const unitCode = body.adminUnitCode ?? organization.adminUnitCode
    const unit = unitCode ? await findUnitAt(tx, unitCode, todayInVietnam()) : null
    if (body.adminUnitCode && !unit)
      throw validationFailed([{ path: 'adminUnitCode', message: messages.unitNotFound(body.adminUnitCode) }])
    const row = await insertEnterprise(tx, {
      id: newId(),
      name: body.name,
      taxCode: body.taxCode,
      ownership: body.ownership,
      workforce: body.workforce,
      fiscalYearEndMonth: body.fiscalYearEndMonth ?? 12,
      hasTradeUnion: body.hasTradeUnion ?? true,
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      adminUnitId: unit?.id ?? null,
      adminUnitCode: unit?.code ?? null,
      address: body.address ?? null,
      createdBy: ctx.actor.userId,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'enterprise.register',
      entityType: 'enterprise',
      entityId: row.id,
      organizationId: organization.id,
      provinceCode: row.provinceCode,
      summary: { name: row.name, taxCode: row.taxCode, ownership: row.ownership, workforce: row.workforce },
      requestId: ctx.requestId,
    })
    return row
  })
}
