// Bench suite `cases`: intake throughput over HTTP against a bare Fastify endpoint inserting one row (same
// process, same pool, same run), and p50/p95 of the inbox list and the overdue/due-soon queries over a
// generated data set of BENCH_CASES realistic Vietnamese cases (default 20 000; the target is
// 1 000 000 on PostgreSQL). Generated intake bodies are kept in bench/.data and extended, not redone.
import { appendFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'
import Fastify from 'fastify'
import { loadConfig } from '../src/config.ts'
import { startServer, type RunningServer } from '../src/main.ts'
import { newId } from '../src/platform/db/ids.ts'
import {
  between,
  pick,
  prng,
  sampleCitizen,
  sampleContent,
  sampleKind,
} from '../src/modules/cases/sample/generator.ts'
import { newTrackingCode } from '../src/modules/cases/index.ts'
import { load, type LoadResult } from './http-load.ts'
import { freshDatabase } from './postgres.ts'

const dataDir = fileURLToPath(new URL('./.data', import.meta.url))
const ADMIN_PASSWORD = 'Bench-quan-tri-2026'
const BENCH_PG =
  process.env.BENCH_CASES_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/danvan_bench_cases'
const DAY = 86_400_000

interface IntakeBody {
  kind: string
  channel: string
  receivedAt: string
  citizen: ReturnType<typeof sampleCitizen>
  summary: string
  content: string
  field: string
}

/** bench/.data/cases.jsonl: one intake body a line, seed 2026; extended up to `size` lines. */
async function generated(size: number): Promise<IntakeBody[]> {
  mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, 'cases.jsonl')
  const bodies: IntakeBody[] = []
  if (existsSync(file))
    for await (const line of readline.createInterface({ input: createReadStream(file) }))
      if (line && bodies.length < size) bodies.push(JSON.parse(line) as IntakeBody)
  const random = prng(2026 + bodies.length)
  const fresh: IntakeBody[] = []
  const now = Date.now()
  while (bodies.length + fresh.length < size) {
    const kind = sampleKind(random)
    fresh.push({
      kind,
      channel: pick(random, ['in_person', 'post', 'portal', 'hotline', 'email']),
      receivedAt: new Date(
        now - between(random, 0, 400) * DAY - between(random, 0, 36_000) * 1000,
      ).toISOString(),
      citizen: sampleCitizen(random, pick(random, ['00004', '00070', '04930'])),
      ...sampleContent(random, kind),
    })
  }
  if (fresh.length) appendFileSync(file, fresh.map((b) => JSON.stringify(b)).join('\n') + '\n')
  return [...bodies, ...fresh]
}

/** Bulk rows straight into the tables (the data set for the query benchmarks), resumable by count. */
async function bulkLoad(
  server: RunningServer,
  bodies: IntakeBody[],
  organizationId: string,
): Promise<number> {
  const pool = server.database.pool
  const have = Number((await pool.query<{ n: string }>('select count(*) as n from cases')).rows[0]?.n ?? 0)
  const random = prng(7)
  for (let i = have; i < bodies.length; i += 1000) {
    const batch = bodies.slice(i, i + 1000)
    const values: unknown[] = []
    const rows = batch.map((b, j) => {
      const receivedOn = b.receivedAt.slice(0, 10)
      // As in an inbox: most letters of the last ten weeks are still open, a few older ones have stalled.
      const ageDays = (Date.now() - Date.parse(b.receivedAt)) / DAY
      const open = random() < (ageDays < 70 ? 0.85 : 0.02)
      const due = open
        ? new Date(Date.parse(receivedOn) + between(random, 10, 75) * DAY).toISOString().slice(0, 10)
        : null
      values.push(
        newId(),
        newTrackingCode(),
        b.kind,
        b.kind === 'complaint' ? 'complaint.first' : b.kind,
        open ? 'accepted' : 'closed',
        b.channel,
        b.receivedAt,
        receivedOn,
        organizationId,
        b.field,
        b.summary,
        b.content,
        b.citizen.fullName,
        due,
        due ? 'bench' : null,
      )
      const o = j * 15
      return `($${o + 1},$${o + 2},$${o + 3},$${o + 4},$${o + 5},$${o + 6},$${o + 7},$${o + 8},$${o + 9},'01',$${o + 10},$${o + 11},$${o + 12},$${o + 13},gen_random_uuid(),$${o + 14},$${o + 15})`
    })
    await pool.query(
      `insert into cases (id, tracking_code, kind, lifecycle_id, status, channel, received_at, received_on, organization_id, province_code, field, summary, content, citizen_display, letter_id, due_date, due_rule_key) values ${rows.join(',')} on conflict (tracking_code) do nothing`,
      values,
    )
  }
  // What autovacuum would do over the next minutes, done now so it does not run under the measurements.
  await pool.query('vacuum analyze cases')
  await pool.query('vacuum analyze case_search')
  return bodies.length - have
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    request.on('error', () => resolve(0))
    request.end(body)
  })
}
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })

