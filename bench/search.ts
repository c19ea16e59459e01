// Bench suite `search`: search p50/p95 over 20 diacritic-free queries, duplicate-check p95, and an XLSX
// export of up to 100 000 rows (time, peak RSS), over BENCH_CASES generated cases (default 20 000 on the
// embedded database, 200 000 on PostgreSQL; the issue's target is 1 000 000 on PostgreSQL). Cases and
// citizens are bulk-loaded with generate_series in 50 000-row statements (the search index built
// set-based after each chunk, its triggers off meanwhile), never over HTTP.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { loadConfig } from '../src/config.ts'
import { startServer, type RunningServer } from '../src/main.ts'
import { fold } from '../src/modules/search/index.ts'
import { corpusStreets as streets, families, givens, middles } from '../src/modules/search/sample/corpus.ts'
import { freshDatabase } from './postgres.ts'

const ADMIN_PASSWORD = 'Bench-quan-tri-2026'
const BENCH_PG =
  process.env.BENCH_SEARCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/danvan_bench_search'
const CHUNK = 50_000

const subjects: [string, string, string, string][] = [
  [
    'complaint',
    'land',
    'Khiếu nại quyết định thu hồi đất',
    'Không đồng ý với quyết định thu hồi đất nông nghiệp vì diện tích đo đạc sai so với sổ đỏ.',
  ],
  [
    'complaint',
    'compensation',
    'Khiếu nại phương án bồi thường, hỗ trợ',
    'Đơn giá bồi thường thấp hơn giá thị trường, chưa tính tài sản trên đất.',
  ],
  [
    'denunciation',
    'officials_conduct',
    'Tố cáo cán bộ địa chính nhận tiền',
    'Cán bộ địa chính yêu cầu nộp tiền ngoài quy định để làm thủ tục sang tên.',
  ],
  [
    'denunciation',
    'environment',
    'Tố cáo cơ sở xả thải trái phép',
    'Cơ sở sản xuất xả nước thải chưa qua xử lý ra kênh tưới tiêu vào ban đêm.',
  ],
  [
    'petition',
    'construction',
    'Kiến nghị sửa chữa đường ngõ xuống cấp',
    'Đường ngõ xuống cấp, mùa mưa ngập sâu, đề nghị phường sớm cải tạo.',
  ],
  [
    'petition',
    'environment',
    'Kiến nghị bố trí điểm tập kết rác',
    'Rác thải tập kết tự phát gây ô nhiễm, đề nghị bố trí điểm tập kết và giờ thu gom.',
  ],
  [
    'feedback',
    'construction',
    'Phản ánh đèn chiếu sáng hỏng',
    'Đèn chiếu sáng công cộng tại ngõ hỏng nhiều ngày, đi lại ban đêm nguy hiểm.',
  ],
  [
    'feedback',
    'environment',
    'Phản ánh tiếng ồn karaoke',
    'Quán karaoke hoạt động quá 23 giờ gây ồn ào ảnh hưởng khu dân cư.',
  ],
]

/** The person of generated case number i — the same formulas as the SQL below. */
function person(i: number) {
  const name = `${families[i % 16]} ${middles[Math.floor(i / 16) % 14]} ${givens[Math.floor(i / 224) % 30]}`
  const street = streets[(i * 7 + Math.floor(i / 3)) % 16] as string
  const house = 1 + ((i * 37) % 300)
  return {
    name,
    street,
    house,
    idNumber: `0010${String(i).padStart(8, '0')}`,
    phone: `09${String((i * 7919) % 100_000_000).padStart(8, '0')}`,
  }
}

