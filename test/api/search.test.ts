import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { corpusQueries, searchCorpus, type CorpusCase } from '../../src/modules/search/sample/corpus.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

interface Hit {
  type: string
  id: string
  score: number
  title: string
  trackingCode: string | null
  citizenName: string | null
  kind: string | null
  channel: string | null
  letterCount: number | null
  highlight: { title: { text: string; hit: boolean }[]; citizen: { text: string; hit: boolean }[] }
}
interface Page {
  items: Hit[]
  nextCursor: string | null
}

let app: TestApp
let reception: ApiClient
let leader: ApiClient
const corpus = searchCorpus(2026, 200)
const ids: string[] = []

const login = async (username: string) => {
  const client = new ApiClient(app.url)
  expect((await client.login(username, DEMO_PASSWORD)).status).toBe(200)
  return client
}

const intake = async (c: CorpusCase, extra: Record<string, unknown> = {}) => {
  const r = await reception.post<{ id: string; trackingCode: string } & ErrorBody>('/api/cases', {
    kind: c.kind,
    channel: 'in_person',
    receivedAt: '2026-03-02T09:00:00+07:00',
    citizen: c.citizen,
    summary: c.summary,
    content: c.content,
    field: c.field,
    protectIdentity: false,
    ...extra,
  })
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  return r.body
}

const foldName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()

const find = (client: ApiClient, query: Record<string, string>) =>
  client.get<Page & ErrorBody>(`/api/search?${new URLSearchParams(query).toString()}`)

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  reception = await login('tiepdan.badinh')
  leader = await login('lanhdao.badinh')
  for (let i = 0; i < corpus.length; i += 4) {
    const batch = await Promise.all(corpus.slice(i, i + 4).map((c) => intake(c)))
    ids.push(...batch.map((b) => b.id))
  }
}, 300_000)

afterAll(async () => {
  await app?.close()
})

