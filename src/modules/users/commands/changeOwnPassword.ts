import { and, eq, ne } from 'drizzle-orm'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { sessions } from '../../../platform/auth/auth.schema.ts'
import { hashPassword, verifyPassword } from '../../../platform/auth/passwords.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { unauthenticated, validationFailed } from '../../../platform/errors.ts'
import { forgetSessions } from '../auth-resolver.ts'
import { findUser, updateUserRow } from '../users.repo.ts'
import { assertAcceptablePassword } from '../users.policy.ts'

/** The user changes their own password; their other sessions end. */
export async function changeOwnPassword(
  ctx: Context,
  input: { currentPassword: string; newPassword: string },
  currentSessionId: string | null,
): Promise<void> {
  const userId = ctx.actor.userId
  if (!userId) throw unauthenticated()
  const user = await findUser(ctx.db.db, userId)
  if (!user) throw unauthenticated()
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw validationFailed(
      [{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' }],
      'Mật khẩu hiện tại không đúng.',
    )
  assertAcceptablePassword(input.newPassword, user.username, 'newPassword')
  if (input.newPassword === input.currentPassword)
    throw validationFailed([{ path: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' }])
  const passwordHash = await hashPassword(input.newPassword)
  await ctx.db.transaction(async (tx) => {
    await updateUserRow(tx, userId, { passwordHash, passwordChangedAt: new Date() })
    await tx
      .delete(sessions)
      .where(
        and(eq(sessions.userId, userId), currentSessionId ? ne(sessions.id, currentSessionId) : undefined),
      )
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'user.password_changed',
      entityType: 'user',
      entityId: userId,
      organizationId: user.organizationId,
      provinceCode: user.provinceCode,
      summary: {},
      requestId: ctx.requestId,
    })
  })
  forgetSessions(ctx.db)
}
