import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../test/support/db.ts'
import type { Database } from '../db/database.ts'
import { sessions } from '../auth/auth.schema.ts'
import { startJobs, type Jobs } from './jobs.ts'
import { maintenanceJobs, PURGE_SESSIONS_JOB } from './maintenance.ts'

let db: Database
let jobs: Jobs
let close: () => Promise<void>
const seen: string[] = []
let failuresLeft = 2

beforeAll(async () => {
  const t = await createTestDatabase()
  db = t.database
  jobs = await startJobs(
    db,
    [
      ...maintenanceJobs(db),
      {
        name: 'test.flaky',
        retryLimit: 3,
        handler: async (data: Record<string, unknown>) => {
          if (failuresLeft-- > 0) throw new Error('not yet')
          seen.push(String(data.value))
        },
      },
    ],
    { schema: t.schema ? `${t.schema}_jobs` : 'pgboss', work: true, pollingIntervalSeconds: 0.5 },
  )
  close = async () => {
    await jobs.stop()
    await t.close()
  }
})
afterAll(() => close?.())

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now()
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 200))
  }
}

const sessionRow = (id: string, expiresInMs: number) => ({
  id,
  userId: '00000000-0000-7000-8000-000000000001',
  csrfToken: 'x',
  idleExpiresAt: new Date(Date.now() + expiresInMs),
  absoluteExpiresAt: new Date(Date.now() + 3_600_000),
})

describe('background jobs', () => {
  it('the maintenance job removes expired sessions and keeps live ones, and is safe to run twice', async () => {
    await db.db.insert(sessions).values([sessionRow('expired', -60_000), sessionRow('live', 60_000)])
    await jobs.send(PURGE_SESSIONS_JOB, {})
    await until(async () => (await db.db.select().from(sessions)).length === 1)
    expect((await db.db.select({ id: sessions.id }).from(sessions)).map((s) => s.id)).toEqual(['live'])
    expect(await jobs.runNow(PURGE_SESSIONS_JOB)).toEqual({ removed: 0 })
  })

  it('retries a failing job until it succeeds', async () => {
    await jobs.send('test.flaky', { value: 'xong' })
    await until(async () => seen.length === 1, 30_000)
    expect(seen).toEqual(['xong'])
  }, 40_000)

  it('schedules the daily maintenance in Vietnam time', async () => {
    const schema = (await db.db.execute(sql`select current_schema() as s`)).rows[0]?.s
    expect(schema).toBeTruthy()
    const rows = await db.pool.query(
      `select name, cron, timezone from ${process.env.TEST_DATABASE_URL ? `"${String(schema)}_jobs"` : 'pgboss'}.schedule`,
    )
    expect(rows.rows).toContainEqual({
      name: PURGE_SESSIONS_JOB,
      cron: '0 3 * * *',
      timezone: 'Asia/Ho_Chi_Minh',
    })
  })
})