describe('search over a generated corpus', () => {
  it('finds the expected case in the top 10 for ≥ 95% of 64 queries typed the way officials type', async () => {
    const queries = corpusQueries(2026, corpus, 8)
    expect(queries.length).toBeGreaterThanOrEqual(50)
    const byKind = new Map<string, { found: number; total: number }>()
    const misses: string[] = []
    for (const query of queries) {
      const r = await find(leader, { q: query.q, limit: '10' })
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      const hit = r.body.items.some((item) => item.id === ids[query.expected])
      const tally = byKind.get(query.kind) ?? { found: 0, total: 0 }
      tally.total++
      if (hit) tally.found++
      else misses.push(`${query.kind}: ${query.q}`)
      byKind.set(query.kind, tally)
    }
    const found = [...byKind.values()].reduce((s, t) => s + t.found, 0)
    const recall = found / queries.length
    console.log(
      `search recall@10 = ${recall.toFixed(3)} (${found}/${queries.length}); by kind: ${[...byKind.entries()]
        .map(([k, t]) => `${k} ${t.found}/${t.total}`)
        .join(', ')}${misses.length ? `\nmissed: ${misses.join(' | ')}` : ''}`,
    )
    expect(recall).toBeGreaterThanOrEqual(0.95)
  })

  it('ranks the exact person first, with the matches highlighted in the accented text', async () => {
    const c = corpus[7] as CorpusCase
    const r = await find(leader, { q: `${c.citizen.fullName} ${c.citizen.address.detail}` })
    expect(r.status).toBe(200)
    expect(r.body.items[0]?.id).toBe(ids[7])
    const marked = r.body.items[0]?.highlight.citizen.filter((s) => s.hit).map((s) => s.text)
    expect(marked?.join(' ')).toBe(c.citizen.fullName)
  })

  it('treats d as đ and a quoted phrase as exact', async () => {
    const c = corpus.find((x) => x.citizen.fullName.includes('Đ')) as CorpusCase
    const r = await find(leader, { q: c.citizen.fullName.replace(/Đ/g, 'D') })
    expect(r.body.items.map((i) => i.id)).toContain(ids[corpus.indexOf(c)])
    const parcel = /thửa đất số (\d+)/.exec(c.content)?.[1] as string
    const exact = await find(leader, { q: `"thửa đất số ${parcel}"` })
    expect(exact.body.items.map((i) => i.id)).toContain(ids[corpus.indexOf(c)])
    const swapped = await find(leader, { q: `"số ${parcel} thửa đất"` })
    expect(swapped.body.items.map((i) => i.id)).not.toContain(ids[corpus.indexOf(c)])
  })

  it('combines the words with filters, and pages without repeating', async () => {
    const kind = await find(leader, { q: 'nguyen', kind: 'petition', limit: '100' })
    expect(kind.body.items.length).toBeGreaterThan(0)
    expect(kind.body.items.every((i) => i.kind === 'petition')).toBe(true)
    const channel = await find(leader, { q: 'nguyen', channel: 'hotline' })
    expect(channel.body.items.every((i) => i.channel === 'hotline')).toBe(true)
    const first = await find(leader, { q: 'pho', limit: '5' })
    expect(first.body.items).toHaveLength(5)
    expect(first.body.nextCursor).toBeTruthy()
    const second = await find(leader, { q: 'pho', limit: '5', cursor: first.body.nextCursor as string })
    expect(second.status).toBe(200)
    const seen = new Set(first.body.items.map((i) => i.id))
    expect(second.body.items.some((i) => seen.has(i.id))).toBe(false)
    expect(second.body.items[0]?.score ?? 0).toBeLessThanOrEqual(first.body.items[4]?.score ?? 0)
    const dated = await find(leader, { q: '', from: '2026-03-02', to: '2026-03-02', limit: '100' })
    expect(dated.body.items.length).toBeGreaterThanOrEqual(Math.min(100, corpus.length))
  })

  it('pages a very common word newest first, without repeats (more matches than are ranked)', async () => {
    const pool = app.server.database.pool
    // 2 100 letters about the same noise, a minute apart, in the Ba Đình office (bulk, like the bench).
    await pool.query(
      `insert into cases (id, tracking_code, kind, lifecycle_id, status, channel, received_at, received_on,
                          organization_id, province_code, field, summary, content, citizen_display, letter_id)
       select gen_random_uuid(), 'T-' || lpad(i::text, 6, '0'), 'feedback', 'feedback', 'received', 'hotline',
              t.at, (t.at at time zone 'Asia/Ho_Chi_Minh')::date, c.organization_id, c.province_code, 'environment',
              'Phản ánh tiếng ồn máy cưa gỗ', 'Xưởng cưa gỗ chạy máy suốt đêm.', 'Người dân ' || i, gen_random_uuid()
         from generate_series(1, 2100) i
         cross join lateral (select timestamptz '2026-04-01 08:00+07' + i * interval '1 minute' as at) t
         cross join (select organization_id, province_code from cases where id = $1) c`,
      [ids[0]],
    )
    const seen = new Set<string>()
    let cursor: string | null = null
    let previous = Infinity
    for (let n = 0; n < 3; n++) {
      const r = await find(leader, { q: 'may cua go', limit: '40', ...(cursor ? { cursor } : {}) })
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      expect(r.body.items).toHaveLength(40)
      for (const item of r.body.items) {
        expect(seen.has(item.id)).toBe(false)
        seen.add(item.id)
        const at = Date.parse((item as Hit & { receivedAt: string }).receivedAt)
        expect(at).toBeLessThanOrEqual(previous)
        previous = at
      }
      cursor = r.body.nextCursor
      expect(cursor).toBeTruthy()
    }
    expect(previous).toBe(Date.parse('2026-04-01T08:00:00+07:00') + (2100 - 119) * 60_000)
    const narrowed = await find(leader, {
      q: 'may cua go',
      from: '2026-04-01',
      to: '2026-04-01',
      limit: '100',
    })
    expect(narrowed.body.items.length).toBe(100)
    // Among thousands of cases, a person is still found by name and street — and with a misspelt name.
    const c = corpus[7] as CorpusCase
    const exact = await find(leader, { q: `${c.citizen.fullName} ${c.citizen.address.detail}` })
    expect(exact.body.items[0]?.id).toBe(ids[7])
    const index = corpus.findIndex((x) => /n/.test(foldName(x.citizen.fullName).split(' ')[0] ?? ''))
    const words = foldName((corpus[index] as CorpusCase).citizen.fullName).split(' ')
    words[0] = (words[0] as string).replace('n', 'm')
    const street = foldName((corpus[index] as CorpusCase).citizen.address.detail)
      .split(' ')
      .slice(-2)
    const typo = await find(leader, { q: [...words, ...street].join(' ') })
    expect(typo.body.items.slice(0, 10).map((i) => i.id)).toContain(ids[index])
  })

  it('never finds a protected denouncer by name, and shows only the label', async () => {
    const secret = await intake(
      { ...(corpus[0] as CorpusCase), kind: 'denunciation', summary: 'Tố cáo cán bộ thu tiền sai quy định' },
      {
        protectIdentity: true,
        citizen: {
          fullName: 'Khổng Minh Triết',
          idNumber: '001077123123',
          phone: '0987654321',
          address: { unitCode: '00004', detail: 'Số 9 phố Cửa Bắc' },
        },
      },
    )
    for (const q of ['khong minh triet', 'Khổng Minh Triết', '0987654321', '001077123123', 'cua bac'])
      expect((await find(leader, { q })).body.items.map((i) => i.id)).not.toContain(secret.id)
    const byCode = await find(leader, { q: secret.trackingCode })
    expect(byCode.body.items[0]?.id).toBe(secret.id)
    expect(byCode.body.items[0]?.citizenName).not.toContain('Khổng')
  })

  it('indexes a new case at intake exactly as the search refresh would, people in their order, the protected left out', async () => {
    // Names of its own, so that the ranking tests around it are not disturbed.
    const base = {
      ...(corpus[5] as CorpusCase),
      summary: 'Kiến nghị lắp đèn chiếu sáng ngõ 12 Hàng Bông',
      citizen: {
        fullName: 'Tạ Quang Khải',
        idNumber: '001090555666',
        phone: '0905 111 222',
        address: { unitCode: '00004', detail: 'Số 12 ngõ Hàng Bông' },
      },
    }
    const plain = await intake(base, {
      otherCitizens: [{ fullName: 'Đỗ Thị Ánh Tuyết', phone: '0912 345 678' }],
    })
    const secret = await intake(
      { ...base, kind: 'denunciation', summary: 'Tố cáo thu phí sai ở chợ Đồng Xuân' },
      { protectIdentity: true, citizen: { fullName: 'Lạc Văn Bình', idNumber: '001088123456' } },
    )
    const anonymous = await intake(
      { ...base, kind: 'feedback', summary: 'Phản ánh đèn đường hỏng' },
      { citizen: undefined, anonymous: true },
    )
    const ids3 = [plain.id, secret.id, anonymous.id]
    const pool = app.server.database.pool
    const rows = async () =>
      (
        await pool.query<{ case_id: string; doc: string; names: string; tsv: string }>(
          'select case_id, doc, names, tsv::text as tsv from case_search where case_id = any($1) order by case_id',
          [ids3],
        )
      ).rows
    const atIntake = await rows()
    expect(atIntake).toHaveLength(3)
    const first = atIntake.find((r) => r.case_id === plain.id)
    expect(first?.names).toContain(`${foldName(base.citizen.fullName)}`)
    expect(first?.names.indexOf(foldName(base.citizen.fullName))).toBeLessThan(
      first?.names.indexOf('do thi anh tuyet') ?? -1,
    )
    expect(atIntake.find((r) => r.case_id === secret.id)?.doc).not.toContain('lac van binh')
    for (const id of ids3) await pool.query('select case_search_refresh($1)', [id])
    expect(await rows()).toEqual(atIntake)
  })

  it('keeps to the caller scope and the read permission', async () => {
    const c = corpus[3] as CorpusCase
    const socson = await login('tiepdan.socson')
    const other = await find(socson, { q: c.citizen.fullName })
    expect(other.status).toBe(200)
    expect(other.body.items.map((i) => i.id)).not.toContain(ids[3])
    const viewer = await login('xem.hoankiem')
    expect((await find(viewer, { q: 'nguyen' })).status).toBe(403)
  })

  it('searches matters by their title, typed without diacritics', async () => {
    const c = corpus[11] as CorpusCase
    await intake({ ...c, summary: 'Tranh chấp ranh giới đất giữa hai hộ ở Đồng Đầm' }, { newMatter: true })
    const matters = await find(leader, { q: 'tranh chap ranh gioi dong dam', type: 'matter' })
    expect(matters.status).toBe(200)
    expect(matters.body.items[0]?.type).toBe('matter')
    expect(matters.body.items[0]?.title).toBe('Tranh chấp ranh giới đất giữa hai hộ ở Đồng Đầm')
    expect(matters.body.items[0]?.letterCount).toBe(1)
    const bad = await find(leader, { q: 'x', kind: 'letter' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields?.[0]?.path).toBe('kind')
  })
})

describe('search over reception visits (type=visit)', () => {
  interface Session {
    id: string
    date: string
    status: string
    place: string
  }
  let visitId = ''
  let visitDate = ''
  let protectedId = ''
  const recordVisit = async (body: Record<string, unknown>) => {
    const r = await reception.post<{ id: string; visitDate: string } & ErrorBody>('/api/reception/visits', {
      kind: 'regular',
      withinCompetence: true,
      ...body,
    })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    return r.body
  }
  const visits = (client: ApiClient, query: Record<string, string>) =>
    find(client, { type: 'visit', ...query })

  beforeAll(async () => {
    // A visit at one of the demo's held periodic sessions, so it has a place.
    const today = new Date().toISOString().slice(0, 10)
    const from = new Date(Date.now() - 80 * 86_400_000).toISOString().slice(0, 10)
    const sessions = await reception.get<{ items: Session[] }>(
      `/api/reception/schedules?from=${from}&to=${today}`,
    )
    const held = sessions.body.items.find((x) => x.status === 'held')
    expect(held?.place).toContain('Liễu Giai')
    const visit = await recordVisit({
      kind: 'periodic',
      sessionId: held?.id,
      visitedAt: `${held?.date}T10:15:00+07:00`,
      citizens: [
        {
          fullName: 'Trương Thị Huệ',
          idNumber: '001186044551',
          phone: '0912000451',
          address: { unitCode: '00004', detail: 'Số 7 ngõ 45 phố Kim Mã' },
        },
      ],
      summary: 'Kiến nghị sửa chữa cống thoát nước bị tắc ở ngõ 45 phố Kim Mã',
      contentKinds: ['KN-PA'],
      outcome: 'guided',
      guidance: 'Hướng dẫn gửi đơn đến Ban quản lý dự án hạ tầng đô thị của phường',
    })
    visitId = visit.id
    visitDate = visit.visitDate
    // A denunciation brought to the desk: the denouncer is never found by name, ID number or phone.
    const secret = await recordVisit({
      visitedAt: `${held?.date}T14:00:00+07:00`,
      citizens: [
        {
          fullName: 'Khúc Thừa Dụ',
          idNumber: '001077998877',
          phone: '0987111222',
          address: { unitCode: '00004', detail: 'Số 3 phố Quán Thánh' },
        },
      ],
      summary: 'Trình bày việc cán bộ phường nhận tiền để bỏ qua vi phạm xây dựng',
      contentKinds: ['TC'],
      outcome: 'recorded',
    })
    protectedId = secret.id
  })

  it('finds a visit by the citizen, typed without diacritics, with the match highlighted', async () => {
    const r = await visits(leader, { q: 'truong thi hue' })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body.items[0]?.id).toBe(visitId)
    expect(r.body.items[0]?.type).toBe('visit')
    expect(r.body.items[0]?.citizenName).toBe('Trương Thị Huệ')
    expect(r.body.items[0]?.highlight.citizen.filter((s) => s.hit).map((s) => s.text)).toEqual([
      'Trương',
      'Thị',
      'Huệ',
    ])
    expect((await visits(leader, { q: '001186044551' })).body.items[0]?.id).toBe(visitId)
    expect((await visits(leader, { q: '0912000451' })).body.items[0]?.id).toBe(visitId)
  })

  it('finds it by content and by place, with a small typo, and d for đ', async () => {
    for (const q of [
      'cong thoat nuoc kim ma',
      'cống thoát nươc ngo 45',
      'cong thaot nuoc bi tac',
      'quan ly du an ha tang',
    ])
      expect(
        (await visits(leader, { q })).body.items.map((i) => i.id),
        q,
      ).toContain(visitId)
    const byPlace = await visits(leader, {
      q: 'phong tiep cong dan ba dinh lieu giai',
      from: visitDate,
      to: visitDate,
    })
    expect(byPlace.body.items.map((i) => i.id)).toContain(visitId)
    const dinh = await visits(leader, { q: 'ba dinh', from: visitDate, to: visitDate })
    expect(dinh.body.items.map((i) => i.id)).toContain(visitId)
  })

  it('combines with filters that apply to visits and refuses those that do not', async () => {
    expect((await visits(leader, { q: 'kim ma', status: 'guided' })).body.items.map((i) => i.id)).toContain(
      visitId,
    )
    expect(
      (await visits(leader, { q: 'kim ma', status: 'refused' })).body.items.map((i) => i.id),
    ).not.toContain(visitId)
    expect((await visits(leader, { q: 'kim ma', kind: 'petition' })).body.items.map((i) => i.id)).toContain(
      visitId,
    )
    expect(
      (await visits(leader, { q: 'kim ma', kind: 'complaint' })).body.items.map((i) => i.id),
    ).not.toContain(visitId)
    const field = await visits(leader, { q: 'kim ma', field: 'land' })
    expect(field.status).toBe(400)
    expect(field.body.error.fields?.[0]?.path).toBe('field')
    const status = await visits(leader, { q: 'kim ma', status: 'closed' })
    expect(status.status).toBe(400)
    expect(status.body.error.fields?.[0]?.path).toBe('status')
  })

  it('never finds a denouncer who came to the desk by name, ID number or phone, and shows only the label', async () => {
    for (const q of ['khuc thua du', 'Khúc Thừa Dụ', '001077998877', '0987111222'])
      expect(
        (await visits(leader, { q })).body.items.map((i) => i.id),
        q,
      ).not.toContain(protectedId)
    const byContent = await visits(leader, { q: 'can bo phuong nhan tien vi pham xay dung' })
    expect(byContent.body.items[0]?.id).toBe(protectedId)
    expect(byContent.body.items[0]?.citizenName).not.toContain('Khúc')
    expect(JSON.stringify(byContent.body.items[0])).not.toContain('Khúc')
  })

  it('keeps to the caller scope and the reception read permission', async () => {
    const socson = await login('tiepdan.socson')
    const other = await visits(socson, { q: 'truong thi hue' })
    expect(other.status).toBe(200)
    expect(other.body.items.map((i) => i.id)).not.toContain(visitId)
    const viewer = await login('xem.hoankiem')
    expect((await visits(viewer, { q: 'truong thi hue' })).status).toBe(403)
    // A mobilization officer reads the reception register but not the cases: visits are searchable.
    const mobilization = await login('danvan.badinh')
    expect((await visits(mobilization, { q: 'truong thi hue' })).body.items[0]?.id).toBe(visitId)
  })
})

