import { readFileSync } from 'node:fs'
import pg from 'pg'
import { openDatabase } from '../src/platform/db/database.ts'
import { startEmbeddedDatabase } from '../src/platform/db/embedded.ts'
import { runMigrations } from '../src/platform/db/migrate.ts'
import {
  loadReferenceUnits,
  mapToCurrent,
  searchUnits,
  todayInVietnam,
  unitIndex,
} from '../src/modules/admin-units/index.ts'
import { referenceDir } from '../src/modules/admin-units/reference/build.ts'
import { parseCsv } from '../src/modules/admin-units/reference/csv.ts'
import { fold } from '../src/modules/admin-units/reference/names.ts'
import type { SuiteResult } from './run.ts'

const BENCH_PG = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/danvan_bench'

interface Timing {
  runs: number
  p50ms: number
  p95ms: number
  maxMs: number
}
interface ModeResult {
  database: 'embedded' | 'postgres'
  referenceLoadMs: number
  reloadSkippedMs: number
  search: Timing
  resolve: Timing
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
const round = (ms: number): number => Math.round(ms * 100) / 100

async function timed(seconds: number, cases: (() => Promise<unknown>)[]): Promise<Timing> {
  const latencies: number[] = []
  const deadline = performance.now() + seconds * 1000
  for (let i = 0; performance.now() < deadline || i < cases.length; i++) {
    const started = performance.now()
    await cases[i % cases.length]?.()
    latencies.push(performance.now() - started)
  }
  latencies.sort((a, b) => a - b)
  return {
    runs: latencies.length,
    p50ms: round(percentile(latencies, 50)),
    p95ms: round(percentile(latencies, 95)),
    maxMs: round(latencies.at(-1) ?? 0),
  }
}

/** A deterministic pseudo-random sequence, so that every run asks the same questions. */
function* sequence(seed: number): Generator<number> {
  let x = seed
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31
    yield x
  }
}

/** What officials type: names without diacritics, with the type word, abbreviations, small typos. */
function searchQueries(): { q: string; at?: string; level?: string }[] {
  const communes = parseCsv(readFileSync(referenceDir + 'current-communes.csv', 'utf8'))
  const random = sequence(42)
  const typo = (text: string): string => {
    const i = 1 + ((random.next().value as number) % Math.max(1, text.length - 2))
    return text.slice(0, i) + text.slice(i + 1)
  }
  const queries: { q: string; at?: string; level?: string }[] = [
    { q: 'phuong hong ha' },
    { q: 'tp hcm' },
    { q: 'hn' },
    { q: 'dac khu phu quoc' },
    { q: 'p. ben nghe', at: '2025-06-30' },
    { q: 'q.1', at: '2025-06-30', level: 'district' },
    { q: 'xa ba dinh' },
    { q: 'Sóc Sơn' },
  ]
  for (let i = 0; i < 200; i++) {
    const c = communes[(random.next().value as number) % communes.length]
    const name = fold(c?.name ?? '')
    queries.push(
      i % 3 === 0 ? { q: typo(name) } : i % 3 === 1 ? { q: fold(c?.short_name ?? '') } : { q: name },
    )
  }
  return queries
}

function resolveQuestions(): { code: string; at: string }[] {
  const mapping = parseCsv(readFileSync(referenceDir + 'mapping-2025.csv', 'utf8'))
  const snapshot = parseCsv(readFileSync(referenceDir + 'snapshot-2021-communes.csv', 'utf8'))
  const random = sequence(7)
  const pick = <T>(list: T[]): T | undefined => list[(random.next().value as number) % list.length]
  const questions: { code: string; at: string }[] = []
  for (let i = 0; i < 300; i++) {
    if (i % 3 === 0) questions.push({ code: pick(mapping)?.new_code ?? '', at: todayInVietnam() })
    else if (i % 3 === 1) questions.push({ code: pick(mapping)?.old_code ?? '', at: '2025-06-30' })
    else questions.push({ code: pick(snapshot)?.code ?? '', at: '2021-01-01' })
  }
  return questions.filter((q) => q.code)
}

async function freshPostgres(): Promise<string | null> {
  const url = new URL(BENCH_PG)
  url.pathname = '/danvan_bench_units'
  const admin = new URL(BENCH_PG)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  try {
    await client.connect()
  } catch {
    return null
  }
  await client.query('DROP DATABASE IF EXISTS danvan_bench_units WITH (FORCE)')
  await client.query('CREATE DATABASE danvan_bench_units')
  await client.end()
  return url.toString()
}

async function benchMode(
  mode: 'embedded' | 'postgres',
  url: string | null,
  seconds: number,
): Promise<ModeResult> {
  const embedded = mode === 'embedded' ? await startEmbeddedDatabase({ dataDir: 'memory://' }) : null
  const database = openDatabase({ url: embedded?.url ?? url ?? '', mode, poolSize: 4 })
  try {
    await runMigrations(database.pool)
    const load = await loadReferenceUnits(database)
    const again = await loadReferenceUnits(database)
    await unitIndex(database) // built once per process
    const queries = searchQueries()
    const search = await timed(
      seconds,
      queries.map(
        (query) => async () =>
          searchUnits(await unitIndex(database), {
            ...query,
            at: query.at ?? todayInVietnam(),
            offset: 0,
            limit: 20,
          }),
      ),
    )
    const resolve = await timed(
      seconds,
      resolveQuestions().map((question) => () => mapToCurrent(database.db, question.code, question.at)),
    )
    return {
      database: mode,
      referenceLoadMs: load.milliseconds,
      reloadSkippedMs: again.milliseconds,
      search,
      resolve,
    }
  } finally {
    await database.close()
    await embedded?.stop()
  }
}

function table(results: ModeResult[]): string {
  const lines = [
    '| database | reference load (ms) | restart check (ms) | search runs | search p50 / p95 ms | code+date → today runs | p50 / p95 ms |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const r of results)
    lines.push(
      `| ${r.database} | ${r.referenceLoadMs} | ${r.reloadSkippedMs} | ${r.search.runs} | ${r.search.p50ms} / ${r.search.p95ms} | ${r.resolve.runs} | ${r.resolve.p50ms} / ${r.resolve.p95ms} |`,
    )
  return lines.join('\n')
}

/** Unit search (in-memory index, revision checked per query) and code+date → today's units (SQL). */
export async function adminUnitsSuite(options: { database: string; seconds: number }): Promise<SuiteResult> {
  const results: ModeResult[] = []
  if (options.database !== 'postgres') results.push(await benchMode('embedded', null, options.seconds))
  if (options.database !== 'embedded') {
    const url = await freshPostgres()
    if (url) results.push(await benchMode('postgres', url, options.seconds))
    else console.warn(`PostgreSQL at ${BENCH_PG} is not reachable: skipping the postgres run.`)
  }
  return { json: { secondsPerMeasure: options.seconds, adminUnits: results }, table: table(results) }
}
