import { authorize } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { isUniqueViolation } from '../../../platform/db/errors.ts'
import { conflict, validationFailed } from '../../../platform/errors.ts'
import type { CreateOrganization } from '../../../contracts/organizations.ts'
import { findOrganization, insertOrganization, type OrganizationRow } from '../organizations.repo.ts'
import { presentOrganization } from '../organizations.present.ts'
import { attachmentOf } from '../attachment.ts'

/** Adds a child organization under one the actor manages. */
export async function createOrganization(ctx: Context, input: CreateOrganization): Promise<OrganizationRow> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const parent = await findOrganization(tx, input.parentId)
      if (!parent) throw validationFailed([{ path: 'parentId', message: 'Không tìm thấy đơn vị cấp trên.' }])
      authorize(ctx.actor, 'organizations.manage', { organizationPath: parent.path })
      const attachment = await attachmentOf(tx, input.adminUnitCode)
      const id = newId()
      const row = await insertOrganization(tx, {
        id,
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        code: input.code,
        name: input.name,
        kind: input.kind,
        provinceCode: input.provinceCode ?? attachment?.unit?.provinceCode ?? parent.provinceCode,
        adminUnitId: attachment?.adminUnitId ?? null,
        adminUnitCode: attachment?.adminUnitCode ?? null,
        contactPhone: input.contactPhone ?? null,
        hotline: input.hotline ?? null,
        email: input.email ?? null,
        address: input.address ?? null,
      })
      await recordAudit(tx, {
        actor: auditActor(ctx),
        action: 'organization.created',
        entityType: 'organization',
        entityId: id,
        organizationId: id,
        provinceCode: row.provinceCode,
        summary: { after: presentOrganization(row) },
        requestId: ctx.requestId,
      })
      return row
    })
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('Mã đơn vị đã được dùng.', [{ path: 'code', message: 'Mã đơn vị đã được dùng.' }])
    throw error
  }
}
