import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.ts'
import { organizations, type OrganizationRow } from '../organizations/index.ts'
import { users } from './users.schema.ts'
import { sessions } from '../../platform/auth/auth.schema.ts'

export type UserRow = typeof users.$inferSelect
export type UserWithOrganization = UserRow & {
  organizationName: string
  organizationPath: string
  organization: OrganizationRow
}

const userColumns = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  email: users.email,
  organizationId: users.organizationId,
  provinceCode: users.provinceCode,
  roles: users.roles,
  status: users.status,
  passwordHash: users.passwordHash,
  passwordChangedAt: users.passwordChangedAt,
  failedLoginCount: users.failedLoginCount,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  organizationName: organizations.name,
  organizationPath: organizations.path,
  organization: {
    id: organizations.id,
    parentId: organizations.parentId,
    path: organizations.path,
    code: organizations.code,
    name: organizations.name,
    kind: organizations.kind,
    provinceCode: organizations.provinceCode,
    status: organizations.status,
    adminUnitId: organizations.adminUnitId,
    adminUnitCode: organizations.adminUnitCode,
    contactPhone: organizations.contactPhone,
    hotline: organizations.hotline,
    email: organizations.email,
    address: organizations.address,
    createdAt: organizations.createdAt,
    updatedAt: organizations.updatedAt,
  },
}

function selectUsers(ex: Executor) {
  return ex
    .select(userColumns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
}

export type SessionUser = UserWithOrganization & {
  csrfToken: string
  lastSeenAt: Date
  idleExpiresAt: Date
  absoluteExpiresAt: Date
}

/** The user behind a live session, with the session's CSRF token and last-seen time: one query per request. */
export async function findUserBySession(ex: Executor, sessionId: string): Promise<SessionUser | undefined> {
  const now = new Date()
  const [row] = await ex
    .select({
      ...userColumns,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      idleExpiresAt: sessions.idleExpiresAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(eq(sessions.id, sessionId), gt(sessions.idleExpiresAt, now), gt(sessions.absoluteExpiresAt, now)),
    )
  return row
}

export async function findUser(ex: Executor, id: string): Promise<UserWithOrganization | undefined> {
  const [row] = await selectUsers(ex).where(eq(users.id, id))
  return row
}

export async function findUserByUsername(
  ex: Executor,
  username: string,
): Promise<UserWithOrganization | undefined> {
  const [row] = await selectUsers(ex).where(eq(users.username, username))
  return row
}

/** Users in the given scope, by username, after the cursor; `q` matches name, username or e-mail without diacritics. */
export async function listUsers(
  ex: Executor,
  scope: SQL,
  filter: { q?: string; organizationId?: string },
  after: string | null,
  limit: number,
): Promise<UserWithOrganization[]> {
  const q = filter.q?.trim()
  return selectUsers(ex)
    .where(
      and(
        scope,
        filter.organizationId ? eq(users.organizationId, filter.organizationId) : undefined,
        q
          ? sql`vn_fold(${users.username} || ' ' || ${users.fullName} || ' ' || coalesce(${users.email}, '')) like '%' || vn_fold(${q}) || '%'`
          : undefined,
        after ? gt(users.username, after) : undefined,
      ),
    )
    .orderBy(asc(users.username))
    .limit(limit)
}

export async function insertUser(ex: Executor, row: typeof users.$inferInsert): Promise<void> {
  await ex.insert(users).values(row)
}

export async function updateUserRow(
  ex: Executor,
  id: string,
  patch: Partial<typeof users.$inferInsert>,
): Promise<void> {
  await ex
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, id))
}
