import { userActor, type Actor } from '../../platform/access/actor.ts'
import { touchSession, type SessionPolicy } from '../../platform/auth/sessions.ts'
import { tokenHash } from '../../platform/auth/tokens.ts'
import type { Database } from '../../platform/db/database.ts'
import type { AuthResolver } from '../../platform/http/auth.ts'
import { findUser, findUserBySession, type UserWithOrganization } from './users.repo.ts'
import { findLiveTokenByHash, markTokenUsed } from './tokens.repo.ts'

const actorOfUser = (user: UserWithOrganization | undefined): Actor | null =>
  user && user.status === 'active' ? userActor(user) : null

/** Turns a session cookie or an API token into the acting user, refusing disabled accounts. */
export function authResolver(db: Database, policy: SessionPolicy): AuthResolver {
  return {
    async fromSession(token) {
      const sessionId = tokenHash(token)
      const row = await findUserBySession(db.db, sessionId)
      const actor = actorOfUser(row)
      if (!row || !actor) return null
      await touchSession(db.db, sessionId, row.lastSeenAt, policy)
      return { actor, sessionId, csrfToken: row.csrfToken }
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
