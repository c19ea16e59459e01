import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { AppError, notFound } from '../../../platform/errors.ts'
import type { CaseDeps } from '../../cases/index.ts'
import { unsealVisitor } from '../identity.ts'
import { messages } from '../messages.ts'
import { citizensOfVisit, findVisit } from '../reception.repo.ts'

/**
 * Xem danh tính người tố cáo của một lượt tiếp — the same rule as for a case (Law on Denunciations 2018
 * Art. 47(2)): only a leader holding `cases.reveal_identity` over the visit's organization, only with a
 * reason (≥ 20 characters, checked by the contract), and every reveal recorded in the audit chain in the
 * same transaction — the reason and the visit, never the identity.
 */
export async function revealVisitors(ctx: Context, deps: CaseDeps, visitId: string, reason: string) {
  return ctx.db.transaction(async (tx) => {
    const found = await findVisit(tx, visitId)
    if (!found || !ctx.actor.permissions.has('reception.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.visitNotFound)
    authorize(ctx.actor, 'cases.reveal_identity', { organizationPath: found.organizationPath })
    const citizens = await citizensOfVisit(tx, visitId)
    if (!citizens.some((c) => c.sealed)) throw new AppError('INVALID_TRANSITION', messages.notProtected)
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'reception.visit_identity_revealed',
      entityType: 'reception_visit',
      entityId: visitId,
      organizationId: found.row.organizationId,
      provinceCode: found.row.provinceCode,
      summary: { visitDate: found.row.visitDate, reason },
      requestId: ctx.requestId,
    })
    return citizens.map((c) => unsealVisitor(deps.secretKey, c))
  })
}
