import { recordAudit } from '../../../platform/audit/audit.ts'
import { closeSession } from '../../../platform/auth/sessions.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { forgetSessions } from '../auth-resolver.ts'

export async function logout(ctx: Context, sessionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await closeSession(tx, sessionId)
    if (ctx.actor.userId)
      await recordAudit(tx, {
        actor: auditActor(ctx),
        action: 'user.logged_out',
        entityType: 'user',
        entityId: ctx.actor.userId,
        organizationId: ctx.actor.organizationId,
        provinceCode: ctx.actor.provinceCode,
        summary: {},
        requestId: ctx.requestId,
      })
  })
  forgetSessions(ctx.db)
}
