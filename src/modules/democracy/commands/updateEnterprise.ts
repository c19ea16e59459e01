import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { conflict, notFound, validationFailed } from '../../../platform/errors.ts'
import type { EnterpriseUpdateBody } from '../../../contracts/democracy.ts'
import { findUnitAt, todayInVietnam } from '../../admin-units/index.ts'
import { findOrganization } from '../../organizations/index.ts'
import {
  findEnterpriseByTaxCode,
  findEnterpriseForUpdate,
  updateEnterpriseRow,
  type EnterpriseRow,
} from '../democracy.repo.ts'
import { messages } from '../messages.ts'

const fields = [
  'name',
  'taxCode',
  'ownership',
  'workforce',
  'fiscalYearEndMonth',
  'hasTradeUnion',
  'address',
] as const

/**
 * Sửa thông tin doanh nghiệp — by those who manage democracy records for the organization that oversees
 * it (which does not change). Only the fields sent change; a new tax code must not be another's; a unit
 * named must exist today (`null`: the organization's own). The previous values of what changed go to the
 * audit entry, in one transaction. Conferences already recorded keep the checks made when they were.
 */
export async function updateEnterprise(
  ctx: Context,
  id: string,
  body: EnterpriseUpdateBody,
): Promise<EnterpriseRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findEnterpriseForUpdate(tx, id)
    if (!found || !ctx.actor.permissions.has('democracy.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.enterpriseNotFound)
    authorize(ctx.actor, 'democracy.manage', { organizationPath: found.organizationPath })
    const { row } = found
    const patch: Partial<EnterpriseRow> = {}
    for (const f of fields)
      if (body[f] !== undefined && body[f] !== row[f]) Object.assign(patch, { [f]: body[f] })
    if (patch.taxCode) {
      const other = await findEnterpriseByTaxCode(tx, patch.taxCode)
      if (other && other.id !== row.id)
        throw conflict(messages.taxCodeTaken, [{ path: 'taxCode', message: messages.taxCodeTaken }])
    }
    if (body.adminUnitCode !== undefined) {
      const organization = await findOrganization(tx, row.organizationId)
      const code = body.adminUnitCode ?? organization?.adminUnitCode ?? null
      const unit = code ? await findUnitAt(tx, code, todayInVietnam()) : null
      if (body.adminUnitCode && !unit)
        throw validationFailed([
          { path: 'adminUnitCode', message: messages.unitNotFound(body.adminUnitCode) },
        ])
      if ((unit?.id ?? null) !== row.adminUnitId)
        Object.assign(patch, { adminUnitId: unit?.id ?? null, adminUnitCode: unit?.code ?? null })
    }
    const changed = Object.keys(patch) as (keyof EnterpriseRow)[]
    if (changed.length === 0) return row
    const after = await updateEnterpriseRow(tx, row.id, patch)
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'enterprise.update',
      entityType: 'enterprise',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: {
        previous: Object.fromEntries(changed.map((f) => [f, row[f]])),
        changed: Object.fromEntries(changed.map((f) => [f, after[f]])),
      },
      requestId: ctx.requestId,
    })
    return after
  })
}
