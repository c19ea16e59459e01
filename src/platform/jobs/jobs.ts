import PgBoss from 'pg-boss'
import type { Database } from '../db/database.ts'

/**
 * A background job. Handlers must be idempotent: a job can run again after a crash or a retry.
 * `schedule` is a cron expression evaluated in Asia/Ho_Chi_Minh.
 */
export interface JobDefinition<T extends object = Record<string, unknown>> {
  name: string
  handler: (data: T) => Promise<unknown>
  schedule?: string
  retryLimit?: number
}

export interface Jobs {
  send<T extends object>(name: string, data: T, options?: { singletonKey?: string }): Promise<string | null>
  /** Runs a job's handler now, in this process (CLI and tests). */
  runNow(name: string, data?: object): Promise<unknown>
  stop(): Promise<void>
}

export interface JobsOptions {
  /** Schema of the queue tables; one per database schema. */
  schema: string
  /** Poll less often in tests and benchmarks; the default is 2 s. */
  pollingIntervalSeconds?: number
  /** Start workers and schedules (the server does; the CLI only enqueues). */
  work: boolean
}

/** pg-boss on the application's own pool: the same code path on PostgreSQL and on the embedded database. */
export async function startJobs(
  db: Database,
  definitions: JobDefinition[],
  options: JobsOptions,
): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => db.pool.query(text, values) },
    schema: options.schema,
    supervise: options.work,
    schedule: options.work,
    migrate: true,
  })
  boss.on('error', (error) => console.error('[jobs]', error))
  await boss.start()
  const byName = new Map(definitions.map((d) => [d.name, d]))
  for (const definition of definitions) {
    await boss.createQueue(definition.name, {
      name: definition.name,
      retryLimit: definition.retryLimit ?? 3,
      retryBackoff: true,
    })
    if (!options.work) continue
    await boss.work<Record<string, unknown>>(
      definition.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async (jobs) => {
        for (const job of jobs) await definition.handler(job.data ?? {})
      },
    )
    if (definition.schedule)
      await boss.schedule(definition.name, definition.schedule, {}, { tz: 'Asia/Ho_Chi_Minh' })
  }
  return {
    send: (name, data, sendOptions) => boss.send(name, data, sendOptions ?? {}),
    async runNow(name, data = {}) {
      const definition = byName.get(name)
      if (!definition) throw new Error(`unknown job ${name}`)
      return definition.handler(data as Record<string, unknown>)
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  }
}
