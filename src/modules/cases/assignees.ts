import { and, asc, eq, sql } from 'drizzle-orm'
import { covers, type Actor } from '../../platform/access/actor.ts'
import { rolePermissions, roles, type Role } from '../../platform/access/permissions.ts'
import type { Database, Executor } from '../../platform/db/database.ts'
import { notFound, validationFailed } from '../../platform/errors.ts'
import { organizations } from '../organizations/index.ts'
import { users } from '../users/index.ts'
import { findCase } from './cases.repo.ts'
import { messages } from './messages.ts'

/** Roles whose holders handle letters (hold `cases.handle`): the people a case may be assigned to. */
export const handlerRoles: readonly Role[] = roles.filter((r) => rolePermissions[r].includes('cases.handle'))

const handlesCases = sql`${users.roles} && ${sql.raw(`array[${handlerRoles.map((r) => `'${r}'`).join(',')}]::text[]`)}`

/**
 * Who can be given a case: active users who handle letters, in the case's organization or below it
 * (a commune case goes to a commune official, not to a province one).
 */
export async function assigneesOf(db: Database, actor: Actor, caseId: string, q?: string) {
  const found = await findCase(db.db, caseId)
  if (!found || !actor.permissions.has('cases.read') || !covers(actor, found.organizationPath))
    throw notFound(messages.caseNotFound)
  const text = q?.trim()
  const rows = await db.db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      organizationName: organizations.name,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(
        eq(users.status, 'active'),
        handlesCases,
        sql`${organizations.path} like ${found.organizationPath} || '%'`,
        text
          ? sql`vn_fold(${users.username} || ' ' || ${users.fullName}) like '%' || vn_fold(${text}) || '%'`
          : undefined,
      ),
    )
    .orderBy(asc(users.fullName), asc(users.id))
    .limit(50)
  return { items: rows, nextCursor: null }
}

/** The assignee must be such a user for this case. */
export async function checkAssignee(tx: Executor, casePath: string, assigneeId: string): Promise<void> {
  const [found] = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(
        eq(users.id, assigneeId),
        eq(users.status, 'active'),
        handlesCases,
        sql`${organizations.path} like ${casePath} || '%'`,
      ),
    )
  if (!found) throw validationFailed([{ path: 'assigneeId', message: messages.assigneeNotFound }])
}
