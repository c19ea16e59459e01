import { and, eq, gt, lt, or } from 'drizzle-orm'
import type { Executor } from '../db/database.ts'
import { sessions } from './auth.schema.ts'
import { randomToken, tokenHash } from './tokens.ts'

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

export interface LiveSession {
  id: string
  userId: string
  csrfToken: string
}

const TOUCH_EVERY_MS = 60_000

/** The session behind a cookie token when it has not expired; slides the idle timeout at most once a minute. */
export async function findLiveSession(
  db: Executor,
  token: string,
  policy: SessionPolicy,
): Promise<LiveSession | null> {
  const now = new Date()
  const [row] = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.id, tokenHash(token)),
        gt(sessions.idleExpiresAt, now),
        gt(sessions.absoluteExpiresAt, now),
      ),
    )
  if (!row) return null
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, idleExpiresAt: new Date(now.getTime() + policy.idleMinutes * 60_000) })
      .where(eq(sessions.id, row.id))
  }
  return { id: row.id, userId: row.userId, csrfToken: row.csrfToken }
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