async function bulkLoad(pool: pg.Pool, organizationId: string, total: number, say: (s: string) => void) {
  const have = Number(
    (await pool.query<{ n: string }>(`select count(*) n from cases where tracking_code like 'B-%'`)).rows[0]
      ?.n,
  )
  // Large loads: drop the search indexes and build them once at the end (much faster than maintaining).
  const rebuild =
    total - have > CHUNK
      ? (
          await pool.query<{ indexname: string; indexdef: string }>(
            `select indexname, indexdef from pg_indexes
              where schemaname = current_schema() and indexname in ('case_search_tsv_idx',
                'case_search_names_trgm_idx', 'case_citizens_name_trgm_idx', 'case_citizens_phone_idx',
                'case_citizens_id_number_idx')`,
          )
        ).rows
      : []
  for (const index of rebuild) await pool.query(`drop index ${index.indexname}`)
  await pool.query('alter table cases disable trigger case_search_case')
  await pool.query('alter table case_citizens disable trigger case_search_citizen')
  const arr = (values: string[]) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`
  try {
    for (let from = have + 1; from <= total; from += CHUNK) {
      const to = Math.min(total, from + CHUNK - 1)
      const started = performance.now()
      await pool.query(
        `with ins as (
           insert into cases (id, tracking_code, kind, lifecycle_id, status, channel, received_at, received_on,
                              organization_id, province_code, field, summary, content, citizen_display, letter_id,
                              due_date, due_rule_key)
           select gen_random_uuid(), 'B-' || lpad(i::text, 8, '0'), s.kind,
                  case s.kind when 'complaint' then 'complaint.first' else s.kind end, 'accepted',
                  (array['in_person','post','portal','hotline','email'])[1 + i % 5], t.ts,
                  (t.ts at time zone 'Asia/Ho_Chi_Minh')::date, $1::uuid, '01', s.field,
                  s.summary || ' tại ' || p.street, s.content || ' Thửa đất số ' || (10 + i % 990) || '.', p.name,
                  gen_random_uuid(),
                  case when i % 3 = 0 then (t.ts at time zone 'Asia/Ho_Chi_Minh')::date + 30 end,
                  case when i % 3 = 0 then 'bench' end
             from generate_series($2::int, $3::int) i
             -- Received over 400 days in a hashed order, so a day holds every subject, name and street
             -- (a day computed from i itself would hold one subject and one family name).
             cross join lateral (select now() - ((hashint4(i)::bigint & 2147483647) % 400) * interval '1 day'
                                              - ((hashint4(-i)::bigint & 2147483647) % 36000) * interval '1 second' as ts) t
             cross join lateral (select (${arr(families)})[1 + i % 16] || ' ' || (${arr(middles)})[1 + (i / 16) % 14]
                                        || ' ' || (${arr(givens)})[1 + (i / 224) % 30] as name,
                                        (${arr(streets)})[1 + (i * 7 + i / 3) % 16] as street) p
             cross join lateral (select (${arr(subjects.map((x) => x[0]))})[1 + i % 8] as kind,
                                        (${arr(subjects.map((x) => x[1]))})[1 + i % 8] as field,
                                        (${arr(subjects.map((x) => x[2]))})[1 + i % 8] as summary,
                                        (${arr(subjects.map((x) => x[3]))})[1 + i % 8] as content) s
           returning id, tracking_code, citizen_display)
         insert into case_citizens (id, case_id, province_code, position, display_name, full_name, id_number, phone,
                                    unit_code, address_detail)
         select gen_random_uuid(), ins.id, '01', 0, ins.citizen_display, ins.citizen_display,
                '0010' || lpad(n::text, 8, '0'), '09' || lpad(((n::bigint * 7919) % 100000000)::text, 8, '0'), '00004',
                'Số ' || (1 + (n * 37) % 300) || ' ' || (${arr(streets)})[1 + (n * 7 + n / 3) % 16]
           from ins cross join lateral (select substr(ins.tracking_code, 3)::int as n) k`,
        [organizationId, from, to],
      )
      await pool.query(
        `insert into case_search (case_id, province_code, doc, names, tsv, updated_at)
         select c.id, c.province_code, d.doc, vn_fold(concat_ws(' ', c.tracking_code, c.citizen_display, p.people)),
                to_tsvector('simple'::regconfig, d.doc), now()
           from cases c
           left join lateral (
             select string_agg(concat_ws(' ', cc.full_name, cc.phone, cc.id_number, cc.address_detail), ' ') as people
               from case_citizens cc where cc.case_id = c.id and cc.sealed is null) p on true
           cross join lateral (
             select vn_fold(concat_ws(' ', c.tracking_code, c.summary, c.citizen_display, p.people, c.content)) as doc) d
          where c.tracking_code between $1 and $2`,
        [`B-${String(from).padStart(8, '0')}`, `B-${String(to).padStart(8, '0')}`],
      )
      say(`  nạp ${to}/${total} hồ sơ (${Math.round(performance.now() - started)} ms cho khối này)`)
    }
  } finally {
    await pool.query('alter table cases enable trigger case_search_case')
    await pool.query('alter table case_citizens enable trigger case_search_citizen')
    for (const index of rebuild) {
      const started = performance.now()
      await pool.query(index.indexdef)
      say(`  dựng lại ${index.indexname} (${Math.round(performance.now() - started)} ms)`)
    }
  }
  await pool.query('analyze cases')
  await pool.query('analyze case_citizens')
  await pool.query('analyze case_search')
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return (
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10
  )
}

async function timed(run: () => Promise<Response>): Promise<number> {
  const started = performance.now()
  const response = await run()
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`)
  return performance.now() - started
}

