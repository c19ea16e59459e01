import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { dueDate } from '../../src/modules/rules/index.ts'
import { addWorkingDays, calendarFor } from '../../src/modules/calendar/index.ts'
import { COMMITMENT_REMINDERS_JOB } from '../../src/modules/activities/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

let app: TestApp
let leaderHanoi: ApiClient
let officer: ApiClient
let viewer: ApiClient
let leaderBadinh: ApiClient
const org: Record<string, string> = {}

interface Commitment {
  id: string
  status: string
  dueDate: string
  dueRuleKey: string | null
  overdue: boolean
  kind: string
  version: number
  allowedActions: string[]
  history?: { action: string; toStatus: string }[]
}
interface Activity {
  id: string
  level: string
  unitCode: string | null
  participantsTotal: number
  version: number
  commitments: Commitment[]
  checks: { ruleKey: string; ok: boolean }[]
}
interface Counts {
  activities: number
  participants: number
}
interface Summary {
  totals: Counts
  groups: (Counts & { key: string; historical?: boolean })[]
  byLevel: (Counts & { level: string })[]
  byKind: (Counts & { kind: string; byLevel: Record<string, number> })[]
  byMonth: (Counts & { month: string })[]
  headlines: string[]
  remapped: {
    note: string
    provinces: (Counts & { code: string; fromOldMap: number })[]
    units: (Counts & { code: string })[]
    unmapped: Counts
  }
}
type TransitionError = ErrorBody & { error: { allowed?: string[] } }

const login = async (username: string) => {
  const client = new ApiClient(app.url)
  expect((await client.login(username, DEMO_PASSWORD)).status).toBe(200)
  return client
}

/** A valid body per kind (dates in 2023, outside the summary fixture of 2024). */
const validDetails: Record<string, Record<string, unknown>> = {
  dialogue: {
    host: { role: 'government_head', name: 'Phạm Thị Lan', title: 'Chủ tịch UBND phường' },
    topic: 'Chỉnh trang đô thị, trật tự vỉa hè',
    questions: [{ text: 'Khi nào sửa đường ngõ 12?', answeredOnSpot: false }],
  },
  supervision: {
    body: 'fatherland_front',
    subject: 'UBND phường Ba Đình',
    content: 'Giám sát việc giải quyết thủ tục hành chính',
    form: 'team',
    planSentOn: '2023-05-01',
  },
  social_criticism: {
    body: 'fatherland_front',
    draftTitle: 'Dự thảo quy định quản lý vỉa hè',
    draftingBody: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    draftReceivedOn: '2023-05-01',
    submissionOn: '2023-05-10',
    form: 'conference',
  },
  training: { topic: 'Kỹ năng dân vận khéo', audience: 'Cán bộ tổ dân phố', sessions: 2 },
  dissemination: {
    document: 'Nghị quyết số 25-NQ/TW',
    partyCells: { total: 40, reached: 40 },
    organizations: { total: 12, reached: 11 },
  },
  field_visit: {
    officials: [{ name: 'Trần Văn Đức', title: 'Phó Chủ tịch' }],
    purpose: 'Nắm tình hình tổ dân phố số 5',
  },
  coordination_programme: {
    programmeType: 'coordination_regulation',
    parties: ['UBND phường Ba Đình', 'Ủy ban MTTQ phường Ba Đình'],
    signedOn: '2023-05-20',
    termFrom: '2023-05-20',
    termTo: '2026-05-20',
  },
  neighbourhood_activity: { neighbourhood: 'Tổ dân phố số 7', activityType: 'cleanup', householdsTotal: 120 },
  cofunded_project: {
    project: 'Cải tạo ngõ 45 Đội Cấn',
    totalCost: 900_000_000,
    stateContribution: 600_000_000,
    peopleContribution: 250_000_000,
    labourDays: 320,
    households: 85,
    progress: 100,
    handoverOn: '2023-08-01',
  },
}
/** One invalid variant per kind and the field its error must name. */
const invalid: [string, Record<string, unknown>, string][] = [
  ['dialogue', { host: undefined }, 'details.host'],
  ['supervision', { planSentOn: undefined }, 'details.planSentOn'],
  ['social_criticism', { form: 'email' }, 'details.form'],
  ['training', { sessions: 0 }, 'details.sessions'],
  ['dissemination', { partyCells: { total: 10, reached: 11 } }, 'details.partyCells.reached'],
  ['field_visit', { officials: [] }, 'details.officials'],
  ['coordination_programme', { termTo: '2020-01-01' }, 'details.termTo'],
  ['neighbourhood_activity', { activityType: 'party' }, 'details.activityType'],
  ['cofunded_project', { peopleContribution: 400_000_000 }, 'details.peopleContribution'],
]

