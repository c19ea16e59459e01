// A denouncer who comes to the reception desk stays secret (Law on Denunciations 2018 Art. 47(2)): the
// people of a denunciation visit are sealed at rest, every reader shows the fixed label, and only a leader
// holding `cases.reveal_identity` sees them, with a reason, audited.
import { sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemActor } from '../../src/platform/access/actor.ts'
import { loadOrCreateSecretKey } from '../../src/platform/crypto/secret-key.ts'
import { newId } from '../../src/platform/db/ids.ts'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { sealProtectedVisitors } from '../../src/modules/reception/index.ts'
import { buildRegister, registerDocument } from '../../src/modules/reception/register.ts'
import { refusalNoticeDocument } from '../../src/modules/reception/refusal-notice.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

const LABEL = 'Người tố cáo (được giữ bí mật)'
const NAME = 'Vũ Thị Kín Đáo'
const FOLDED = 'vu thi kin dao'
const ID_NUMBER = '001299777001'
const PHONE = '0912 777 001'
const STREET = 'Số 9 ngõ Bí Mật phố Liễu Giai'

let app: TestApp
let admin: ApiClient
let reception: ApiClient
let leader: ApiClient
let socson: ApiClient
const org: Record<string, string> = {}

interface Citizen {
  fullName: string
  idNumber: string | null
  phone: string | null
  unitCode: string | null
  addressDetail: string | null
  representative: boolean
  protected: boolean
}
interface Visit {
  id: string
  citizenName: string
  identityProtected: boolean
  repeatOfId: string | null
  citizens: Citizen[]
  cases: { id: string; kind: string }[]
}

const denouncer = {
  fullName: NAME,
  idNumber: ID_NUMBER,
  phone: PHONE,
  address: { unitCode: '00004', detail: STREET },
}
const denunciationVisit = (overrides: Record<string, unknown> = {}) => ({
  visitedAt: '2026-09-14T09:00:00+07:00',
  kind: 'regular',
  citizens: [denouncer],
  summary: 'Tố cáo cán bộ phường nhận tiền để hợp thức hóa công trình xây dựng sai phép',
  contentKinds: ['TC'],
  withinCompetence: true,
  outcome: 'cases',
  documentsReceived: 'Đơn tố cáo, ảnh chụp công trình',
  cases: [
    {
      kind: 'denunciation',
      summary: 'Tố cáo cán bộ nhận tiền hợp thức hóa công trình',
      content: 'Cán bộ địa chính phường nhận tiền để hợp thức hóa công trình xây dựng sai phép.',
    },
  ],
  ...overrides,
})

/** Every place the identity could show: name (with or without diacritics), ID number, phone, street. */
const leaks = (text: string): string[] =>
  [NAME, ID_NUMBER, PHONE, STREET, 'Kín Đáo'].filter((s) => text.toLowerCase().includes(s.toLowerCase()))

let visit: Visit

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const client = new ApiClient(app.url)
    const r = await client.login(username, password)
    expect(r.status).toBe(200)
    return client
  }
  admin = await login('admin', app.adminPassword)
  reception = await login('tiepdan.badinh')
  leader = await login('lanhdao.badinh')
  socson = await login('tiepdan.socson')
  const orgs = await admin.get<{ items: { id: string; code: string }[] }>('/api/organizations?limit=100')
  for (const o of orgs.body.items) org[o.code] = o.id
  const r = await reception.post<Visit & ErrorBody>('/api/reception/visits', denunciationVisit())
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  visit = r.body
}, 240_000)

afterAll(async () => {
  await app?.close()
})