function queriesFor(total: number): string[] {
  const pickI = (k: number) => 1 + ((k * 104_729) % total)
  const out: string[] = []
  for (let k = 0; k < 6; k++) {
    const p = person(pickI(k))
    out.push(fold(`${p.name} ${p.street.split(' ').slice(1).join(' ')}`))
  }
  for (let k = 6; k < 10; k++) {
    const p = person(pickI(k))
    out.push(
      fold(`${p.name.split(' ').slice(1).join(' ')} ${p.house} ${p.street.split(' ').slice(1).join(' ')}`),
    )
  }
  for (let k = 10; k < 13; k++) {
    const p = person(pickI(k))
    const words = fold(p.name).split(' ')
    words[0] = (words[0] ?? '').replace(/n/, 'm')
    out.push(`${words.join(' ')} ${fold(p.street.split(' ').slice(1).join(' '))}`)
  }
  for (let k = 13; k < 15; k++) out.push(person(pickI(k)).phone.slice(0, 10))
  out.push(person(pickI(15)).idNumber)
  out.push('thu hoi dat nong nghiep', 'karaoke on ao', '"den chieu sang" hong', 'xa thai trai phep ban dem')
  return out
}

async function benchMode(database: 'embedded' | 'postgres', total: number, say: (s: string) => void) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-search-'))
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DANVAN_DATA_DIR: dir,
    DANVAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DANVAN_DEMO: '0',
    LOG_LEVEL: 'silent',
    ...(database === 'postgres' ? { DATABASE_URL: BENCH_PG } : {}),
  })
  let server: RunningServer | undefined
  try {
    server = await startServer(config, { say: () => undefined })
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
    const loadStarted = performance.now()
    await bulkLoad(server.database.pool, me.organizationId, total, say)
    const bulkLoadMs = Math.round(performance.now() - loadStarted)

    const queries = queriesFor(total)
    const searchTimes: number[] = []
    for (const q of queries)
      await timed(() =>
        fetch(`${server?.url}/api/search?q=${encodeURIComponent(q)}&limit=20`, { headers: { cookie } }),
      )
    for (let round = 0; round < 5; round++)
      for (const q of queries)
        searchTimes.push(
          await timed(() =>
            fetch(`${server?.url}/api/search?q=${encodeURIComponent(q)}&limit=20`, { headers: { cookie } }),
          ),
        )

    const dupTimes: number[] = []
    for (let k = 0; k < 60; k++) {
      const p = person(1 + ((k * 7_919) % total))
      const body =
        k % 3 === 0
          ? { citizen: { idNumber: p.idNumber, phone: p.phone } }
          : k % 3 === 1
            ? {
                citizen: {
                  fullName: fold(p.name),
                  address: { unitCode: '00004', detail: `So ${p.house} ${fold(p.street)}` },
                },
              }
            : {
                citizen: { fullName: p.name, phone: p.phone },
                summary: subjects[k % 8]?.[2],
                content: subjects[k % 8]?.[3],
              }
      dupTimes.push(
        await timed(() =>
          fetch(`${server?.url}/api/cases/duplicates`, {
            method: 'POST',
            headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }),
        ),
      )
    }

    // Export: the newest 100 000 (or all) cases of a received-date window, streamed to a counter.
    const exportRows = Math.min(100_000, total)
    const rss0 = process.memoryUsage().rss
    let peak = rss0
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
    const started = performance.now()
    const response = await fetch(
      `${server.url}/api/cases/export${exportRows < total ? `?from=${exportFrom(total, exportRows)}` : ''}`,
      { headers: { cookie } },
    )
    let bytes = 0
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length
    const exportMs = Math.round(performance.now() - started)
    clearInterval(sampler)
    const exported = Number(
      (
        await server.database.pool.query<{ n: string }>(
          `select count(*) n from cases ${exportRows < total ? `where received_on >= '${exportFrom(total, exportRows)}'` : ''}`,
        )
      ).rows[0]?.n,
    )
    return {
      database,
      cases: total,
      bulkLoadMs,
      search: {
        queries: queries.length,
        samples: searchTimes.length,
        p50ms: percentile(searchTimes, 50),
        p95ms: percentile(searchTimes, 95),
      },
      duplicates: {
        samples: dupTimes.length,
        p50ms: percentile(dupTimes, 50),
        p95ms: percentile(dupTimes, 95),
      },
      export: {
        rows: exported,
        ms: exportMs,
        bytes,
        peakRssMiB: Math.round(peak / 2 ** 20),
        rssBeforeMiB: Math.round(rss0 / 2 ** 20),
      },
      queries,
    }
  } finally {
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The received date from which about `rows` of `total` cases (spread over 400 days) were received. */
function exportFrom(total: number, rows: number): string {
  const days = Math.max(1, Math.floor((400 * rows) / total))
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
}

type ModeResult = Awaited<ReturnType<typeof benchMode>>

function table(results: ModeResult[]): string {
  const lines = [
    '| database | cases | bulk load (s) | search p50 / p95 ms (20 queries × 5) | duplicates p50 / p95 ms | XLSX export rows | export s | peak RSS MiB (before) |',
    '|---|---|---|---|---|---|---|---|',
  ]
  for (const r of results)
    lines.push(
      `| ${r.database} | ${r.cases} | ${Math.round(r.bulkLoadMs / 1000)} | ${r.search.p50ms} / ${r.search.p95ms} | ${r.duplicates.p50ms} / ${r.duplicates.p95ms} | ${r.export.rows} | ${(r.export.ms / 1000).toFixed(1)} | ${r.export.peakRssMiB} (${r.export.rssBeforeMiB}) |`,
    )
  return lines.join('\n')
}

export async function searchSuite({ database }: { database: string; seconds: number }) {
  const say = (s: string) => console.log(s)
  const results: ModeResult[] = []
  if (database !== 'postgres')
    results.push(await benchMode('embedded', Number(process.env.BENCH_CASES ?? 20_000), say))
  if (database !== 'embedded') {
    if (await freshDatabase(BENCH_PG))
      results.push(await benchMode('postgres', Number(process.env.BENCH_CASES ?? 200_000), say))
    else console.warn(`PostgreSQL at ${BENCH_PG} is not reachable: skipping the postgres run.`)
  }
  return { json: { results }, table: table(results) }
}
