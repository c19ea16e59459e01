/**
 * Bench suite `portal`: time to first byte (p50/p95) of the citizen portal's pages — home (bare and with
 * a commune chosen), send, and tracking (the code form and one case) — under load from this process
 * against `danvan serve` (demo data) in another, compressed as a browser asks for them. Each request
 * comes from its own client address (X-Forwarded-For to a server trusting the loopback proxy), as many
 * citizens do, so the per-address limit on code look-ups does not turn the load away.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { load, type LoadResult } from './http-load.ts'
import type { SuiteResult } from './run.ts'
import { startServerProcess } from './server-process.ts'

const ADMIN_PASSWORD = 'Bench-cong-dan-2026'
const CONCURRENCY = 16
const BENCH_PG = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/danvan_bench'

interface PageResult extends LoadResult {
  page: string
  path: string
  bytesOnWire: number
}

/** Sends one feedback through the portal's form, as a browser does, and returns its tracking code. */
async function sendOne(url: string): Promise<string> {
  const form = await fetch(`${url}/gui-phan-anh`)
  const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const html = await form.text()
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1] ?? ''
  const organization =
    /<option value="([0-9a-f-]{36})"[^>]*>[\s\u00a0]*Ủy ban nhân dân phường Ba Đình\s*</.exec(html)?.[1]
  const body = new FormData()
  for (const [k, v] of Object.entries({
    kind: 'feedback',
    organization: organization ?? '',
    fullName: 'Nguyễn Thị Thu',
    phone: '0912 000 111',
    summary: 'Vỉa hè phố Đội Cấn bị lấn chiếm',
    content: 'Vỉa hè trước số 20 phố Đội Cấn bị lấn chiếm để bán hàng, người đi bộ phải đi xuống lòng đường.',
    consent: 'on',
    token,
  }))
    body.append(k, v)
  const sent = await fetch(`${url}/gui-phan-anh`, { method: 'POST', body, headers: { cookie } })
  const code = /id="tracking-code">(DV-[A-Z0-9-]+)</.exec(await sent.text())?.[1]
  if (!code) throw new Error(`portal send failed: ${sent.status}`)
  return code
}

/** Bytes on the wire of one page fetched as a browser asks for it (compressed), via node:http (no decoding). */
function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
        let bytes = 0
        response.on('data', (chunk: Buffer) => (bytes += chunk.length))
        response.on('end', () => resolve(bytes))
      })
      .on('error', reject)
  })
}

async function benchDatabase(database: 'embedded' | 'postgres', seconds: number): Promise<PageResult[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-portal-'))
  const env: Record<string, string> = {
    DANVAN_DATA_DIR: dataDir,
    DANVAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DANVAN_DEMO: '1',
    DANVAN_TRUST_PROXY: '127.0.0.1',
  }
  if (database === 'postgres') env.DATABASE_URL = BENCH_PG
  const server = await startServerProcess(env, 3900 + Math.floor(Math.random() * 90))
  try {
    const code = await sendOne(server.url)
    const pages = [
      ['home', '/'],
      ['home (commune chosen)', '/?tinh=01&xa=00004'],
      ['send', '/gui-phan-anh'],
      ['track (form)', '/tra-cuu'],
      ['track (case)', `/tra-cuu/${code}`],
    ] as const
    const results: PageResult[] = []
    for (const [page, pagePath] of pages) {
      const url = server.url + pagePath
      await load(url, { seconds: 1, concurrency: 4 }) // warm-up
      const result = await load(url, {
        seconds,
        concurrency: CONCURRENCY,
        ttfb: true,
        headers: { 'accept-encoding': 'br, gzip' },
        headersFor: (n) => ({ 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` }),
      })
      results.push({ page, path: pagePath, bytesOnWire: await wireBytes(url), ...result })
    }
    return results
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

function table(runs: { database: string; pages: PageResult[] }[]): string {
  const lines = [
    `| database | page | req/s | TTFB p50 ms | TTFB p95 ms | TTFB p99 ms | errors | bytes on the wire |`,
    '|---|---|---|---|---|---|---|---|',
  ]
  for (const run of runs)
    for (const p of run.pages)
      lines.push(
        `| ${run.database} | ${p.page} | ${p.requestsPerSecond} | ${p.p50ms} | ${p.p95ms} | ${p.p99ms} | ${p.errors} | ${p.bytesOnWire} |`,
      )
  return lines.join('\n')
}

export async function portalSuite(options: { database: string; seconds: number }): Promise<SuiteResult> {
  const runs: { database: string; pages: PageResult[] }[] = []
  if (options.database !== 'postgres')
    runs.push({ database: 'embedded', pages: await benchDatabase('embedded', options.seconds) })
  if (options.database === 'postgres' || options.database === 'both') {
    try {
      runs.push({ database: 'postgres', pages: await benchDatabase('postgres', options.seconds) })
    } catch (error) {
      console.warn(`PostgreSQL run of the portal suite skipped (${BENCH_PG}): ${String(error).slice(0, 300)}`)
    }
  }
  return { json: { concurrency: CONCURRENCY, secondsPerPage: options.seconds, runs }, table: table(runs) }
}