describe('sealed at rest', () => {
  it('keeps no identifying field of a denunciation visit in plain text in the database', async () => {
    const { db } = app.server.database
    const rows = (await db.execute(sql`select * from reception_visit_citizens where visit_id = ${visit.id}`))
      .rows as Record<string, unknown>[]
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      full_name: null,
      id_number: null,
      phone: null,
      unit_code: null,
      address_detail: null,
      representative: false,
    })
    expect(String(rows[0]?.sealed)).toMatch(/^v1\./)
    const anywhere = await db.execute(sql`
      select count(*)::int as n from reception_visit_citizens c
      where c::text ilike ${'%' + ID_NUMBER + '%'} or vn_fold(c::text) like ${'%' + FOLDED + '%'}`)
    expect((anywhere.rows[0] as { n: number }).n).toBe(0)
    const visitRow = await db.execute(
      sql`select identity_protected from reception_visits where id = ${visit.id}`,
    )
    expect(visitRow.rows[0]).toEqual({ identity_protected: true })
    // Nor in the audit chain.
    const audit = await db.execute(sql`
      select count(*)::int as n from audit_log
      where summary::text ilike ${'%' + ID_NUMBER + '%'} or vn_fold(summary::text) like ${'%' + FOLDED + '%'}`)
    expect((audit.rows[0] as { n: number }).n).toBe(0)
  })

  it('refuses a plain name beside a sealed identity (database check)', async () => {
    const { db } = app.server.database
    await expect(
      db.execute(sql`update reception_visit_citizens set full_name = ${NAME} where visit_id = ${visit.id}`),
    ).rejects.toThrow()
  })

  it('leaves an ordinary visit in plain text', async () => {
    const r = await reception.post<Visit & ErrorBody>(
      '/api/reception/visits',
      denunciationVisit({
        citizens: [{ fullName: 'Đào Văn Công Khai', idNumber: '001299777002' }],
        summary: 'Hỏi thủ tục xin giấy phép sửa chữa nhà ở',
        contentKinds: ['KN-PA'],
        outcome: 'guided',
        guidance: 'Hướng dẫn nộp hồ sơ tại bộ phận Một cửa',
        cases: undefined,
      }),
    )
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    expect(r.body.identityProtected).toBe(false)
    expect(r.body.citizens[0]).toMatchObject({ fullName: 'Đào Văn Công Khai', protected: false })
  })
})

describe('cases opened at a protected visit', () => {
  it('keep the identity sealed in a complaint opened beside the denunciation', async () => {
    const r = await reception.post<Visit & ErrorBody>(
      '/api/reception/visits',
      denunciationVisit({
        summary: 'Khiếu nại xử phạt và tố cáo cán bộ đội trật tự xây dựng',
        contentKinds: ['KN', 'TC'],
        cases: [
          ...denunciationVisit().cases,
          {
            kind: 'complaint',
            summary: 'Khiếu nại quyết định xử phạt xây dựng',
            content: 'Không đồng ý với quyết định xử phạt vi phạm hành chính về xây dựng.',
          },
        ],
      }),
    )
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    const complaint = r.body.cases.find((c) => c.kind === 'complaint')
    expect(complaint).toBeTruthy()
    const detail = await reception.get<Record<string, unknown>>(`/api/cases/${complaint?.id}`)
    expect(detail.status).toBe(200)
    expect(leaks(JSON.stringify(detail.body))).toEqual([])
  })
})

