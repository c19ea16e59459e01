// Bench suite `activities`: bulk-loads BENCH_ACTIVITIES activities (default 50 000 embedded, 1 000 000 on
// PostgreSQL) with five participant-count rows each (5 000 000 at the full size) by set-based SQL
// (generate_series), spread over the demo organizations, three years 2023–2025 and the old and new maps of
// Hà Nội; rebuilds the summary tables; then measures p50/p95 of GET /api/activities/summary over HTTP for
// the periods and groupings the back office asks for. BENCH_KEEP=1 reuses the PostgreSQL database of the
// previous run (the load is resumed, not redone) to measure again without the 1 000 000-row load. Each organization works in three units of its
// own (as a commune's bodies work in their commune), on the map in force on the day.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { loadConfig } from '../src/config.ts'
import { startServer } from '../src/main.ts'
import { rebuildActivitySummary } from '../src/modules/activities/index.ts'
import { load, type LoadResult } from './http-load.ts'
import { freshDatabase } from './postgres.ts'

const ADMIN_PASSWORD = 'Bench-quan-tri-2026'
const BENCH_PG =
  process.env.BENCH_ACTIVITIES_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/danvan_bench_act'

const KINDS = `array['dialogue','supervision','social_criticism','training','dissemination','field_visit','coordination_programme','neighbourhood_activity','cofunded_project']`
const GROUPS = `array['citizens','officials','party_members','union_members','businesses']`

/** Set-based load in chunks of 100 000 activities (ids derived from the row number, so participants can follow). */
async function bulkLoad(pool: pg.Pool, size: number): Promise<number> {
  const chunk = 100_000
  // Resumable (BENCH_KEEP=1 keeps the database): rows already generated are not generated again.
  const have = Number(
    (
      await pool.query<{ n: string }>(
        `select count(*) as n from activities where title like 'Hoạt động số %'`,
      )
    ).rows[0]?.n ?? 0,
  )
  for (let from = have + 1; from <= size; from += chunk) {
    const to = Math.min(size, from + chunk - 1)
    await pool.query(
      `with orgs as (select array_agg(id order by code) ids, count(*)::int n from organizations where code like 'HN-%'),
            old as (select array_agg(id order by code) ids, array_agg(code order by code) codes,
                           array_agg(level order by code) lvls, count(*)::int n
                    from admin_units where province_code = '01' and valid_to = '2025-06-30' and level in ('district', 'commune')),
            cur as (select array_agg(id order by code) ids, array_agg(code order by code) codes,
                           array_agg(level order by code) lvls, count(*)::int n
                    from admin_units where province_code = '01' and valid_to is null and level in ('province', 'commune')),
            g as (select i, date '2023-01-01' + (i::bigint * 7919 % 1095)::int as d from generate_series($1::int, $2::int) i)
       insert into activities (id, kind, organization_id, province_code, level, admin_unit_id, admin_unit_code,
                               starts_on, status, title, details, participants_total)
       select md5('activity-' || g.i)::uuid,
              (${KINDS})[1 + g.i % 9],
              orgs.ids[1 + (g.i * 31) % orgs.n],
              '01',
              case when g.d < date '2025-07-01' then old.lvls[1 + ((g.i * 31) % orgs.n * 13 + g.i % 3) % old.n] else cur.lvls[1 + ((g.i * 31) % orgs.n * 13 + g.i % 3) % cur.n] end,
              case when g.d < date '2025-07-01' then old.ids[1 + ((g.i * 31) % orgs.n * 13 + g.i % 3) % old.n] else cur.ids[1 + ((g.i * 31) % orgs.n * 13 + g.i % 3) % cur.n] end,
              case when g.d < date '2025-07-01' then old.codes[1 + ((g.i * 31) % orgs.n * 13 + g.i % 3) % old.n] else cur.codes[1 + ((g.i * 31) % orgs.n * 13 + g.i % 3) % cur.n] end,
              g.d, 'held', 'Hoạt động số ' || g.i, '{}'::jsonb,
              (select sum(5 + (g.i * (k + 3)) % 60) from generate_series(1, 5) k)
       from g, orgs, old, cur`,
      [from, to],
    )
    await pool.query(
      `insert into activity_participants (activity_id, group_code, count, province_code)
       select md5('activity-' || i)::uuid, (${GROUPS})[k], 5 + (i * (k + 3)) % 60, '01'
       from generate_series($1::int, $2::int) i, generate_series(1, 5) k`,
      [from, to],
    )
  }
  return size
}

