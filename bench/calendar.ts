/**
 * Bench suite `calendar`: deadline computations per second (days and working days, amounts 5–90) with the
 * year-table calendar, against a naive day-by-day loop over a set of days off written here; both must give
 * the same due dates. With the embedded database, also the latency of GET /api/calendar/deadline.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  type Calendar,
  type PeriodUnit,
  addPeriod,
  buildCalendar,
  holidaysOfYear,
} from '../src/modules/calendar/index.ts'
import { load, type LoadResult } from './http-load.ts'
import type { SuiteResult } from './run.ts'
import { startServerProcess } from './server-process.ts'

const FIRST_YEAR = 2020
const LAST_YEAR = 2035
const CASES = 20_000
const ADMIN_PASSWORD = 'Bench-lich-2026'

interface Case {
  start: string
  amount: number
}

/** Deterministic cases: starts in 2020–2030, amounts 5–90 (mulberry32). */
function cases(): Case[] {
  let seed = 0x5eed
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const first = Date.UTC(FIRST_YEAR, 0, 1)
  const span = Date.UTC(2030, 11, 31) - first
  return Array.from({ length: CASES }, () => ({
    start: new Date(first + Math.floor(random() * (span / 86_400_000)) * 86_400_000)
      .toISOString()
      .slice(0, 10),
    amount: 5 + Math.floor(random() * 86),
  }))
}

/** The obvious implementation: sets of ISO dates and a JS Date stepped one day at a time. */
function naiveDeadline(): (start: string, amount: number, unit: PeriodUnit) => string {
  const off = new Set<string>()
  const worked = new Set<string>()
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++)
    for (const entry of holidaysOfYear(year)) (entry.kind === 'working_day' ? worked : off).add(entry.date)
  const isWorking = (date: Date): boolean => {
    const iso = date.toISOString().slice(0, 10)
    const weekday = date.getUTCDay()
    return !off.has(iso) && (worked.has(iso) || (weekday !== 0 && weekday !== 6))
  }
  return (start, amount, unit) => {
    const day = new Date(`${start}T00:00:00Z`)
    if (unit === 'days') day.setUTCDate(day.getUTCDate() + amount)
    else
      for (let counted = 0; counted < amount;) {
        day.setUTCDate(day.getUTCDate() + 1)
        if (isWorking(day)) counted++
      }
    while (!isWorking(day)) day.setUTCDate(day.getUTCDate() + 1)
    return day.toISOString().slice(0, 10)
  }
}

/** Runs `work` over every case repeatedly for about `seconds`; computations per second. */
function perSecond(seconds: number, work: (c: Case) => string, all: Case[]): number {
  let done = 0
  let sink = 0
  const started = performance.now()
  const stop = started + seconds * 1000
  while (performance.now() < stop) {
    for (const c of all) sink += work(c).length
    done += all.length
  }
  if (sink === 0) throw new Error('no work done')
  return Math.round(done / ((performance.now() - started) / 1000))
}

interface UnitResult {
  unit: PeriodUnit
  dueOnlyPerSecond: number
  withSkippedPerSecond: number
  naivePerSecond: number
  ratio: number
}

function benchUnit(unit: PeriodUnit, calendar: Calendar, all: Case[], seconds: number): UnitResult {
  const naive = naiveDeadline()
  for (const c of all) {
    const fast = addPeriod(c.start, { amount: c.amount, unit }, calendar, { includeSkipped: false }).due
    const slow = naive(c.start, c.amount, unit)
    if (fast !== slow) throw new Error(`${unit} ${c.start} + ${c.amount}: ${fast} ≠ naive ${slow}`)
  }
  const dueOnly = perSecond(
    seconds,
    (c) => addPeriod(c.start, { amount: c.amount, unit }, calendar, { includeSkipped: false }).due,
    all,
  )
  const withSkipped = perSecond(
    seconds,
    (c) => addPeriod(c.start, { amount: c.amount, unit }, calendar).due,
    all,
  )
  const naivePerSecond = perSecond(seconds, (c) => naive(c.start, c.amount, unit), all)
  return {
    unit,
    dueOnlyPerSecond: dueOnly,
    withSkippedPerSecond: withSkipped,
    naivePerSecond,
    ratio: Math.round((dueOnly / naivePerSecond) * 10) / 10,
  }
}

async function httpLatency(seconds: number): Promise<LoadResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-calendar-'))
  const port = 3900 + Math.floor(Math.random() * 90)
  const server = await startServerProcess(
    { DANVAN_DATA_DIR: dataDir, DANVAN_ADMIN_PASSWORD: ADMIN_PASSWORD },
    port,
  )
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const url = `${server.url}/api/calendar/deadline?start=2027-02-01&amount=30&unit=working_days`
    await load(url, { seconds: 1, concurrency: 8, headers: { cookie } })
    return await load(url, { seconds, concurrency: 16, headers: { cookie } })
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export async function calendarSuite(options: { database: string; seconds: number }): Promise<SuiteResult> {
  const calendar = buildCalendar()
  const all = cases()
  const seconds = Math.max(1, Math.min(options.seconds, 5))
  const units = (['days', 'working_days'] as const).map((unit) => benchUnit(unit, calendar, all, seconds))
  const http = options.database === 'postgres' ? null : await httpLatency(options.seconds)
  const lines = [
    `Deadlines from random starts 2020–2030, amounts 5–90 (${CASES} cases; same due dates as the naive loop).`,
    '',
    '| unit | due only /s | with skipped days /s | naive day-by-day /s | ratio (due only / naive) |',
    '|---|---|---|---|---|',
    ...units.map(
      (r) =>
        `| ${r.unit} | ${r.dueOnlyPerSecond} | ${r.withSkippedPerSecond} | ${r.naivePerSecond} | ${r.ratio}× |`,
    ),
  ]
  if (http)
    lines.push(
      '',
      '| GET /api/calendar/deadline (embedded, 16 concurrent) | req/s | p50 ms | p95 ms | errors |',
      '|---|---|---|---|---|',
      `| 30 working days from 2027-02-01 | ${http.requestsPerSecond} | ${http.p50ms} | ${http.p95ms} | ${http.errors} |`,
    )
  return { json: { cases: CASES, amounts: '5–90', units, http }, table: lines.join('\n') }
}