describe('every reader shows the label', () => {
  it('the detail, to the officer who recorded it and to a leader', async () => {
    for (const client of [reception, leader]) {
      const r = await client.get<Visit>(`/api/reception/visits/${visit.id}`)
      expect(r.status).toBe(200)
      expect(r.body.identityProtected).toBe(true)
      expect(r.body.citizenName).toBe(LABEL)
      expect(r.body.citizens).toEqual([
        {
          fullName: LABEL,
          idNumber: null,
          phone: null,
          unitCode: null,
          addressDetail: null,
          representative: false,
          protected: true,
        },
      ])
      expect(leaks(JSON.stringify(r.body))).toEqual([])
    }
    expect(visit.citizenName).toBe(LABEL)
    expect(leaks(JSON.stringify(visit))).toEqual([])
  })

  it('the list, found by its content but never by the person', async () => {
    const bySummary = await reception.get<{ items: Visit[] }>(
      `/api/reception/visits?q=${encodeURIComponent('hop thuc hoa cong trinh')}`,
    )
    expect(bySummary.body.items.map((i) => i.id)).toEqual([visit.id])
    expect(bySummary.body.items[0]?.citizenName).toBe(LABEL)
    const all = await reception.get<{ items: Visit[] }>('/api/reception/visits?from=2026-09-14&to=2026-09-14')
    expect(all.body.items.map((i) => i.id)).toContain(visit.id)
    expect(leaks(JSON.stringify(all.body))).toEqual([])
    for (const q of [FOLDED, NAME, ID_NUMBER]) {
      const r = await reception.get<{ items: Visit[] }>(`/api/reception/visits?q=${encodeURIComponent(q)}`)
      expect(r.body.items).toEqual([])
    }
  })

  it('the citizen lookup and search find nobody', async () => {
    for (const q of [FOLDED, ID_NUMBER]) {
      const r = await reception.get<{ visits: unknown[]; cases: unknown[] }>(
        `/api/reception/citizens?q=${encodeURIComponent(q)}`,
      )
      expect(r.status).toBe(200)
      expect(r.body).toEqual({ visits: [], cases: [] })
      const s = await reception.get<{ items: { id: string }[] }>(
        `/api/search?type=visit&q=${encodeURIComponent(q)}`,
      )
      expect(s.body.items.map((i) => i.id)).not.toContain(visit.id)
    }
    const s = await reception.get<{ items: { id: string; citizenName: string }[] }>(
      `/api/search?type=visit&q=${encodeURIComponent('hop thuc hoa cong trinh sai phep')}`,
    )
    expect(s.body.items.find((i) => i.id === visit.id)?.citizenName).toBe(LABEL)
  })

  it('the register 03/TCD: JSON, XLSX and the PDF document', async () => {
    const query = `organization=${org['HN-BADINH']}&from=2026-09-14&to=2026-09-14`
    const json = await reception.get<{ rows: string[][] }>(`/api/reception/register?${query}&format=json`)
    expect(json.status).toBe(200)
    const row = json.body.rows.find((r) => r[4] === denunciationVisit().summary)
    expect(row?.[2]).toBe(LABEL)
    expect(row?.[3]).toBe('')
    expect(leaks(JSON.stringify(json.body))).toEqual([])

    const xlsx = await reception.download(`/api/reception/register?${query}&format=xlsx`)
    expect(xlsx.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.data as unknown as ArrayBuffer)
    const cells: string[] = []
    workbook.worksheets[0]?.eachRow((r) => r.eachCell((cell) => cells.push(String(cell.value))))
    expect(cells).toContain(LABEL)
    expect(cells).toContain(denunciationVisit().summary)
    expect(leaks(cells.join('\n'))).toEqual([])

    // The PDF is rendered from this document: its table holds the label, nobody's name.
    const register = await buildRegister(app.server.database, systemActor(), {
      organization: org['HN-BADINH'] ?? '',
      from: '2026-09-14',
      to: '2026-09-14',
    })
    const document = registerDocument(register, 'Cán bộ lập sổ')
    expect(leaks(JSON.stringify(document))).toEqual([])
    expect(JSON.stringify(document)).toContain(LABEL)
    const pdf = await reception.download(`/api/reception/register?${query}&format=pdf`)
    expect(pdf.status).toBe(200)
  })

  it('the refusal notice (01/TCD) of a refused denouncer names nobody', async () => {
    const r = await reception.post<Visit & { refusalNotice: { id: string } | null } & ErrorBody>(
      '/api/reception/visits',
      denunciationVisit({
        visitedAt: '2026-09-15T09:00:00+07:00',
        summary: 'Tố cáo lại việc đã được giải quyết, không có tình tiết mới',
        outcome: 'refused',
        refusalGround: 'answered_no_new_facts',
        cases: undefined,
        documentsReceived: undefined,
      }),
    )
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    expect(r.body.refusalNotice).not.toBeNull()
    const document = await refusalNoticeDocument(app.server.database, systemActor(), r.body.id)
    expect(JSON.stringify(document)).toContain(LABEL)
    expect(leaks(JSON.stringify(document))).toEqual([])
  })
})