const body = (kind: string, overrides: Record<string, unknown> = {}) => ({
  kind,
  startsOn: '2023-05-25',
  title: `Hoạt động ${kind}`,
  place: 'Hội trường UBND phường',
  details: validDetails[kind],
  ...overrides,
})

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  leaderHanoi = await login('lanhdao.hanoi')
  officer = await login('danvan.badinh')
  viewer = await login('xem.hoankiem')
  leaderBadinh = await login('lanhdao.badinh')
  const { rows } = await app.server.database.pool.query<{ id: string; code: string }>(
    'select id, code from organizations',
  )
  for (const r of rows) org[r.code] = r.id
}, 120_000)

afterAll(async () => {
  await app?.close()
})

describe('activity kinds: each kind validates its own fields', () => {
  it.each(Object.keys(validDetails))('records a valid %s', async (kind) => {
    const created = await officer.post<Activity>('/api/activities', body(kind))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.level).toBe('commune')
    expect(created.body.unitCode).toBe('00004')
  })

  it.each(invalid)('refuses an invalid %s, naming the field', async (kind, change, path) => {
    const details = { ...validDetails[kind], ...change }
    const refused = await officer.post<ErrorBody>('/api/activities', body(kind, { details }))
    expect(refused.status).toBe(400)
    expect(refused.body.error.code).toBe('VALIDATION_FAILED')
    expect(refused.body.error.fields?.map((f) => f.path)).toContain(path)
    expect(refused.body.error.fields?.[0]?.message).toMatch(/[à-ỹ]/)
  })

  it('refuses an unknown kind, a group the kind does not count, and the district level after 2025', async () => {
    const unknown = await officer.post<ErrorBody>('/api/activities', body('meeting'))
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.fields?.[0]?.path).toBe('kind')
    const group = await officer.post<ErrorBody>(
      '/api/activities',
      body('training', { participants: { officials: 10, businesses: 3 } }),
    )
    expect(group.status).toBe(400)
    expect(group.body.error.fields?.map((f) => f.path)).toEqual(['participants.businesses'])
    const district = await officer.post<ErrorBody>(
      '/api/activities',
      body('training', { startsOn: '2025-09-01', level: 'district' }),
    )
    expect(district.status).toBe(400)
    expect(district.body.error.fields?.[0]?.path).toBe('level')
    const unit = await officer.post<ErrorBody>(
      '/api/activities',
      body('training', { unitCode: '00001', startsOn: '2025-09-01' }),
    )
    expect(unit.status).toBe(400)
    expect(unit.body.error.fields?.[0]?.path).toBe('unitCode')
  })

  it('checks the supervision plan notice against the rule book', async () => {
    const late = await officer.post<Activity>(
      '/api/activities',
      body('supervision', { details: { ...validDetails.supervision, planSentOn: '2023-05-20' } }),
    )
    expect(late.status).toBe(201)
    expect(late.body.checks).toEqual([
      expect.objectContaining({ ruleKey: 'front.supervision_plan_notice', ok: false }),
    ])
  })

  it('lets a viewer read but not record, and hides other communes', async () => {
    const refused = await viewer.post<ErrorBody>('/api/activities', body('training'))
    expect(refused.status).toBe(403)
    const mine = await officer.post<Activity>('/api/activities', body('training'))
    expect((await viewer.get(`/api/activities/${mine.body.id}`)).status).toBe(404)
    expect((await leaderHanoi.get(`/api/activities/${mine.body.id}`)).status).toBe(200)
  })
})

