import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, notFound } from '../../../platform/errors.ts'
import type { citizenView } from '../../../contracts/cases.ts'
import type { z } from 'zod'
import { citizensOf, findCase, insertReveal } from '../cases.repo.ts'
import { presentCitizen } from '../cases.present.ts'
import { unsealCitizen, type CaseDeps } from '../identity.ts'
import { messages } from '../messages.ts'

/**
 * Xem danh tính người tố cáo: only with the specific permission, only after giving a reason, and every
 * reveal recorded (in identity_reveals and the audit chain — the reason, never the identity).
 */
export async function revealIdentity(
  ctx: Context,
  deps: CaseDeps,
  caseId: string,
  reason: string,
): Promise<z.infer<typeof citizenView>[]> {
  return ctx.db.transaction(async (tx) => {
    const found = await findCase(tx, caseId)
    if (!found || !ctx.actor.permissions.has('cases.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.caseNotFound)
    authorize(ctx.actor, 'cases.reveal_identity', { organizationPath: found.organizationPath })
    const citizens = await citizensOf(tx, caseId)
    if (!citizens.some((c) => c.sealed)) throw new AppError('INVALID_TRANSITION', messages.notProtected)
    await insertReveal(tx, {
      id: newId(),
      caseId,
      provinceCode: found.row.provinceCode,
      userId: ctx.actor.userId,
      userName: ctx.actor.username,
      reason,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'case.identity_revealed',
      entityType: 'case',
      entityId: caseId,
      organizationId: found.row.organizationId,
      provinceCode: found.row.provinceCode,
      summary: { trackingCode: found.row.trackingCode, reason },
      requestId: ctx.requestId,
    })
    return citizens.map((c) => (c.sealed ? unsealCitizen(deps.secretKey, c) : presentCitizen(c)))
  })
}
