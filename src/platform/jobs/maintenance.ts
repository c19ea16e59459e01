import { purgeExpiredSessions } from '../auth/sessions.ts'
import type { Database } from '../db/database.ts'
import type { JobDefinition } from './jobs.ts'

export const PURGE_SESSIONS_JOB = 'maintenance.purge-expired-sessions'

/** Daily at 03:00 Vietnam time: remove expired login sessions. Safe to run twice. */
export const maintenanceJobs = (db: Database): JobDefinition[] => [
  {
    name: PURGE_SESSIONS_JOB,
    schedule: '0 3 * * *',
    handler: async () => ({ removed: await purgeExpiredSessions(db.db) }),
  },
]