/** `count` organizations under `parentId`, each with a reception officer logged in: their request headers. */
async function receptionOfficers(
  url: string,
  adminHeaders: Record<string, string>,
  parentId: string,
  count: number,
): Promise<Record<string, string>[]> {
  const headers: Record<string, string>[] = []
  const json = { ...adminHeaders, 'content-type': 'application/json' }
  for (let i = 1; i <= count; i++) {
    const suffix = `${i}-${Date.now().toString(36)}`
    const organization = (await (
      await fetch(`${url}/api/organizations`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          parentId,
          code: `BENCH-${suffix}`,
          name: `Ủy ban nhân dân xã Thử ${i}`,
          kind: 'people_committee',
          provinceCode: '01',
        }),
      })
    ).json()) as { id: string }
    const username = `tiepdan.bench${suffix}`.replace(/-/g, '')
    await fetch(`${url}/api/users`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        username,
        password: ADMIN_PASSWORD,
        fullName: `Cán bộ tiếp dân ${i}`,
        organizationId: organization.id,
        roles: ['reception_officer'],
      }),
    })
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: ADMIN_PASSWORD }),
    })
    const { csrfToken } = (await login.json()) as { csrfToken: string }
    headers.push({
      cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
      'x-csrf-token': csrfToken,
    })
  }
  return headers
}

/** Keeps `concurrency` POSTs in flight for `seconds`; bodies round-robin, writer i sends headers i (mod n). */
async function postLoad(
  url: string,
  bodies: string[],
  seconds: number,
  headerSets: Record<string, string>[],
  concurrency: number,
) {
  let ok = 0
  let errors = 0
  let next = 0
  const deadline = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async (_, writer) => {
      const headers = headerSets[writer % headerSets.length] ?? {}
      while (performance.now() < deadline) {
        const status = await post(url, bodies[next++ % bodies.length] ?? '{}', headers)
        if (status === 201) ok++
        else errors++
      }
    }),
  )
  return { requests: ok, errors, requestsPerSecond: Math.round(ok / ((performance.now() - started) / 1000)) }
}

