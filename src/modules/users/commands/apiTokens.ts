import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { API_TOKEN_PREFIX, randomToken, tokenHash } from '../../../platform/auth/tokens.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, notFound, validationFailed } from '../../../platform/errors.ts'
import { findUser } from '../users.repo.ts'
import { findToken, insertToken, revokeTokenRow, type TokenRow } from '../tokens.repo.ts'

/** Creates an API token acting as the given user; the token itself is returned once and stored hashed. */
export async function createApiToken(
  ctx: Context,
  input: { userId: string; name: string; expiresAt?: string | null },
): Promise<{ row: TokenRow; token: string }> {
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null
  if (expiresAt && expiresAt <= new Date())
    throw validationFailed([{ path: 'expiresAt', message: 'Thời hạn phải ở trong tương lai.' }])
  return ctx.db.transaction(async (tx) => {
    const user = await findUser(tx, input.userId)
    if (!user || !covers(ctx.actor, user.organizationPath))
      throw validationFailed([{ path: 'userId', message: 'Không tìm thấy người dùng.' }])
    authorize(ctx.actor, 'tokens.manage', { organizationPath: user.organizationPath })
    if (user.status !== 'active')
      throw validationFailed([{ path: 'userId', message: 'Người dùng đã bị khoá.' }])
    const id = newId()
    const token = randomToken(API_TOKEN_PREFIX)
    await insertToken(tx, {
      id,
      userId: user.id,
      name: input.name,
      tokenHash: tokenHash(token),
      createdBy: ctx.actor.userId,
      expiresAt,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: id,
      organizationId: user.organizationId,
      provinceCode: user.provinceCode,
      summary: {
        userId: user.id,
        username: user.username,
        name: input.name,
        expiresAt: expiresAt?.toISOString() ?? null,
      },
      requestId: ctx.requestId,
    })
    const row = await findToken(tx, id)
    if (!row) throw new Error('token vanished after insert')
    return { row, token }
  })
}

export async function revokeApiToken(ctx: Context, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await findToken(tx, id)
    const user = row ? await findUser(tx, row.userId) : undefined
    if (!row || !user || !covers(ctx.actor, user.organizationPath)) throw notFound('Không tìm thấy khoá API.')
    authorize(ctx.actor, 'tokens.manage', { organizationPath: user.organizationPath })
    if (row.revokedAt) throw new AppError('INVALID_TRANSITION', 'Khoá API này đã bị thu hồi trước đó.')
    await revokeTokenRow(tx, id)
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: id,
      organizationId: user.organizationId,
      provinceCode: user.provinceCode,
      summary: { userId: user.id, name: row.name },
      requestId: ctx.requestId,
    })
  })
}
