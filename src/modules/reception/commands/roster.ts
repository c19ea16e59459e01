import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, notFound } from '../../../platform/errors.ts'
import { findOrganization } from '../../organizations/index.ts'
import { messages } from '../messages.ts'
import { receptionOfficers, receptionPlaces } from '../reception.schema.ts'

async function targetOrganization(ctx: Context, organizationId: string | undefined) {
  authorize(ctx.actor, 'reception.manage')
  const id = organizationId ?? ctx.actor.organizationId
  if (!id) throw new AppError('FORBIDDEN', messages.organizationMissing)
  const organization = await findOrganization(ctx.db.db, id)
  if (!organization || !covers(ctx.actor, organization.path)) throw notFound(messages.organizationUnknown)
  return organization
}

/** Thêm địa điểm tiếp công dân (address and published hours) of an organization. */
export async function addPlace(
  ctx: Context,
  input: { organizationId?: string; name: string; address: string; hours: string },
): Promise<string> {
  const organization = await targetOrganization(ctx, input.organizationId)
  const id = newId()
  await ctx.db.transaction(async (tx) => {
    await tx.insert(receptionPlaces).values({
      id,
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      name: input.name,
      address: input.address,
      hours: input.hours,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'reception.place_added',
      entityType: 'reception_place',
      entityId: id,
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      summary: { name: input.name },
      requestId: ctx.requestId,
    })
  })
  return id
}

/** Thêm cán bộ tiếp công dân thường xuyên to the roster. */
export async function addOfficer(
  ctx: Context,
  input: { organizationId?: string; fullName: string; title: string; userId?: string },
): Promise<string> {
  const organization = await targetOrganization(ctx, input.organizationId)
  const id = newId()
  await ctx.db.transaction(async (tx) => {
    await tx.insert(receptionOfficers).values({
      id,
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      userId: input.userId ?? null,
      fullName: input.fullName,
      title: input.title,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'reception.officer_added',
      entityType: 'reception_officer',
      entityId: id,
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      summary: { title: input.title },
      requestId: ctx.requestId,
    })
  })
  return id
}
