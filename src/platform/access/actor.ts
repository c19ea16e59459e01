import { sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import { forbidden } from '../errors.ts'
import { globalRoles, permissionsOf, type Permission, type Role } from './permissions.ts'

/** Who is acting: a logged-in official, an API token, or the system itself (CLI, jobs, seeds). */
export interface Actor {
  kind: 'user' | 'system'
  userId: string | null
  username: string
  fullName: string
  organizationId: string | null
  /** The organization's path in the tree, e.g. '/root/province/commune/'. */
  organizationPath: string
  provinceCode: string | null
  roles: readonly Role[]
  permissions: ReadonlySet<Permission>
  /** True when every organization is in scope. */
  global: boolean
}

export function userActor(user: {
  id: string
  username: string
  fullName: string
  organizationId: string
  organizationPath: string
  provinceCode: string | null
  roles: readonly string[]
}): Actor {
  const roles = user.roles as Role[]
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    organizationId: user.organizationId,
    organizationPath: user.organizationPath,
    provinceCode: user.provinceCode,
    roles,
    permissions: new Set(permissionsOf(roles)),
    global: roles.some((r) => globalRoles.includes(r)),
  }
}

export const systemActor = (name = 'Hệ thống'): Actor => ({
  kind: 'system',
  userId: null,
  username: 'system',
  fullName: name,
  organizationId: null,
  organizationPath: '/',
  provinceCode: null,
  roles: ['system_admin'],
  permissions: new Set(permissionsOf(['system_admin'])),
  global: true,
})

export const can = (actor: Actor, permission: Permission): boolean => actor.permissions.has(permission)

/** Is an organization (given by its path) inside the actor's subtree? */
export const covers = (actor: Actor, organizationPath: string): boolean =>
  actor.global || organizationPath.startsWith(actor.organizationPath)

/**
 * The one gate every command and query passes: the permission, and when a target is named, that the
 * target lies in the actor's subtree. Out-of-scope targets are reported as not found by the callers that
 * look them up through `scopeOf`, so their existence does not leak.
 */
export function authorize(actor: Actor, permission: Permission, target?: { organizationPath: string }): void {
  if (!can(actor, permission)) throw forbidden()
  if (target && !covers(actor, target.organizationPath)) throw forbidden()
}

/**
 * SQL condition restricting rows to the actor's subtree, given the column that holds an organization id.
 * Every repository query over scoped data takes this; handlers never build scope conditions themselves.
 */
export function scopeOf(actor: Actor, organizationIdColumn: AnyPgColumn | SQL): SQL {
  if (actor.global) return sql`true`
  return sql`${organizationIdColumn} in (select o.id from organizations o where o.path like ${actor.organizationPath + '%'})`
}