describe('repeat visits', () => {
  it('never compares a protected identity, and refuses to tie a protected visit to a plain one', async () => {
    const again = await reception.post<Visit & ErrorBody>(
      '/api/reception/visits',
      denunciationVisit({
        visitedAt: '2026-09-21T09:00:00+07:00',
        summary: 'Tiếp tục tố cáo cán bộ phường nhận tiền để hợp thức hóa công trình xây dựng sai phép',
        outcome: 'recorded',
        cases: undefined,
      }),
    )
    expect(again.status, JSON.stringify(again.body)).toBe(201)
    expect(again.body.repeatOfId).toBeNull()

    // The same person, later, about the same matter without a denunciation: the sealed visit is not matched.
    const plain = await reception.post<Visit & ErrorBody>(
      '/api/reception/visits',
      denunciationVisit({
        visitedAt: '2026-09-22T09:00:00+07:00',
        summary: 'Phản ánh cán bộ phường hợp thức hóa công trình xây dựng sai phép',
        contentKinds: ['KN-PA'],
        outcome: 'recorded',
        cases: undefined,
      }),
    )
    expect(plain.status, JSON.stringify(plain.body)).toBe(201)
    expect(plain.body.identityProtected).toBe(false)
    expect(plain.body.repeatOfId).toBeNull()

    const tied = await reception.post<ErrorBody>(
      '/api/reception/visits',
      denunciationVisit({
        visitedAt: '2026-09-23T09:00:00+07:00',
        outcome: 'recorded',
        cases: undefined,
        repeatOfVisitId: plain.body.id,
      }),
    )
    expect(tied.status).toBe(400)
    expect(tied.body.error.fields?.[0]?.path).toBe('repeatOfVisitId')

    // Named by the officer, an earlier protected visit may be the one repeated.
    const named = await reception.post<Visit & ErrorBody>(
      '/api/reception/visits',
      denunciationVisit({
        visitedAt: '2026-09-24T09:00:00+07:00',
        outcome: 'recorded',
        cases: undefined,
        repeatOfVisitId: visit.id,
      }),
    )
    expect(named.status, JSON.stringify(named.body)).toBe(201)
    expect(named.body.repeatOfId).toBe(visit.id)
    expect(named.body.cases.map((c) => c.id)).toEqual(visit.cases.map((c) => c.id))
  })
})

describe('reveal (POST /api/reception/visits/:id/reveal-identity)', () => {
  const reason = 'Xác minh nội dung tố cáo theo chỉ đạo của Chủ tịch UBND phường'
  const path = () => `/api/reception/visits/${visit.id}/reveal-identity`

  it('is refused without a reason, or with a short one', async () => {
    const none = await leader.post<ErrorBody>(path(), {})
    expect(none.status).toBe(400)
    expect(none.body.error.fields?.[0]?.path).toBe('reason')
    const short = await leader.post<ErrorBody>(path(), { reason: 'Cần xem' })
    expect(short.status).toBe(400)
    expect(short.body.error.fields?.[0]?.path).toBe('reason')
  })

  it('is refused to the reception officer, to the system administrator, and outside the scope', async () => {
    expect((await reception.post(path(), { reason })).status).toBe(403)
    expect((await admin.post(path(), { reason })).status).toBe(403)
    expect((await socson.post(path(), { reason })).status).toBe(404)
  })

  it('shows the leader who gives a reason the identity, audited in the same transaction', async () => {
    const { db } = app.server.database
    const before = await db.execute(
      sql`select count(*)::int as n from audit_log where action = 'reception.visit_identity_revealed' and entity_id = ${visit.id}`,
    )
    const r = await leader.post<{ citizens: Citizen[] }>(path(), { reason })
    expect(r.status).toBe(200)
    expect(r.body.citizens).toEqual([
      {
        fullName: NAME,
        idNumber: ID_NUMBER,
        phone: PHONE,
        unitCode: '00004',
        addressDetail: STREET,
        representative: false,
        protected: true,
      },
    ])
    const entries = (
      await db.execute(
        sql`select actor_name, summary from audit_log where action = 'reception.visit_identity_revealed' and entity_id = ${visit.id}`,
      )
    ).rows as { actor_name: string; summary: { reason: string } }[]
    expect(entries.length).toBe((before.rows[0] as { n: number }).n + 1)
    expect(entries.at(-1)?.actor_name).toBe('lanhdao.badinh')
    expect(entries.at(-1)?.summary.reason).toBe(reason)
    expect(leaks(JSON.stringify(entries))).toEqual([])
    // Revealing changes nothing for everybody else.
    const detail = await reception.get<Visit>(`/api/reception/visits/${visit.id}`)
    expect(detail.body.citizenName).toBe(LABEL)
  })

  it('answers 409 for a visit that has nobody to reveal', async () => {
    const plain = await reception.get<{ items: Visit[] }>(
      `/api/reception/visits?q=${encodeURIComponent('dao van cong khai')}`,
    )
    const id = plain.body.items[0]?.id
    expect(id).toBeDefined()
    const r = await leader.post<ErrorBody>(`/api/reception/visits/${id}/reveal-identity`, { reason })
    expect(r.status).toBe(409)
    expect(r.body.error.code).toBe('INVALID_TRANSITION')
  })
})