describe('commitments: followed to the end with rule-book deadlines', () => {
  let dialogue: Activity
  it('turns the questions of a dialogue into commitments due by the rule book', async () => {
    const created = await officer.post<Activity>('/api/activities', {
      ...body('dialogue', { startsOn: '2023-10-10', title: 'Đối thoại với Nhân dân tổ dân phố 5' }),
      participants: { citizens: 90, officials: 12 },
      commitments: [
        {
          question: 'Đường ngõ 12 ngập khi mưa',
          content: 'Khảo sát và nạo vét cống ngõ 12',
          ownerOrganizationId: org['HN-BADINH'],
        },
        {
          question: 'Chiếu sáng ngõ 3',
          content: 'Lắp thêm đèn chiếu sáng',
          ownerName: 'Công ty Chiếu sáng',
          workingDays: 5,
        },
      ],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    dialogue = created.body
    expect(dialogue.participantsTotal).toBe(102)
    const rule = await dueDate(app.server.database, 'activities.dialogue_commitment', '2023-10-10', {
      province: '01',
    })
    const five = addWorkingDays('2023-10-10', 5, await calendarFor(app.server.database, '01'))
    const [a, b] = [...dialogue.commitments].sort((x, y) => x.dueDate.localeCompare(y.dueDate)).reverse()
    expect(a).toMatchObject({
      dueDate: rule.due,
      dueRuleKey: 'activities.dialogue_commitment',
      status: 'open',
      overdue: true,
    })
    expect(b).toMatchObject({ dueDate: five.due, dueRuleKey: null })
  })

  it('completes, refuses a second completion with the allowed actions, reopens, extends and cancels', async () => {
    const c = dialogue.commitments.find((x) => x.dueRuleKey !== null) as Commitment
    const path = `/api/commitments/${c.id}/actions`
    const noResult = await officer.post<ErrorBody>(`${path}/complete`, {})
    expect(noResult.status).toBe(400)
    expect(noResult.body.error.fields?.[0]?.path).toBe('result')
    const done = await officer.post<Commitment>(`${path}/complete`, {
      result: 'Đã nạo vét 120 m cống',
      date: '2023-10-25',
    })
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ status: 'done', overdue: false, allowedActions: ['reopen'] })
    const again = await officer.post<TransitionError>(`${path}/complete`, { result: 'x' })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('INVALID_TRANSITION')
    expect(again.body.error.allowed).toEqual(['reopen'])
    expect((await officer.post(`${path}/reopen`, { reason: 'Người dân phản ánh vẫn ngập' })).status).toBe(200)
    const extended = await officer.post<Commitment>(`${path}/extend`, {
      reason: 'Chờ kinh phí',
      workingDays: 10,
    })
    expect(extended.status).toBe(200)
    const ten = addWorkingDays(c.dueDate, 10, await calendarFor(app.server.database, '01'))
    expect(extended.body).toMatchObject({ status: 'extended', dueDate: ten.due })
    const stale = await officer.post<ErrorBody>(`${path}/cancel`, { reason: 'x', expectedVersion: 1 })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe('CONFLICT')
    const cancelled = await officer.post<Commitment>(`${path}/cancel`, { reason: 'Đã có dự án khác' })
    expect(cancelled.body.status).toBe('cancelled')
    const detail = await officer.get<Commitment>(`/api/commitments/${c.id}`)
    expect(detail.body.history?.map((h) => h.action)).toEqual([
      'create',
      'complete',
      'reopen',
      'extend',
      'cancel',
    ])
    const unknown = await officer.post<TransitionError>(`${path}/approve`, {})
    expect(unknown.status).toBe(409)
    expect(unknown.body.error.allowed).toEqual(['reopen'])
    expect((await viewer.post(`${path}/reopen`, { reason: 'x' })).status).toBe(404)
  })

  it('tracks a supervision recommendation to the written response (legal-facts §8)', async () => {
    const supervision = await officer.post<Activity>(
      '/api/activities',
      body('supervision', { startsOn: '2023-06-05', organizationId: org['HN-BADINH-MTTQ'] }),
    )
    const added = await officer.post<Commitment>('/api/commitments', {
      activityId: supervision.body.id,
      question: 'Thủ tục cấp phép xây dựng chậm',
      content: 'Rà soát, rút ngắn thời gian giải quyết hồ sơ cấp phép',
      ownerName: 'UBND phường Ba Đình',
    })
    expect(added.status).toBe(201)
    const rule = await dueDate(app.server.database, 'front.supervision_response', '2023-06-05', {
      province: '01',
    })
    expect(added.body).toMatchObject({ kind: 'recommendation', dueDate: rule.due })
    const noResponse = await officer.post<ErrorBody>(`/api/commitments/${added.body.id}/actions/complete`, {
      result: 'Đã trả lời',
    })
    expect(noResponse.status).toBe(400)
    expect(noResponse.body.error.fields?.map((f) => f.path)).toEqual(['responseReference'])
    const answered = await officer.post<Commitment>(`/api/commitments/${added.body.id}/actions/complete`, {
      result: 'UBND phường tiếp thu, rút ngắn còn 10 ngày',
      responseReference: 'Công văn số 215/UBND-QLĐT ngày 20/06/2023',
    })
    expect(answered.body.status).toBe('done')
    const training = await officer.post<Activity>('/api/activities', body('training'))
    const refused = await officer.post<ErrorBody>('/api/commitments', {
      activityId: training.body.id,
      question: 'x x x',
      content: 'y y y',
      ownerName: 'Ai đó',
    })
    expect(refused.status).toBe(400)
    expect(refused.body.error.fields?.[0]?.path).toBe('activityId')
  })

  it('lists overdue commitments and reminds their owners once a day', async () => {
    const overdue = await officer.get<{ items: Commitment[] }>('/api/commitments?overdue=true&limit=100')
    expect(overdue.status).toBe(200)
    expect(overdue.body.items.length).toBeGreaterThan(0)
    expect(overdue.body.items.every((c) => c.overdue && ['open', 'extended'].includes(c.status))).toBe(true)
    const open = dialogue.commitments.find((x) => x.dueRuleKey === null) as Commitment
    expect(overdue.body.items.map((c) => c.id)).toContain(open.id)
    const first = (await app.server.jobs.runNow(COMMITMENT_REMINDERS_JOB)) as { notifications: number }
    expect(first.notifications).toBeGreaterThan(0)
    const again = (await app.server.jobs.runNow(COMMITMENT_REMINDERS_JOB)) as { notifications: number }
    expect(again.notifications).toBe(0)
    const inbox = await leaderBadinh.get<{ items: { kind: string; body: string }[] }>(
      '/api/notifications?limit=100',
    )
    expect(
      inbox.body.items.some((n) => n.kind === 'commitment_overdue' && n.body.includes('Lắp thêm đèn')),
    ).toBe(true)
  })
})