describe('XLSX export', () => {
  const workbookOf = async (path: string) => {
    const response = await fetch(app.url + path, {
      headers: { cookie: (leader as unknown as { cookie: string }).cookie },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('no worksheet')
    return sheet
  }

  it('exports the filtered case list with Vietnamese headers, date cells and a filter row', async () => {
    const sheet = await workbookOf('/api/cases/export?kind=complaint')
    expect(sheet.getRow(1).getCell(1).value).toBe('Mã hồ sơ')
    expect(sheet.getRow(1).getCell(2).value).toBe('Ngày tiếp nhận')
    expect(sheet.autoFilter).toBeTruthy()
    const complaints = corpus.filter((c) => c.kind === 'complaint').length
    expect(sheet.rowCount - 1).toBeGreaterThanOrEqual(complaints)
    const row = sheet.getRow(2)
    expect(row.getCell(2).value).toBeInstanceOf(Date)
    expect(row.getCell(3).value).toBe('Khiếu nại')
  })

  it('exports search results in rank order', async () => {
    const c = corpus[5] as CorpusCase
    const sheet = await workbookOf(`/api/search/export?q=${encodeURIComponent(c.citizen.fullName)}`)
    expect(sheet.getRow(2).getCell(6).value).toBe(c.citizen.fullName)
  })
})
