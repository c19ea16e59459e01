import type { UserView } from '../../contracts/users.ts'
import type { UserWithOrganization } from './users.repo.ts'

export const presentUser = (row: UserWithOrganization): UserView => ({
  id: row.id,
  username: row.username,
  fullName: row.fullName,
  email: row.email,
  organizationId: row.organizationId,
  organizationName: row.organizationName,
  roles: row.roles,
  status: row.status as UserView['status'],
  createdAt: row.createdAt.toISOString(),
  lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
})

/** What the audit log keeps of a user: never the password hash. */
export const auditedUser = (row: UserWithOrganization): Record<string, unknown> => ({
  username: row.username,
  fullName: row.fullName,
  email: row.email,
  organizationId: row.organizationId,
  roles: row.roles,
  status: row.status,
})