describe('summary: counts match a hand-computed fixture, including the old map', () => {
  beforeAll(async () => {
    // A fictitious old district (valid until 30/06/2025) whose two communes went to two provinces.
    const pool = app.server.database.pool
    const q = async (text: string, values: unknown[] = []) =>
      (await pool.query<{ id: string }>(text, values)).rows
    const [oldHanoi] = await q(`select id from admin_units where code = '01' and valid_to = '2025-06-30'`)
    const [badinh] = await q(`select id from admin_units where code = '00004' and valid_to is null`)
    const [saigon] = await q(
      `select id from admin_units where province_code = '79' and level = 'commune' and valid_to is null order by code limit 1`,
    )
    const unit = (id: string, code: string, name: string, level: string, parent: string | undefined) =>
      q(
        `insert into admin_units (id, code, name, short_name, type, level, parent_id, province_code, valid_to, search_key, source)
         values ($1, $2, $3, $3, $4, $5, $6, '01', '2025-06-30', vn_fold($3), 'reference')`,
        [id, code, name, level === 'district' ? 'huyen' : 'xa', level, parent],
      )
    const district = '00000000-0000-7000-8000-000000000991'
    await unit(district, '999', 'Huyện Thử Nghiệm', 'district', oldHanoi?.id)
    await unit('00000000-0000-7000-8000-000000000992', '99901', 'Xã Thử Một', 'commune', district)
    await unit('00000000-0000-7000-8000-000000000993', '99902', 'Xã Thử Hai', 'commune', district)
    await q(
      `insert into admin_unit_successions (predecessor_id, successor_id, effective_date, legal_act) values
       ('00000000-0000-7000-8000-000000000992', $1, '2025-07-01', 'Thử nghiệm'),
       ('00000000-0000-7000-8000-000000000993', $2, '2025-07-01', 'Thử nghiệm')`,
      [badinh?.id, saigon?.id],
    )
    const record = async (client: ApiClient, b: Record<string, unknown>) => {
      const r = await client.post<Activity>('/api/activities', b)
      expect(r.status, JSON.stringify(r.body)).toBe(201)
      return r.body
    }
    // 1 province dialogue (250), 3 district (120 + 40 + 12), 2 commune (90 + 30→35); one cancelled; one
    // on 31/12/2023 outside the year.
    await record(leaderHanoi, {
      ...body('dialogue', { startsOn: '2024-03-15', unitCode: '01' }),
      participants: { citizens: 200, officials: 50 },
    })
    await record(officer, {
      ...body('dialogue', { startsOn: '2024-04-10', unitCode: '001' }),
      participants: { citizens: 120 },
    })
    await record(officer, {
      ...body('dialogue', { startsOn: '2024-04-20', unitCode: '00004' }),
      participants: { citizens: 80, officials: 10 },
    })
    await record(officer, {
      ...body('training', { startsOn: '2024-05-02', unitCode: '001' }),
      participants: { officials: 40 },
    })
    await record(officer, {
      ...body('supervision', {
        startsOn: '2024-05-31',
        unitCode: '999',
        organizationId: org['HN-BADINH-MTTQ'],
      }),
      participants: { officials: 12 },
    })
    const visit = await record(officer, {
      ...body('field_visit', { startsOn: '2024-06-01', unitCode: '00004' }),
      participants: { households: 30 },
    })
    const patched = await officer.patch<Activity>(`/api/activities/${visit.id}`, {
      participants: { households: 35 },
    })
    expect(patched.body.participantsTotal).toBe(35)
    const cancelled = await record(officer, body('dialogue', { startsOn: '2024-06-15' }))
    expect((await officer.patch(`/api/activities/${cancelled.id}`, { status: 'cancelled' })).status).toBe(200)
    await record(officer, {
      ...body('dialogue', { startsOn: '2023-12-31' }),
      participants: { citizens: 999 },
    })
  })

  it('counts by level, kind and month for the province over 2024', async () => {
    const s = (await leaderHanoi.get<Summary>('/api/activities/summary?from=2024-01-01&to=2024-12-31')).body
    expect(s.totals).toEqual({ activities: 6, participants: 547 })
    expect(s.groups.map((g) => [g.key, g.activities, g.participants])).toEqual([
      ['province', 1, 250],
      ['district', 3, 172],
      ['commune', 2, 125],
    ])
    expect(s.byKind.find((k) => k.kind === 'dialogue')).toMatchObject({
      activities: 3,
      byLevel: { province: 1, district: 1, commune: 1 },
    })
    expect(s.headlines[0]).toBe('3 hội nghị đối thoại (1 cấp tỉnh; 1 cấp huyện; 1 cấp xã)')
    expect(s.byMonth.map((m) => [m.month, m.activities])).toEqual([
      ['2024-03', 1],
      ['2024-04', 2],
      ['2024-05', 2],
      ['2024-06', 1],
    ])
  })

  it('re-maps the old map onto today’s provinces, once per province, and says so', async () => {
    const s = (
      await leaderHanoi.get<Summary>('/api/activities/summary?from=2024-01-01&to=2024-12-31&groupBy=unit')
    ).body
    expect(s.remapped.provinces.map((p) => [p.code, p.activities, p.participants, p.fromOldMap])).toEqual([
      ['01', 6, 547, 6],
      ['79', 1, 12, 1],
    ])
    expect(s.remapped.note).toMatch(/địa giới cũ/)
    const recorded = Object.fromEntries(s.groups.map((g) => [g.key, g.activities]))
    expect(recorded).toEqual({ '01': 1, '001': 2, '00004': 2, '999': 1 })
    expect(s.groups.every((g) => g.historical)).toBe(true)
    const district = s.remapped.units.filter((u) => u.code === '00004')
    expect(district).toHaveLength(1)
  })

  it('reads partial months from the daily table and whole months from the monthly one', async () => {
    const s = (
      await leaderHanoi.get<Summary>('/api/activities/summary?from=2024-03-15&to=2024-05-31&groupBy=kind')
    ).body
    expect(s.totals.activities).toBe(5)
    expect(s.groups.map((g) => [g.key, g.activities])).toEqual([
      ['dialogue', 3],
      ['supervision', 1],
      ['training', 1],
    ])
    const edge = (await leaderHanoi.get<Summary>('/api/activities/summary?from=2023-12-31&to=2024-03-15'))
      .body
    expect(edge.totals).toEqual({ activities: 2, participants: 1249 })
  })

  it('scopes to the caller’s subtree, and refuses a bad period', async () => {
    const s = (await leaderBadinh.get<Summary>('/api/activities/summary?from=2024-01-01&to=2024-12-31')).body
    expect(s.totals).toEqual({ activities: 5, participants: 297 })
    const other = await viewer.get<Summary>('/api/activities/summary?from=2024-01-01&to=2024-12-31')
    expect(other.body.totals.activities).toBe(0)
    const outside = await viewer.get<ErrorBody>(`/api/activities/summary?organization=${org['HN-BADINH']}`)
    expect(outside.status).toBe(400)
    const bad = await leaderHanoi.get<ErrorBody>('/api/activities/summary?from=2024-05-01&to=2024-01-01')
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields?.[0]?.path).toBe('from')
  })
})

