import { randomBytes } from 'node:crypto'
import { recordAudit } from '../../platform/audit/audit.ts'
import { hashPassword, passwordProblem, verifyPassword } from '../../platform/auth/passwords.ts'
import type { Database } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import { ensureRootOrganization } from '../organizations/reference.ts'
import { findUserByUsername, insertUser, updateUserRow } from './users.repo.ts'

export const ADMIN_USERNAME = 'admin'

export type AdminOutcome =
  { kind: 'created'; password: string; generated: boolean } | { kind: 'password_set' } | { kind: 'unchanged' }

/** A readable random password: 4 groups of 5 characters without look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY345679'
  const bytes = randomBytes(20)
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length])
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-')
}

/**
 * Makes sure `admin` exists as system admin of the root organization. A configured password is applied
 * at every start; without one, the first start generates a password (the caller prints it once).
 */
export async function ensureAdmin(
  db: Database,
  configuredPassword: string | undefined,
): Promise<AdminOutcome> {
  if (configuredPassword !== undefined) {
    const problem = passwordProblem(configuredPassword, ADMIN_USERNAME)
    if (problem) throw new Error(`DANVAN_ADMIN_PASSWORD không dùng được: ${problem}`)
  }
  const existing = await findUserByUsername(db.db, ADMIN_USERNAME)
  if (existing) {
    if (configuredPassword === undefined || (await verifyPassword(existing.passwordHash, configuredPassword)))
      return { kind: 'unchanged' }
    const passwordHash = await hashPassword(configuredPassword)
    await db.transaction(async (tx) => {
      await updateUserRow(tx, existing.id, {
        passwordHash,
        passwordChangedAt: new Date(),
        failedLoginCount: 0,
        lockedUntil: null,
        status: 'active',
      })
      await recordAudit(tx, {
        actor: { id: null, name: 'Hệ thống' },
        action: 'user.password_reset',
        entityType: 'user',
        entityId: existing.id,
        organizationId: existing.organizationId,
        summary: { reason: 'DANVAN_ADMIN_PASSWORD' },
      })
    })
    return { kind: 'password_set' }
  }
  const password = configuredPassword ?? generatePassword()
  const passwordHash = await hashPassword(password)
  await db.transaction(async (tx) => {
    const root = await ensureRootOrganization(tx)
    const id = newId()
    await insertUser(tx, {
      id,
      username: ADMIN_USERNAME,
      fullName: 'Quản trị hệ thống',
      organizationId: root.id,
      roles: ['system_admin'],
      passwordHash,
    })
    await recordAudit(tx, {
      actor: { id: null, name: 'Hệ thống' },
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      organizationId: root.id,
      summary: { after: { username: ADMIN_USERNAME, roles: ['system_admin'] } },
    })
  })
  return { kind: 'created', password, generated: configuredPassword === undefined }
}