describe('visits recorded before sealing', () => {
  it('are sealed once at startup, in one transaction, audited as a system action; a second run does nothing', async () => {
    const { db } = app.server.database
    const id = newId()
    const [badinh] = (
      await db.execute(sql`select id, province_code from organizations where code = 'HN-BADINH'`)
    ).rows as { id: string; province_code: string | null }[]
    // A row as stored before this change: denunciation content, people in plain text.
    await db.execute(sql`
      insert into reception_visits (id, organization_id, province_code, visited_at, visit_date, kind,
        officer_name, summary, content_kinds, outcome)
      values (${id}, ${badinh?.id}, ${badinh?.province_code ?? null}, '2026-06-02T02:00:00Z', '2026-06-02',
        'regular', 'Cán bộ tiếp', 'Tố cáo cũ về việc thu tiền sai quy định', '{TC}', 'recorded')`)
    await db.execute(sql`
      insert into reception_visit_citizens (id, visit_id, province_code, position, full_name, id_number, phone,
        unit_code, address_detail)
      values (${newId()}, ${id}, ${badinh?.province_code ?? null}, 0, 'Lê Thị Cũ Kín', '001299777009',
        '0912777009', '00004', 'Số 1 ngõ Cũ')`)

    const key = loadOrCreateSecretKey(app.config.secretKeyFile)
    expect(await sealProtectedVisitors(app.server.database, key)).toBe(1)
    const row = (await db.execute(sql`select * from reception_visit_citizens where visit_id = ${id}`))
      .rows[0] as Record<string, unknown>
    expect(row).toMatchObject({ full_name: null, id_number: null, phone: null, unit_code: null })
    expect(String(row.sealed)).toMatch(/^v1\./)
    const marked = await db.execute(sql`select identity_protected from reception_visits where id = ${id}`)
    expect(marked.rows[0]).toEqual({ identity_protected: true })
    const audit = (
      await db.execute(
        sql`select actor_name, summary from audit_log where action = 'reception.visit_identity_sealed' and entity_id = ${id}`,
      )
    ).rows
    expect(audit).toEqual([{ actor_name: 'Hệ thống', summary: { citizensSealed: 1, marked: true } }])
    expect(await sealProtectedVisitors(app.server.database, key)).toBe(0)

    const revealed = await leader.post<{ citizens: Citizen[] }>(
      `/api/reception/visits/${id}/reveal-identity`,
      {
        reason: 'Đối chiếu đơn tố cáo cũ theo yêu cầu của Thanh tra thành phố',
      },
    )
    expect(revealed.body.citizens[0]).toMatchObject({
      fullName: 'Lê Thị Cũ Kín',
      idNumber: '001299777009',
      phone: '0912777009',
      unitCode: '00004',
      addressDetail: 'Số 1 ngõ Cũ',
    })
  })
})