async function benchMode(database: 'embedded' | 'postgres', seconds: number, bodies: IntakeBody[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-cases-'))
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DANVAN_DATA_DIR: dir,
    DANVAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'silent',
    ...(database === 'postgres' ? { DATABASE_URL: BENCH_PG } : {}),
  })
  const server = await startServer(config, { say: () => undefined })
  const bare = Fastify()
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const { csrfToken } = (await login.json()) as { csrfToken: string }
    const me = (await (await fetch(`${server.url}/api/me`, { headers: { cookie } })).json()) as {
      organizationId: string
    }

    await server.database.pool.query(
      'create table if not exists bench_bare (id uuid primary key, body jsonb not null)',
    )
    bare.post('/bare', async (request, reply) => {
      await server.database.pool.query('insert into bench_bare (id, body) values ($1, $2)', [
        newId(),
        request.body,
      ])
      return reply.status(201).send({ ok: true })
    })
    const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' })
    const sample = bodies.slice(0, 2000).map((b) => JSON.stringify(b))
    const headers = { cookie, 'x-csrf-token': csrfToken }

    // Intake is measured on the loaded database (at the named size), as the issue asks.
    const loadStarted = performance.now()
    await bulkLoad(server, bodies, me.organizationId)
    const loadMs = Math.round(performance.now() - loadStarted)

    // The embedded database runs one transaction at a time on one session: write concurrency 1 there.
    const writers = database === 'embedded' ? 1 : 8
    await postLoad(`${server.url}/api/cases`, sample, 2, [headers], writers) // warm-up, not counted
    // The bare insert runs before and after the intakes, and the ratio takes the faster of the two: the
    // database's own work left by the intakes (index upkeep, vacuum) must not slow the bare run alone.
    const bareBefore = await postLoad(`${bareUrl}/bare`, sample, seconds, [{}], writers)
    const intake = await postLoad(`${server.url}/api/cases`, sample, seconds, [headers], writers)
    // Real intake is spread over communes: one reception officer per organization.
    const officers = await receptionOfficers(server.url, headers, me.organizationId, writers)
    const intakeSpread = await postLoad(`${server.url}/api/cases`, sample, seconds, officers, writers)
    const bareAfter = await postLoad(`${bareUrl}/bare`, sample, seconds, [{}], writers)
    const bareRun = bareAfter.requestsPerSecond >= bareBefore.requestsPerSecond ? bareAfter : bareBefore
    const total = Number(
      (await server.database.pool.query<{ n: string }>('select count(*) as n from cases')).rows[0]?.n,
    )
    const get = (q: string): Promise<LoadResult> =>
      load(`${server.url}/api/cases${q}`, { seconds, concurrency: 8, headers: { cookie } })
    const queries = {
      inbox: await get('?limit=50'),
      overdue: await get('?overdue=true&limit=50'),
      dueSoon: await get('?dueWithinDays=3&limit=50'),
      counts: await get('/counts'),
    }
    return {
      database,
      cases: total,
      bulkLoadMs: loadMs,
      intake,
      intakeSpread,
      bare: bareRun,
      bareBefore,
      bareAfter,
      ratio: Math.round((intake.requestsPerSecond / Math.max(1, bareRun.requestsPerSecond)) * 100) / 100,
      ratioSpread:
        Math.round((intakeSpread.requestsPerSecond / Math.max(1, bareRun.requestsPerSecond)) * 100) / 100,
      queries,
      // Server and load generator share this process: its resident memory after the run, in MiB.
      rssMiB: Math.round(process.memoryUsage().rss / 1048576),
    }
  } finally {
    await bare.close()
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

type ModeResult = Awaited<ReturnType<typeof benchMode>>

function table(results: ModeResult[]): string {
  const lines = [
    '| database | cases | intake req/s (1 org) | intake req/s (spread) | bare insert req/s (before / after) | ratio to the faster bare (1 org / spread) | inbox p50/p95 ms | overdue p50/p95 | due soon p50/p95 | counts p50/p95 | RSS MiB |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ]
  const pp = (r: LoadResult) => `${r.p50ms} / ${r.p95ms}`
  for (const r of results)
    lines.push(
      `| ${r.database} | ${r.cases} | ${r.intake.requestsPerSecond} | ${r.intakeSpread.requestsPerSecond} | ${r.bareBefore.requestsPerSecond} / ${r.bareAfter.requestsPerSecond} | ${r.ratio} / ${r.ratioSpread} | ${pp(r.queries.inbox)} | ${pp(r.queries.overdue)} | ${pp(r.queries.dueSoon)} | ${pp(r.queries.counts)} | ${r.rssMiB} |`,
    )
  return lines.join('\n')
}

export async function casesSuite({ database, seconds }: { database: string; seconds: number }) {
  const size = Number(process.env.BENCH_CASES ?? 20_000)
  const bodies = await generated(size)
  const results: ModeResult[] = []
  if (database !== 'postgres') results.push(await benchMode('embedded', seconds, bodies))
  if (database !== 'embedded') {
    if (await freshDatabase(BENCH_PG)) results.push(await benchMode('postgres', seconds, bodies))
    else console.warn(`PostgreSQL at ${BENCH_PG} is not reachable: skipping the postgres run.`)
  }
  return {
    json: {
      size,
      secondsPerRun: seconds,
      concurrency: { intake: '1 embedded / 8 postgres', queries: 8 },
      results,
    },
    table: table(results),
  }
}
