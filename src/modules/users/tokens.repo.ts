import { and, desc, eq, gt, isNull, lt, or, type SQL } from 'drizzle-orm'
import { apiTokens } from '../../platform/auth/auth.schema.ts'
import type { Executor } from '../../platform/db/database.ts'
import { users } from './users.schema.ts'

export type TokenRow = typeof apiTokens.$inferSelect & { username: string; organizationId: string }

const tokenColumns = {
  id: apiTokens.id,
  userId: apiTokens.userId,
  name: apiTokens.name,
  tokenHash: apiTokens.tokenHash,
  createdBy: apiTokens.createdBy,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
  username: users.username,
  organizationId: users.organizationId,
}

export async function findToken(ex: Executor, id: string): Promise<TokenRow | undefined> {
  const [row] = await ex
    .select(tokenColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.id, id))
  return row
}

/** A live (not revoked, not expired) token by its hash. */
export async function findLiveTokenByHash(ex: Executor, hash: string): Promise<TokenRow | undefined> {
  const now = new Date()
  const [row] = await ex
    .select(tokenColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, hash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    )
  return row
}

export async function markTokenUsed(ex: Executor, id: string, olderThan: Date): Promise<void> {
  await ex
    .update(apiTokens)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, olderThan))))
}

export async function listTokens(
  ex: Executor,
  scope: SQL,
  before: string | null,
  limit: number,
): Promise<TokenRow[]> {
  return ex
    .select(tokenColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(scope, before ? lt(apiTokens.id, before) : undefined))
    .orderBy(desc(apiTokens.id))
    .limit(limit)
}

export async function insertToken(ex: Executor, row: typeof apiTokens.$inferInsert): Promise<void> {
  await ex.insert(apiTokens).values(row)
}

export async function revokeTokenRow(ex: Executor, id: string): Promise<void> {
  await ex.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id))
}