describe('attachments: minutes, photos, attendee lists', () => {
  it('stores the minutes of an activity and serves them to readers in scope only', async () => {
    const created = await officer.post<Activity>('/api/activities', body('training'))
    const minutes = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
    const form = new FormData()
    form.append('attachments', new Blob([minutes]), 'Biên bản hội nghị.pdf')
    const uploaded = await officer.upload<{ items: { id: string; fileName: string; mediaType: string }[] }>(
      `/api/activities/${created.body.id}/attachments`,
      form,
    )
    expect(uploaded.status).toBe(201)
    expect(uploaded.body.items[0]).toMatchObject({
      fileName: 'Biên bản hội nghị.pdf',
      mediaType: 'application/pdf',
    })
    const detail = await officer.get<{ attachments: { id: string }[] }>(`/api/activities/${created.body.id}`)
    expect(detail.body.attachments).toHaveLength(1)
    const id = uploaded.body.items[0]?.id ?? ''
    const download = await leaderHanoi.download(`/api/attachments/${id}`)
    expect(download.status).toBe(200)
    expect(download.data.equals(minutes)).toBe(true)
    expect((await viewer.download(`/api/attachments/${id}`)).status).toBe(404)
    const fake = new FormData()
    fake.append('attachments', new Blob([Buffer.from('not a pdf at all')]), 'bien-ban.pdf')
    const refused = await officer.upload<ErrorBody>(`/api/activities/${created.body.id}/attachments`, fake)
    expect(refused.status).toBe(400)
    expect((await viewer.upload(`/api/activities/${created.body.id}/attachments`, form)).status).toBe(404)
  })
})

