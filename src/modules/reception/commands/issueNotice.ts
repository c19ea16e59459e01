import { eq } from 'drizzle-orm'
import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { conflict, notFound, validationFailed } from '../../../platform/errors.ts'
import { messages } from '../messages.ts'
import { receptionRefusalNotices } from '../reception.schema.ts'
import { findNotice, findVisit } from '../reception.repo.ts'

/** Records that the written refusal notice (form 01/TCD) was issued, with its number and date. */
export async function issueRefusalNotice(
  ctx: Context,
  id: string,
  input: { number: string; issuedOn: string },
): Promise<void> {
  authorize(ctx.actor, 'reception.record')
  const found = await findNotice(ctx.db.db, id)
  if (!found || !covers(ctx.actor, found.organizationPath)) throw notFound(messages.noticeNotFound)
  if (found.row.status === 'issued') throw conflict(messages.noticeIssued)
  const visit = await findVisit(ctx.db.db, found.row.visitId)
  if (visit && input.issuedOn < visit.row.visitDate)
    throw validationFailed([{ path: 'issuedOn', message: messages.noticeBeforeVisit }])
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(receptionRefusalNotices)
      .set({ status: 'issued', number: input.number, issuedOn: input.issuedOn })
      .where(eq(receptionRefusalNotices.id, id))
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'reception.refusal_notice_issued',
      entityType: 'reception_refusal_notice',
      entityId: id,
      organizationId: found.row.organizationId,
      provinceCode: found.row.provinceCode,
      summary: { number: input.number, issuedOn: input.issuedOn, due: found.row.dueDate },
      requestId: ctx.requestId,
    })
  })
}
