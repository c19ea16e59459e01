import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { isUniqueViolation } from '../../../platform/db/errors.ts'
import { conflict, validationFailed } from '../../../platform/errors.ts'
import { hashPassword } from '../../../platform/auth/passwords.ts'
import type { CreateUser } from '../../../contracts/users.ts'
import { findOrganization } from '../../organizations/index.ts'
import { findUser, insertUser, type UserWithOrganization } from '../users.repo.ts'
import { assertAcceptablePassword, assertManages, assertMayGrant } from '../users.policy.ts'
import { auditedUser } from '../users.present.ts'

export async function createUser(ctx: Context, input: CreateUser): Promise<UserWithOrganization> {
  assertAcceptablePassword(input.password, input.username)
  assertMayGrant(ctx.actor, input.roles)
  const passwordHash = await hashPassword(input.password)
  try {
    return await ctx.db.transaction(async (tx) => {
      const organization = await findOrganization(tx, input.organizationId)
      if (!organization || organization.status !== 'active')
        throw validationFailed([
          { path: 'organizationId', message: 'Không tìm thấy đơn vị hoặc đơn vị đã ngừng hoạt động.' },
        ])
      assertManages(ctx.actor, organization.path)
      const id = newId()
      await insertUser(tx, {
        id,
        username: input.username,
        fullName: input.fullName,
        email: input.email ?? null,
        organizationId: organization.id,
        provinceCode: organization.provinceCode,
        roles: [...new Set(input.roles)],
        passwordHash,
      })
      const created = await findUser(tx, id)
      if (!created) throw new Error('user vanished after insert')
      await recordAudit(tx, {
        actor: auditActor(ctx),
        action: 'user.created',
        entityType: 'user',
        entityId: id,
        organizationId: organization.id,
        provinceCode: organization.provinceCode,
        summary: { after: auditedUser(created) },
        requestId: ctx.requestId,
      })
      return created
    })
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('Tên đăng nhập đã có người dùng.', [
        { path: 'username', message: 'Tên đăng nhập đã có người dùng.' },
      ])
    throw error
  }
}