describe('demo data', () => {
  it('reads like the seed articles: dozens of dialogues at two levels, commitments open, done and overdue', async () => {
    const s = (await leaderHanoi.get<Summary>('/api/activities/summary?groupBy=kind')).body
    const dialogue = s.byKind.find((k) => k.kind === 'dialogue')
    expect(dialogue?.activities).toBeGreaterThanOrEqual(20)
    expect(dialogue?.byLevel.commune).toBeGreaterThan(dialogue?.byLevel.province ?? 0)
    expect(s.byKind.length).toBe(9)
    const statuses = new Set<string>()
    let overdue = 0
    let cursor: string | null = null
    do {
      const page: { body: { items: Commitment[]; nextCursor: string | null } } = await leaderHanoi.get(
        `/api/commitments?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      )
      for (const c of page.body.items) {
        statuses.add(c.status)
        if (c.overdue) overdue++
      }
      cursor = page.body.nextCursor
    } while (cursor)
    expect([...statuses]).toEqual(expect.arrayContaining(['open', 'done', 'extended']))
    expect(overdue).toBeGreaterThan(0)
    const upcoming = await leaderHanoi.get<{ items: { startsOn: string; status: string }[] }>(
      '/api/activities?upcoming=true',
    )
    expect(upcoming.body.items.length).toBeGreaterThan(0)
    expect(upcoming.body.items.every((a) => a.status === 'planned')).toBe(true)
  })
})
