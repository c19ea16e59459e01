import { covers } from '../../../platform/access/actor.ts'
import type { Role } from '../../../platform/access/permissions.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { closeSessionsOfUser } from '../../../platform/auth/sessions.ts'
import { hashPassword } from '../../../platform/auth/passwords.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { AppError, notFound, validationFailed } from '../../../platform/errors.ts'
import type { UpdateUser } from '../../../contracts/users.ts'
import { findOrganization } from '../../organizations/index.ts'
import { forgetSessions } from '../auth-resolver.ts'
import { findUser, updateUserRow, type UserWithOrganization } from '../users.repo.ts'
import { assertAcceptablePassword, assertManages, assertMayGrant } from '../users.policy.ts'
import { auditedUser } from '../users.present.ts'

/** Edits, moves, disables/enables, re-roles or resets the password of a user the actor manages. */
export async function updateUser(ctx: Context, id: string, input: UpdateUser): Promise<UserWithOrganization> {
  const self = ctx.actor.userId === id
  if (self && (input.status === 'disabled' || input.roles || input.organizationId))
    throw new AppError(
      'INVALID_TRANSITION',
      'Bạn không thể tự khoá, đổi vai trò hoặc chuyển đơn vị của chính mình.',
    )
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password)
  const updated = await ctx.db.transaction(async (tx) => {
    const before = await findUser(tx, id)
    if (!before || !covers(ctx.actor, before.organizationPath)) throw notFound('Không tìm thấy người dùng.')
    assertManages(ctx.actor, before.organizationPath)
    if (input.roles) assertMayGrant(ctx.actor, [...input.roles, ...(before.roles as Role[])])
    if (input.password !== undefined) assertAcceptablePassword(input.password, before.username)
    let provinceCode = before.provinceCode
    if (input.organizationId && input.organizationId !== before.organizationId) {
      const target = await findOrganization(tx, input.organizationId)
      if (!target || target.status !== 'active')
        throw validationFailed([
          { path: 'organizationId', message: 'Không tìm thấy đơn vị hoặc đơn vị đã ngừng hoạt động.' },
        ])
      assertManages(ctx.actor, target.path)
      provinceCode = target.provinceCode
    }
    await updateUserRow(tx, id, {
      fullName: input.fullName,
      email: input.email,
      organizationId: input.organizationId,
      provinceCode,
      roles: input.roles ? [...new Set(input.roles)] : undefined,
      status: input.status,
      ...(passwordHash
        ? { passwordHash, passwordChangedAt: new Date(), failedLoginCount: 0, lockedUntil: null }
        : {}),
      ...(input.status === 'active' ? { failedLoginCount: 0, lockedUntil: null } : {}),
    })
    if (passwordHash || input.status === 'disabled') await closeSessionsOfUser(tx, id)
    const after = await findUser(tx, id)
    if (!after) throw new Error('user vanished after update')
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: actionOf(input),
      entityType: 'user',
      entityId: id,
      organizationId: after.organizationId,
      provinceCode: after.provinceCode,
      summary: {
        before: auditedUser(before),
        after: auditedUser(after),
        passwordReset: passwordHash !== undefined,
      },
      requestId: ctx.requestId,
    })
    return after
  })
  forgetSessions(ctx.db)
  return updated
}

function actionOf(input: UpdateUser): string {
  if (input.status === 'disabled') return 'user.disabled'
  if (input.status === 'active') return 'user.enabled'
  if (input.password !== undefined) return 'user.password_reset'
  if (input.roles) return 'user.roles_changed'
  return 'user.updated'
}
