import { eq, lt, or } from 'drizzle-orm'
import type { Executor } from '../db/database.ts'
import { sessions } from './auth.schema.ts'
import { randomToken, tokenHash } from './tokens.ts'

export { tokenHash }

export interface SessionPolicy {
  idleMinutes: number
  absoluteHours: number
}

export interface OpenedSession {
  /** Goes into the cookie; never stored. */
  token: string
  csrfToken: string
}

export async function openSession(
  tx: Executor,
  userId: string,
  policy: SessionPolicy,
  client: { ip: string | null; userAgent: string | null },
): Promise<OpenedSession> {
  const token = randomToken()
  const csrfToken = randomToken()
  const now = Date.now()
  await tx.insert(sessions).values({
    id: tokenHash(token),
    userId,
    csrfToken,
    idleExpiresAt: new Date(now + policy.idleMinutes * 60_000),
    absoluteExpiresAt: new Date(now + policy.absoluteHours * 3_600_000),
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  })
  return { token, csrfToken }
}

const TOUCH_EVERY_MS = 60_000

/**
 * Slides the idle timeout, at most once a minute per session so that reads stay reads; the session's
 * times as they now are (changed only when it was touched).
 */
export async function touchSession(
  db: Executor,
  sessionId: string,
  times: { lastSeenAt: Date; idleExpiresAt: Date },
  policy: SessionPolicy,
): Promise<{ lastSeenAt: Date; idleExpiresAt: Date }> {
  const now = Date.now()
  if (now - times.lastSeenAt.getTime() < TOUCH_EVERY_MS) return times
  const touched = { lastSeenAt: new Date(now), idleExpiresAt: new Date(now + policy.idleMinutes * 60_000) }
  await db.update(sessions).set(touched).where(eq(sessions.id, sessionId))
  return touched
}

export async function closeSession(tx: Executor, sessionId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.id, sessionId))
}

export async function closeSessionsOfUser(tx: Executor, userId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId))
}

/** Removes expired sessions; run daily by the maintenance job. Returns how many were removed. */
export async function purgeExpiredSessions(db: Executor, now = new Date()): Promise<number> {
  const removed = await db
    .delete(sessions)
    .where(or(lt(sessions.idleExpiresAt, now), lt(sessions.absoluteExpiresAt, now)))
    .returning({ id: sessions.id })
  return removed.length
}