async function benchMode(database: 'embedded' | 'postgres', seconds: number, size: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-activities-'))
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DANVAN_DATA_DIR: dir,
    DANVAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DANVAN_DEMO: '1',
    LOG_LEVEL: 'silent',
    ...(database === 'postgres' ? { DATABASE_URL: BENCH_PG } : {}),
  })
  const server = await startServer(config, { say: () => undefined })
  try {
    const pool = server.database.pool
    const started = performance.now()
    await bulkLoad(pool, size)
    await server.database.transaction((tx) => rebuildActivitySummary(tx))
    await pool.query(
      'analyze activities; analyze activity_participants; analyze activity_daily_counts; analyze activity_monthly_counts',
    )
    const loadMs = Math.round(performance.now() - started)
    const count = async (table: string) =>
      Number((await pool.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]?.n)
    const rows = {
      activities: await count('activities'),
      participants: await count('activity_participants'),
      daily: await count('activity_daily_counts'),
      monthly: await count('activity_monthly_counts'),
    }
    // For comparison: the same question straight off the activities table (one run, no summary tables).
    const naiveStarted = performance.now()
    await pool.query(
      `select kind, level, admin_unit_id, to_char(starts_on, 'YYYY-MM'), count(*), sum(participants_total)
       from activities where starts_on between '2023-01-01' and '2025-12-31' and status <> 'cancelled'
       group by 1, 2, 3, 4`,
    )
    const naiveMs = Math.round(performance.now() - naiveStarted)

    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const badinh = (await pool.query<{ id: string }>(`select id from organizations where code = 'HN-BADINH'`))
      .rows[0]?.id
    const get = (q: string, concurrency = 8): Promise<LoadResult> =>
      load(`${server.url}/api/activities/summary${q}`, { seconds, concurrency, headers: { cookie } })
    await get('?from=2025-01-01&to=2025-12-31') // warm-up (unit re-mapping cache)
    const queries = {
      year2025ByLevel: await get('?from=2025-01-01&to=2025-12-31&groupBy=level'),
      threeYearsByKind: await get('?from=2023-01-01&to=2025-12-31&groupBy=kind'),
      partialMonthsByUnit: await get('?from=2024-02-17&to=2025-08-09&groupBy=unit'),
      communeQuarter: await get(`?from=2025-07-01&to=2025-09-30&organization=${badinh}`),
    }
    // One request at a time: the latency a user sees, without the load generator's own queueing.
    const sequential = {
      threeYearsByKind: await get('?from=2023-01-01&to=2025-12-31&groupBy=kind', 1),
      partialMonthsByUnit: await get('?from=2024-02-17&to=2025-08-09&groupBy=unit', 1),
    }
    return { database, size, bulkLoadMs: loadMs, rows, naiveAggregateMs: naiveMs, queries, sequential }
  } finally {
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

type ModeResult = Awaited<ReturnType<typeof benchMode>>

function table(results: ModeResult[]): string {
  const lines = [
    '| database | activities | participant rows | summary rows (daily / monthly) | load (s) | naive aggregate (ms) | year by level p50/p95 | 3 years by kind | partial months by unit | commune quarter | one at a time: 3 years / partial by unit |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ]
  const pp = (r: LoadResult) => `${r.p50ms} / ${r.p95ms}`
  for (const r of results)
    lines.push(
      `| ${r.database} | ${r.rows.activities} | ${r.rows.participants} | ${r.rows.daily} / ${r.rows.monthly} | ${Math.round(r.bulkLoadMs / 1000)} | ${r.naiveAggregateMs} | ${pp(r.queries.year2025ByLevel)} | ${pp(r.queries.threeYearsByKind)} | ${pp(r.queries.partialMonthsByUnit)} | ${pp(r.queries.communeQuarter)} | ${pp(r.sequential.threeYearsByKind)} ; ${pp(r.sequential.partialMonthsByUnit)} |`,
    )
  return lines.join('\n')
}

export async function activitiesSuite({ database, seconds }: { database: string; seconds: number }) {
  const results: ModeResult[] = []
  if (database !== 'postgres')
    results.push(await benchMode('embedded', seconds, Number(process.env.BENCH_ACTIVITIES ?? 50_000)))
  if (database !== 'embedded') {
    if (await freshDatabase(BENCH_PG))
      results.push(await benchMode('postgres', seconds, Number(process.env.BENCH_ACTIVITIES ?? 1_000_000)))
    else console.warn(`PostgreSQL at ${BENCH_PG} is not reachable: skipping the postgres run.`)
  }
  return {
    json: { secondsPerRun: seconds, concurrency: 8, results },
    table: table(results),
  }
}
