import { userActor, type Actor } from '../../platform/access/actor.ts'
import { touchSession, type SessionPolicy } from '../../platform/auth/sessions.ts'
import { tokenHash } from '../../platform/auth/tokens.ts'
import type { Database } from '../../platform/db/database.ts'
import { processCache } from '../../platform/db/process-cache.ts'
import type { AuthResolver } from '../../platform/http/auth.ts'
import { findUser, findUserBySession, type UserWithOrganization } from './users.repo.ts'
import { findLiveTokenByHash, markTokenUsed } from './tokens.repo.ts'

const actorOfUser = (user: UserWithOrganization | undefined): Actor | null =>
  user && user.status === 'active' ? userActor(user) : null

interface LiveSession {
  actor: Actor
  csrfToken: string
  lastSeenAt: Date
  idleExpiresAt: Date
  absoluteExpiresAt: Date
}

/**
 * Sessions read on every request, kept a few seconds: a logout, a disabled account, new roles or a moved
 * organization made by this process forget them at once (forgetSessions); one made by another process
 * (the CLI) takes effect within SESSION_CACHE_MS.
 */
const SESSION_CACHE_MS = 5_000
const liveSessions = processCache<string, LiveSession>(SESSION_CACHE_MS)

/** After a commit that ends sessions or changes who a session's user is, where or with which roles. */
export const forgetSessions = (db: Database): void => liveSessions.forget(db)

async function loadSession(db: Database, sessionId: string): Promise<LiveSession | undefined> {
  const row = await findUserBySession(db.db, sessionId)
  const actor = actorOfUser(row)
  if (!row || !actor) return undefined
  const { csrfToken, lastSeenAt, idleExpiresAt, absoluteExpiresAt } = row
  return { actor, csrfToken, lastSeenAt, idleExpiresAt, absoluteExpiresAt }
}

/** Turns a session cookie or an API token into the acting user, refusing disabled accounts. */
export function authResolver(db: Database, policy: SessionPolicy): AuthResolver {
  return {
    async fromSession(token) {
      const sessionId = tokenHash(token)
      const session = await liveSessions.get(db, sessionId, () => loadSession(db, sessionId))
      const now = Date.now()
      if (!session || session.idleExpiresAt.getTime() <= now || session.absoluteExpiresAt.getTime() <= now)
        return null
      Object.assign(session, await touchSession(db.db, sessionId, session, policy))
      return { actor: session.actor, sessionId, csrfToken: session.csrfToken }
    },
    async fromApiToken(token) {
      const row = await findLiveTokenByHash(db.db, tokenHash(token))
      if (!row) return null
      const aMinuteAgo = new Date(Date.now() - 60_000)
      if (!row.lastUsedAt || row.lastUsedAt < aMinuteAgo) await markTokenUsed(db.db, row.id, aMinuteAgo)
      return actorOfUser(await findUser(db.db, row.userId))
    },
  }
}
