import type { Actor } from './access/actor.ts'
import type { Database } from './db/database.ts'

/** What every command and query receives: who acts, on which database, under which request. */
export interface Context {
  actor: Actor
  db: Database
  requestId: string | null
}

/** The audit "who" of a context. */
export const auditActor = (ctx: Context): { id: string | null; name: string } => ({
  id: ctx.actor.userId,
  name: ctx.actor.kind === 'system' ? ctx.actor.fullName : ctx.actor.username,
})
