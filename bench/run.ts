import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { casesSuite } from './cases.ts'
import { load, type LoadResult } from './http-load.ts'
import { startServerProcess } from './server-process.ts'
import { calendarSuite } from './calendar.ts'
import { adminUnitsSuite } from './admin-units.ts'
import { portalSuite } from './portal.ts'
import { activitiesSuite } from './activities.ts'
import { searchSuite } from './search.ts'
import { freshDatabase } from './postgres.ts'

const resultsDir = fileURLToPath(new URL('./results', import.meta.url))
const ADMIN_PASSWORD = 'Bench-quan-tri-2026'
const BENCH_PG = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/danvan_bench'

interface ModeResult {
  database: 'embedded' | 'postgres'
  startupFreshMs: number
  startupExistingMs: number
  healthz: LoadResult
  me: LoadResult
  rssIdleMiB: number
  rssAfterLoadMiB: number
}

async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  })
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`)
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

async function benchMode(database: 'embedded' | 'postgres', seconds: number): Promise<ModeResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-'))
  const env: Record<string, string> = { DANVAN_DATA_DIR: dataDir, DANVAN_ADMIN_PASSWORD: ADMIN_PASSWORD }
  if (database === 'postgres') Object.assign(env, { DATABASE_URL: BENCH_PG, DANVAN_DEMO: '1' })
  const port = 3900 + Math.floor(Math.random() * 90)
  const fresh = await startServerProcess(env, port)
  await fresh.stop()
  const server = await startServerProcess(env, port)
  try {
    const cookie = await login(server.url)
    await load(`${server.url}/healthz`, { seconds: 1, concurrency: 8 }) // warm-up
    const rssIdleMiB = server.rssMiB()
    const healthz = await load(`${server.url}/healthz`, { seconds, concurrency: 16 })
    const me = await load(`${server.url}/api/me`, { seconds, concurrency: 16, headers: { cookie } })
    return {
      database,
      startupFreshMs: fresh.startupMs,
      startupExistingMs: server.startupMs,
      healthz,
      me,
      rssIdleMiB,
      rssAfterLoadMiB: server.rssMiB(),
    }
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

function table(results: ModeResult[]): string {
  const lines = [
    '| database | fresh start (ms) | restart (ms) | /healthz req/s | p50/p95 ms | /api/me req/s | p50/p95 ms | RSS idle / after (MiB) |',
    '|---|---|---|---|---|---|---|---|',
  ]
  for (const r of results)
    lines.push(
      `| ${r.database} | ${r.startupFreshMs} | ${r.startupExistingMs} | ${r.healthz.requestsPerSecond} | ${r.healthz.p50ms} / ${r.healthz.p95ms} | ${r.me.requestsPerSecond} | ${r.me.p50ms} / ${r.me.p95ms} | ${r.rssIdleMiB} / ${r.rssAfterLoadMiB} |`,
    )
  return lines.join('\n')
}

export interface SuiteResult {
  /** Written to bench/results/<name>.json */
  json: unknown
  /** A Markdown table for bench/results/<name>.md and the console. */
  table: string
}

/** Benchmark suites by name; each module adds its own (e.g. calendar, admin-units). */
export const suites: Record<
  string,
  (options: { database: string; seconds: number }) => Promise<SuiteResult>
> = {
  http: async ({ database, seconds }) => {
    const results: ModeResult[] = []
    if (database !== 'postgres') results.push(await benchMode('embedded', seconds))
    if (database !== 'embedded') {
      if (await freshDatabase(BENCH_PG)) results.push(await benchMode('postgres', seconds))
      else console.warn(`PostgreSQL at ${BENCH_PG} is not reachable: skipping the postgres run.`)
    }
    return { json: { concurrency: 16, secondsPerRun: seconds, http: results }, table: table(results) }
  },
  calendar: calendarSuite,
  'admin-units': adminUnitsSuite,
  cases: casesSuite,
  portal: portalSuite,
  activities: activitiesSuite,
  search: searchSuite,
}

/** `npm run bench`: every suite (or the ones named), results as JSON and Markdown. Never part of CI. */
export async function runBenchmarks(options: {
  database: string
  suite?: string
  seconds?: number
}): Promise<void> {
  const seconds = options.seconds ?? Number(process.env.BENCH_SECONDS ?? 10)
  const names = options.suite ? options.suite.split(',') : Object.keys(suites)
  mkdirSync(resultsDir, { recursive: true })
  const machine = {
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  }
  for (const name of names) {
    const suite = suites[name]
    if (!suite) throw new Error(`unknown bench suite ${name}; known: ${Object.keys(suites).join(', ')}`)
    const result = await suite({ database: options.database, seconds })
    const report = { suite: name, at: new Date().toISOString(), machine, ...(result.json as object) }
    writeFileSync(path.join(resultsDir, `${name}.json`), JSON.stringify(report, null, 2) + '\n')
    writeFileSync(path.join(resultsDir, `${name}.md`), result.table + '\n')
    console.log(`\n## ${name}\n\n${result.table}\n\nKết quả: ${path.join(resultsDir, `${name}.json`)}`)
  }
}
