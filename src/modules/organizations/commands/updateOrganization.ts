import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { AppError, notFound } from '../../../platform/errors.ts'
import type { UpdateOrganization } from '../../../contracts/organizations.ts'
import {
  findOrganization,
  forgetOrganizations,
  updateOrganizationRow,
  type OrganizationRow,
} from '../organizations.repo.ts'
import { presentOrganization } from '../organizations.present.ts'
import { attachmentOf } from '../attachment.ts'

export async function updateOrganization(
  ctx: Context,
  id: string,
  input: UpdateOrganization,
): Promise<OrganizationRow> {
  const updated = await ctx.db.transaction(async (tx) => {
    const before = await findOrganization(tx, id)
    if (!before || !covers(ctx.actor, before.path)) throw notFound('Không tìm thấy đơn vị.')
    authorize(ctx.actor, 'organizations.manage', { organizationPath: before.path })
    if (input.status === 'inactive' && before.parentId === null)
      throw new AppError('INVALID_TRANSITION', 'Không thể ngừng hoạt động đơn vị gốc của hệ thống.')
    if (input.status === 'inactive' && before.path === ctx.actor.organizationPath)
      throw new AppError('INVALID_TRANSITION', 'Bạn không thể ngừng hoạt động chính đơn vị của mình.')
    const { adminUnitCode, ...fields } = input
    const attachment = await attachmentOf(tx, adminUnitCode)
    const after = await updateOrganizationRow(tx, id, {
      ...fields,
      ...(attachment ? { adminUnitId: attachment.adminUnitId, adminUnitCode: attachment.adminUnitCode } : {}),
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'organization.updated',
      entityType: 'organization',
      entityId: id,
      organizationId: id,
      provinceCode: after.provinceCode,
      summary: { before: presentOrganization(before), after: presentOrganization(after) },
      requestId: ctx.requestId,
    })
    return after
  })
  forgetOrganizations(ctx.db)
  return updated
}
