import { setTimeout as sleep } from 'node:timers/promises'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { decoyPasswordHash, verifyPassword } from '../../../platform/auth/passwords.ts'
import { openSession, type OpenedSession, type SessionPolicy } from '../../../platform/auth/sessions.ts'
import type { Database } from '../../../platform/db/database.ts'
import { AppError, unauthenticated } from '../../../platform/errors.ts'
import { findUser, findUserByUsername, updateUserRow, type UserWithOrganization } from '../users.repo.ts'

/** Failures before each further attempt is slowed down, and before the account is locked for a while. */
export const LOGIN_SLOWDOWN_AFTER = 3
export const LOGIN_LOCK_AFTER = 5
export const LOGIN_LOCK_MINUTES = 15
const SLOWDOWN_STEP_MS = 1000

const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng.'

export interface LoginInput {
  username: string
  password: string
  ip: string | null
  userAgent: string | null
  requestId: string | null
}

function lockedMessage(until: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000))
  return `Tài khoản tạm khoá do nhập sai mật khẩu ${LOGIN_LOCK_AFTER} lần liên tiếp. Vui lòng thử lại sau ${minutes} phút.`
}

export async function login(
  db: Database,
  policy: SessionPolicy,
  input: LoginInput,
): Promise<{ user: UserWithOrganization; session: OpenedSession }> {
  const user = await findUserByUsername(db.db, input.username)
  if (!user) {
    await verifyPassword(await decoyPasswordHash(), input.password) // same cost as a real check
    throw unauthenticated(WRONG)
  }
  if (user.lockedUntil && user.lockedUntil > new Date())
    throw new AppError('RATE_LIMITED', lockedMessage(user.lockedUntil))
  const ok = await verifyPassword(user.passwordHash, input.password)
  const audit = (tx: Parameters<typeof recordAudit>[0], action: string, summary: Record<string, unknown>) =>
    recordAudit(tx, {
      actor: { id: user.id, name: user.username },
      action,
      entityType: 'user',
      entityId: user.id,
      organizationId: user.organizationId,
      provinceCode: user.provinceCode,
      summary: { ...summary, ip: input.ip },
      requestId: input.requestId,
    })

  if (!ok) {
    const failures = user.failedLoginCount + 1
    const lockedUntil =
      failures >= LOGIN_LOCK_AFTER ? new Date(Date.now() + LOGIN_LOCK_MINUTES * 60_000) : null
    await db.transaction(async (tx) => {
      await updateUserRow(tx, user.id, { failedLoginCount: lockedUntil ? 0 : failures, lockedUntil })
      await audit(tx, lockedUntil ? 'user.locked' : 'user.login_failed', { failures })
    })
    if (lockedUntil) throw new AppError('RATE_LIMITED', lockedMessage(lockedUntil))
    if (failures >= LOGIN_SLOWDOWN_AFTER)
      await sleep(SLOWDOWN_STEP_MS * (failures - LOGIN_SLOWDOWN_AFTER + 1))
    throw unauthenticated(WRONG)
  }
  if (user.status !== 'active')
    throw unauthenticated('Tài khoản đã bị khoá. Vui lòng liên hệ quản trị viên của đơn vị.')

  return db.transaction(async (tx) => {
    await updateUserRow(tx, user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() })
    const session = await openSession(tx, user.id, policy, { ip: input.ip, userAgent: input.userAgent })
    await audit(tx, 'user.logged_in', {})
    const fresh = await findUser(tx, user.id)
    return { user: fresh ?? user, session }
  })
}
