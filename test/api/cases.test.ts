import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { dueDate } from '../../src/modules/rules/index.ts'
import { invalidateCalendars, shiftIsoDate } from '../../src/modules/calendar/index.ts'
import { invalidateRules } from '../../src/modules/rules/rules-store.ts'
import { CASE_DEADLINES_JOB } from '../../src/modules/cases/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'
import { testDatabaseUrl } from '../support/db.ts'

let app: TestApp
let leader: ApiClient
let handler: ApiClient
let reception: ApiClient
let viewer: ApiClient
let supervisor: ApiClient

interface Deadline {
  ruleKey: string
  due: string
  daysLeft: number
  overdue: boolean
}
interface Intake {
  id: string
  trackingCode: string
  letterId: string
  status: string
  version: number
  dueDates: Deadline[]
}
interface CaseBody {
  id: string
  status: string
  version: number
  lifecycleId: string
  deadline: Deadline | null
  extensionCount: number
  citizenName: string
  citizens: { displayName: string; protected: boolean; fullName: string | null }[]
  allowedActions: { action: string; required: string[] }[]
}
type TransitionError = ErrorBody & { error: { allowed?: string[] } }

const citizen = {
  fullName: 'Nguyễn Văn An',
  idNumber: '001089012345',
  phone: '0912345678',
  address: { unitCode: '00004', detail: 'Số 12 phố Đội Cấn' },
}
const body = (overrides: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  channel: 'in_person',
  receivedAt: '2026-03-02T09:00:00+07:00',
  citizen,
  summary: 'Khiếu nại quyết định thu hồi đất',
  content: 'Tôi không đồng ý với quyết định thu hồi đất số 15/QĐ-UBND vì chưa được bồi thường thỏa đáng.',
  field: 'land',
  ...overrides,
})

const intake = async (overrides: Record<string, unknown> = {}) => {
  const r = await reception.post<Intake>('/api/cases', body(overrides))
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  return r.body
}
const act = async (client: ApiClient, id: string, action: string, payload: Record<string, unknown> = {}) =>
  client.post<CaseBody & TransitionError>(`/api/cases/${id}/actions/${action}`, payload)
const step = async (client: ApiClient, id: string, action: string, payload: Record<string, unknown> = {}) => {
  const r = await act(client, id, action, payload)
  expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200)
  return r.body
}
const expectedDue = async (key: string, date: string, options = {}) =>
  (await dueDate(app.server.database, key, date, { province: '01', ...options })).due

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  const login = async (username: string) => {
    const client = new ApiClient(app.url)
    expect((await client.login(username, DEMO_PASSWORD)).status).toBe(200)
    return client
  }
  leader = await login('lanhdao.badinh')
  handler = await login('chuyenvien.badinh')
  reception = await login('tiepdan.badinh')
  viewer = await login('xem.hoankiem')
  supervisor = await login('giamsat.badinh')
})
afterAll(() => app?.close())

describe('demo data', () => {
  it('loads a few hundred cases of every kind in many states', async () => {
    const counts = await app.server.database.pool.query<{ kind: string; n: number; states: number }>(
      'select kind, count(*)::int as n, count(distinct status)::int as states from cases group by kind',
    )
    const total = counts.rows.reduce((sum, r) => sum + r.n, 0)
    expect(total).toBeGreaterThanOrEqual(300)
    expect(counts.rows.map((r) => r.kind).sort()).toEqual([
      'complaint',
      'denunciation',
      'feedback',
      'petition',
    ])
    for (const r of counts.rows) expect(r.states).toBeGreaterThan(3)
  })
})

describe('intake (POST /api/cases)', () => {
  it('records the case at the caller’s organization with a tracking code and the intake deadline', async () => {
    const created = await intake()
    expect(created.trackingCode).toMatch(/^DV-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/)
    expect(created.status).toBe('received')
    expect(created.dueDates).toEqual([
      expect.objectContaining({
        ruleKey: 'complaint.accept',
        due: await expectedDue('complaint.accept', '2026-03-02'),
      }),
    ])
  })

  it('judges complaint acceptance by the rule in force on the received day: 10 working days, 7 from 01/07/2026', async () => {
    const before = await intake({ receivedAt: '2026-06-30T10:00:00+07:00' })
    const after = await intake({ receivedAt: '2026-07-01T10:00:00+07:00' })
    const tenWd = await expectedDue('complaint.accept', '2026-06-30')
    const sevenWd = await expectedDue('complaint.accept', '2026-07-01')
    expect(before.dueDates[0]?.due).toBe(tenWd)
    expect(after.dueDates[0]?.due).toBe(sevenWd)
    expect(sevenWd < tenWd).toBe(true)
  })

  it('counts the received day in Vietnam time, not UTC', async () => {
    const late = await intake({ receivedAt: '2026-06-30T18:30:00Z' }) // 01:30 on 01/07 in Hà Nội
    expect(late.dueDates[0]?.due).toBe(await expectedDue('complaint.accept', '2026-07-01'))
  })

  it('skips the Tết holidays when counting working days', async () => {
    const created = await intake({ receivedAt: '2026-02-12T08:00:00+07:00' })
    const due = created.dueDates[0]?.due ?? ''
    expect(due).toBe(await expectedDue('complaint.accept', '2026-02-12'))
    expect(due > '2026-02-26').toBe(true) // 10 working days with the Tết break in between
  })

  it('refuses a body without a citizen, with unknown fields, or a bad unit code — in Vietnamese', async () => {
    const noCitizen = await reception.post<ErrorBody>('/api/cases', body({ citizen: undefined }))
    expect(noCitizen.status).toBe(400)
    expect(noCitizen.body.error.fields?.[0]?.path).toBe('citizen')
    const extra = await reception.post<ErrorBody>('/api/cases', body({ colour: 'red' }))
    expect(extra.status).toBe(400)
    const badUnit = await reception.post<ErrorBody>(
      '/api/cases',
      body({ citizen: { ...citizen, address: { unitCode: '123', detail: 'x' } } }),
    )
    expect(badUnit.status).toBe(400)
    expect(badUnit.body.error.fields?.[0]?.message).toContain('Mã đơn vị hành chính')
  })

  it('keeps the forwarding body’s letter number and date, and links split cases to one letter', async () => {
    const first = await intake({
      channel: 'forwarded',
      forwarded: {
        body: 'Văn phòng Đoàn ĐBQH Hà Nội',
        letterNumber: '123/CV-ĐĐBQH',
        letterDate: '2026-02-20',
      },
    })
    const second = await intake({ kind: 'petition', letterId: first.letterId, field: 'construction' })
    expect(second.letterId).toBe(first.letterId)
    const detail = await handler.get<{ forwarded: unknown; letterId: string }>(`/api/cases/${first.id}`)
    expect(detail.body.forwarded).toEqual({
      body: 'Văn phòng Đoàn ĐBQH Hà Nội',
      letterNumber: '123/CV-ĐĐBQH',
      letterDate: '2026-02-20',
    })
    const noForwarding = await reception.post<ErrorBody>('/api/cases', body({ channel: 'forwarded' }))
    expect(noForwarding.status).toBe(400)
  })

  // The embedded database multiplexes every pool connection onto one PGlite session, and concurrent
  // transactions there interfere with each other in every module (a platform limitation reported with
  // issue 6); the pool-exhaustion property is checked on PostgreSQL.
  it.skipIf(!testDatabaseUrl)(
    'takes many intakes at once with cold reference caches without exhausting the pool',
    async () => {
      invalidateRules(app.server.database)
      invalidateCalendars(app.server.database)
      const results = await Promise.all(
        Array.from({ length: 12 }, () => reception.post<Intake>('/api/cases', body({ kind: 'feedback' }))),
      )
      expect(results.map((r) => r.status)).toEqual(Array(12).fill(201))
      const c = results[0]?.body
      const [a, b] = await Promise.all([step(handler, c?.id ?? '', 'accept'), intake()])
      expect(a.status).toBe('accepted')
      expect(b.status).toBe('received')
    },
  )

  it('lets only officials with the intake permission receive letters', async () => {
    expect((await viewer.post('/api/cases', body())).status).toBe(403)
    expect((await supervisor.post('/api/cases', body())).status).toBe(403)
  })

  it('links repeat letters about one matter and counts them', async () => {
    const first = await intake({ newMatter: true, complexity: 'complex' })
    const detail = await handler.get<{ matterId: string }>(`/api/cases/${first.id}`)
    await intake({ matterId: detail.body.matterId })
    const matters = await leader.get<{ items: { id: string; letterCount: number; complex: boolean }[] }>(
      '/api/matters',
    )
    expect(matters.body.items.find((m) => m.id === detail.body.matterId)).toMatchObject({
      letterCount: 2,
      complex: true,
    })
  })
})

describe('complaint lifecycle through the API', () => {
  it('walks accept → verify → suspend → resume → dialogue → decide → send → final → enforced', async () => {
    const c = await intake()
    let state = await step(handler, c.id, 'accept', { date: '2026-03-05' })
    expect(state.status).toBe('accepted')
    expect(state.deadline?.due).toBe(await expectedDue('complaint.resolve.first', '2026-03-05'))
    expect((await step(handler, c.id, 'start_verification')).status).toBe('verifying')
    state = await step(leader, c.id, 'suspend', {
      decisionNumber: '12/QĐ-UBND',
      reason: 'Chờ kết quả giám định',
      legalBasis: 'NĐ 155/2026 Điều 12',
    })
    expect(state.status).toBe('suspended')
    expect(state.deadline).toBeNull()
    state = await step(leader, c.id, 'resume', { decisionNumber: '20/QĐ-UBND', date: '2026-05-04' })
    // NĐ 155 Art. 12: the resolution period restarts from the resume decision.
    expect(state.deadline?.due).toBe(await expectedDue('complaint.resolve.first', '2026-05-04'))
    expect((await step(handler, c.id, 'hold_dialogue', { dialogueDate: '2026-05-10' })).status).toBe(
      'dialogue',
    )
    state = await step(leader, c.id, 'decide', {
      decisionNumber: '25/QĐ-UBND',
      decisionDate: '2026-05-20',
      legalBasis: 'Luật Khiếu nại Điều 31',
      result: 'Giữ nguyên quyết định thu hồi đất',
    })
    expect(state.deadline?.due).toBe(await expectedDue('complaint.decision.first_send', '2026-05-20'))
    state = await step(handler, c.id, 'send_decision', { sentDate: '2026-05-21' })
    expect(state.deadline?.due).toBe(await expectedDue('complaint.decision.final', '2026-05-21'))
    expect((await step(handler, c.id, 'finalize')).deadline).toBeNull()
    state = await step(handler, c.id, 'enforce', { enforcementNote: 'Đã thi hành xong' })
    expect(state.status).toBe('enforced')
    expect(state.allowedActions).toEqual([])
    const after = await act(handler, c.id, 'accept')
    expect(after.status).toBe(409)
    expect(after.body.error).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [] })

    const timeline = await handler.get<{ items: { action: string }[] }>(`/api/cases/${c.id}/timeline`)
    expect(timeline.body.items.map((e) => e.action)).toEqual([
      'intake',
      'accept',
      'start_verification',
      'suspend',
      'resume',
      'hold_dialogue',
      'decide',
      'send_decision',
      'finalize',
      'enforce',
    ])
  })

  it('uses the complex and remote variants of the resolution period', async () => {
    const c = await intake({ complexity: 'complex', remote: true })
    const state = await step(handler, c.id, 'accept', { date: '2026-03-05' })
    expect(state.deadline?.ruleKey).toBe('complaint.resolve.first.remote_complex')
    expect(state.deadline?.due).toBe(
      await expectedDue('complaint.resolve.first', '2026-03-05', { complex: true, remote: true }),
    )
  })

  it('walks a second-instance complaint, where dialogue is required before the decision', async () => {
    const c = await intake({ instance: 'second' })
    await step(handler, c.id, 'accept', { date: '2026-03-05' })
    await step(handler, c.id, 'start_verification')
    const early = await act(leader, c.id, 'decide', {
      decisionNumber: '1',
      decisionDate: '2026-03-20',
      legalBasis: 'x',
      result: 'y',
    })
    expect(early.status).toBe(409)
    expect(early.body.error.allowed).toContain('hold_dialogue')
  })

  it('refuses an illegal step with 409 INVALID_TRANSITION listing the allowed actions', async () => {
    const c = await intake()
    const r = await act(leader, c.id, 'decide', { decisionNumber: '1' })
    expect(r.status).toBe(409)
    expect(r.body.error.code).toBe('INVALID_TRANSITION')
    expect(r.body.error.allowed).toEqual(['accept', 'refuse', 'guide', 'forward', 'file', 'withdraw'])
    expect(r.body.error.message).toContain('Đã tiếp nhận')
  })

  it('checks the role before the body, and the body before anything is written', async () => {
    const c = await intake()
    await step(handler, c.id, 'accept')
    await step(handler, c.id, 'start_verification')
    expect((await act(handler, c.id, 'suspend', {})).status).toBe(403) // signers only
    expect((await act(reception, c.id, 'start_verification')).status).toBe(409)
    const missing = await act(leader, c.id, 'suspend', { decisionNumber: '1' })
    expect(missing.status).toBe(400)
    expect(missing.body.error.fields?.map((f) => f.path)).toEqual(['reason', 'legalBasis'])
    const badDate = await act(handler, c.id, 'hold_dialogue', { dialogueDate: '20/05/2026' })
    expect(badDate.status).toBe(400)
    const unknown = await act(handler, c.id, 'fly')
    expect(unknown.status).toBe(409)
  })

  it('refuses concurrent edits with 409 CONFLICT and loses neither', async () => {
    const c = await intake()
    const [a, b] = await Promise.all([
      act(handler, c.id, 'accept', { expectedVersion: 1 }),
      act(handler, c.id, 'file', { expectedVersion: 1, reason: 'Trùng đơn' }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const loser = a.status === 409 ? a : b
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(loser.body.error.code)
    const timeline = await handler.get<{ items: unknown[] }>(`/api/cases/${c.id}/timeline`)
    expect(timeline.body.items).toHaveLength(2)
  })

  it('answers 409 CONFLICT for a stale expectedVersion or If-Match even when the step would be legal', async () => {
    const c = await intake()
    await step(handler, c.id, 'accept', { expectedVersion: 1 })
    const r = await act(handler, c.id, 'start_verification', { expectedVersion: 1 })
    expect(r.status).toBe(409)
    expect(r.body.error.code).toBe('CONFLICT')
    const stale = await handler.request<ErrorBody>(
      'POST',
      `/api/cases/${c.id}/actions/start_verification`,
      {},
      { 'if-match': '"1"' },
    )
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe('CONFLICT')
    expect((await act(handler, c.id, 'start_verification', { expectedVersion: 2 })).status).toBe(200)
  })
})

describe('denunciation lifecycle and identity protection', () => {
  const secretName = 'Trần Thị Kín Đáo'
  const secretId = '001199887766'
  let protectedId = ''

  it('walks accept → verify → extend (complex: once) → conclude → send → close', async () => {
    const c = await intake({
      kind: 'denunciation',
      citizen: { fullName: secretName, idNumber: secretId, phone: '0987654321' },
      summary: 'Tố cáo cán bộ địa chính nhận tiền',
      field: 'officials_conduct',
    })
    protectedId = c.id
    expect(c.dueDates[0]?.ruleKey).toBe('denunciation.intake')
    let state = await step(handler, c.id, 'accept', { date: '2026-03-10' })
    const firstDue = await expectedDue('denunciation.resolve', '2026-03-10')
    expect(state.deadline?.due).toBe(firstDue)
    await step(handler, c.id, 'start_verification')
    const noComplexity = await act(leader, c.id, 'extend', {
      decisionNumber: '3/QĐ',
      reason: 'Cần xác minh thêm',
    })
    expect(noComplexity.status).toBe(400)
    state = await step(leader, c.id, 'extend', {
      decisionNumber: '3/QĐ',
      reason: 'Cần xác minh thêm',
      complexity: 'complex',
    })
    expect(state.extensionCount).toBe(1)
    // The extension adds its 30 days to the running period (a due date on a day off moves to the next
    // working day, Civil Code Art. 148).
    expect(state.deadline?.due).toBe(await expectedDue('denunciation.resolve.extension', firstDue))
    expect((state.deadline?.due ?? '') >= shiftIsoDate(firstDue, 30)).toBe(true)
    const again = await act(leader, c.id, 'extend', { decisionNumber: '4/QĐ', reason: 'Thêm nữa' })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('INVALID_TRANSITION')
    expect(again.body.error.allowed).toContain('conclude')
    expect(again.body.error.allowed).not.toContain('extend')
    await step(leader, c.id, 'conclude', {
      conclusionNumber: '5/KL-UBND',
      conclusionDate: '2026-05-01',
      result: 'Tố cáo đúng một phần',
    })
    await step(handler, c.id, 'send_conclusion', { sentDate: '2026-05-05' })
    state = await step(handler, c.id, 'close')
    expect(state.status).toBe('closed')
  })

  it('allows two extensions for an especially complex denunciation and no third', async () => {
    const c = await intake({ kind: 'denunciation', complexity: 'especially_complex' })
    await step(handler, c.id, 'accept', { date: '2026-03-10' })
    await step(handler, c.id, 'start_verification')
    await step(leader, c.id, 'extend', { decisionNumber: '1', reason: 'Lần 1' })
    await step(leader, c.id, 'extend', { decisionNumber: '2', reason: 'Lần 2' })
    expect((await act(leader, c.id, 'extend', { decisionNumber: '3', reason: 'Lần 3' })).status).toBe(409)
  })

  it('treats an anonymous denunciation as information: only file or forward (Law on Denunciations Art. 25)', async () => {
    const c = await intake({ kind: 'denunciation', anonymous: true, citizen: undefined })
    const detail = await handler.get<CaseBody>(`/api/cases/${c.id}`)
    expect(detail.body.lifecycleId).toBe('denunciation.anonymous')
    expect(detail.body.citizenName).toBe('Người gửi giấu tên')
    const r = await act(handler, c.id, 'accept')
    expect(r.status).toBe(409)
    expect(r.body.error.allowed).toEqual(['forward', 'file'])
    const forwarded = await step(handler, c.id, 'forward', {
      targetOrganization: 'Thanh tra thành phố Hà Nội',
    })
    expect(forwarded.status).toBe('forwarded')
  })

  it('never shows the protected denouncer in the case, the list, the timeline or the audit trail', async () => {
    const texts = await Promise.all([
      handler.get(`/api/cases/${protectedId}`),
      handler.get(`/api/cases/${protectedId}/timeline`),
      handler.get('/api/cases?kind=denunciation&limit=100'),
      leader.get(`/api/cases/${protectedId}`),
      leader.get('/api/audit?limit=100'),
    ])
    for (const r of texts) {
      expect(r.status).toBe(200)
      const text = JSON.stringify(r.body)
      expect(text).not.toContain(secretName)
      expect(text).not.toContain(secretId)
    }
    const detail = texts[0]?.body as CaseBody
    expect(detail.citizens).toEqual([
      expect.objectContaining({ displayName: 'Người tố cáo (được bảo vệ)', protected: true }),
    ])
    const rows = await app.server.database.pool.query<{ sealed: string; full_name: string | null }>(
      'select sealed, full_name from case_citizens where case_id = $1',
      [protectedId],
    )
    expect(rows.rows[0]?.full_name).toBeNull()
    expect(rows.rows[0]?.sealed).toMatch(/^v1\./)
    expect(rows.rows[0]?.sealed).not.toContain(secretName)
  })

  it('reveals the identity only to a leader who gives a reason, and audits the reveal', async () => {
    expect(
      (
        await handler.post(`/api/cases/${protectedId}/identity/reveal`, {
          reason: 'Cần liên hệ xác minh thêm nội dung',
        })
      ).status,
    ).toBe(403)
    const short = await leader.post<ErrorBody>(`/api/cases/${protectedId}/identity/reveal`, { reason: 'xem' })
    expect(short.status).toBe(400)
    const reason = 'Cần liên hệ người tố cáo để bổ sung chứng cứ theo Điều 31'
    const r = await leader.post<{ citizens: { fullName: string; idNumber: string }[] }>(
      `/api/cases/${protectedId}/identity/reveal`,
      { reason },
    )
    expect(r.status).toBe(200)
    expect(r.body.citizens[0]).toMatchObject({ fullName: secretName, idNumber: secretId })
    const audit = await leader.get<{ items: { action: string; summary: Record<string, unknown> }[] }>(
      '/api/audit?limit=100',
    )
    const entry = audit.body.items.find((e) => e.action === 'case.identity_revealed')
    expect(entry?.summary).toMatchObject({ reason })
    expect(JSON.stringify(audit.body)).not.toContain(secretName)
  })

  it('shows the public tracking page of a denunciation without anything identifying the denouncer', async () => {
    const detail = await handler.get<{ trackingCode: string }>(`/api/cases/${protectedId}`)
    const anonymous = new ApiClient(app.url)
    const r = await anonymous.get(`/api/public/cases/${detail.body.trackingCode}`)
    expect(r.status).toBe(200)
    const text = JSON.stringify(r.body)
    for (const secret of [secretName, secretId, 'Tố cáo cán bộ', 'Tố cáo đúng một phần'])
      expect(text).not.toContain(secret)
  })
})

describe('petition lifecycle, public tracking and rating', () => {
  it('walks accept → assign → answer → close; the citizen sees the answer and rates it once', async () => {
    const c = await intake({ kind: 'petition', field: 'environment', summary: 'Kiến nghị xử lý rác thải' })
    await step(handler, c.id, 'accept')
    const me = await handler.get<{ user: { id: string } }>('/api/me')
    const assigned = await step(handler, c.id, 'assign', { assigneeId: me.body.user.id })
    expect(assigned.status).toBe('assigned')
    const mine = await handler.get<{ items: { id: string }[] }>('/api/cases?mine=true&limit=100')
    expect(mine.body.items.map((i) => i.id)).toContain(c.id)

    const citizenClient = new ApiClient(app.url)
    const early = await citizenClient.post<ErrorBody>(`/api/public/cases/${c.trackingCode}/rating`, {
      rating: 5,
    })
    expect(early.status).toBe(409)

    await step(leader, c.id, 'answer', { answer: 'UBND phường đã chỉ đạo thu gom rác tại điểm tập kết.' })
    await step(handler, c.id, 'close')
    const tracking = await citizenClient.get<{ status: string; answer: string; steps: { label: string }[] }>(
      `/api/public/cases/${c.trackingCode.toLowerCase().replace(/-/g, ' ')}`,
    )
    expect(tracking.status).toBe(200)
    expect(tracking.body.status).toBe('closed')
    expect(tracking.body.answer).toContain('thu gom rác')
    expect(JSON.stringify(tracking.body)).not.toContain(citizen.fullName)
    expect(JSON.stringify(tracking.body)).not.toContain(citizen.phone)

    const rated = await citizenClient.post(`/api/public/cases/${c.trackingCode}/rating`, {
      rating: 4,
      comment: 'Cảm ơn',
    })
    expect(rated.status).toBe(204)
    const twice = await citizenClient.post<ErrorBody>(`/api/public/cases/${c.trackingCode}/rating`, {
      rating: 1,
    })
    expect(twice.status).toBe(409)
    expect(twice.body.error.code).toBe('CONFLICT')
  })

  it('answers 404 for an unknown or malformed tracking code', async () => {
    const citizenClient = new ApiClient(app.url)
    expect((await citizenClient.get('/api/public/cases/DV-2345-6789')).status).toBe(404)
    expect((await citizenClient.get('/api/public/cases/not-a-code')).status).toBe(404)
    expect((await citizenClient.get('/api/public/cases/DV-0000-1111')).status).toBe(404)
  })

  it('accepts a citizen’s petition without login only with consent to personal-data processing', async () => {
    const citizenClient = new ApiClient(app.url)
    const petition = {
      organizationCode: 'HN-BADINH',
      citizen: { fullName: 'Phạm Thị Hoa', phone: '0911222333' },
      summary: 'Đèn chiếu sáng ngõ 12 bị hỏng',
      content: 'Đèn chiếu sáng ngõ 12 phố Đội Cấn hỏng đã hai tuần, đề nghị sửa chữa.',
      field: 'construction',
    }
    const noConsent = await citizenClient.post<ErrorBody>('/api/public/petitions', petition)
    expect(noConsent.status).toBe(400)
    expect(noConsent.body.error.fields?.[0]?.message).toContain('dữ liệu cá nhân')
    const r = await citizenClient.post<{ trackingCode: string }>('/api/public/petitions', {
      ...petition,
      consent: true,
    })
    expect(r.status).toBe(201)
    const tracking = await citizenClient.get<{ status: string; organizationName: string }>(
      `/api/public/cases/${r.body.trackingCode}`,
    )
    expect(tracking.body).toMatchObject({
      status: 'received',
      organizationName: 'Ủy ban nhân dân phường Ba Đình',
    })
    const list = await handler.get<{ items: { trackingCode: string; channel: string }[] }>(
      '/api/cases?kind=petition&limit=100',
    )
    expect(list.body.items.find((i) => i.trackingCode === r.body.trackingCode)?.channel).toBe('portal')
  })
})

describe('lists and scope', () => {
  it('pages by (received_at, id) descending without repeats', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let previous = '9999'
    do {
      const page: {
        status: number
        body: { items: { id: string; receivedAt: string }[]; nextCursor: string | null }
      } = await handler.get(`/api/cases?limit=7${cursor ? `&cursor=${cursor}` : ''}`)
      expect(page.status).toBe(200)
      for (const item of page.body.items) {
        expect(item.receivedAt <= previous).toBe(true)
        previous = item.receivedAt
        seen.push(item.id)
      }
      cursor = page.body.nextCursor
    } while (cursor && seen.length < 2000)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBeGreaterThan(20)
  })

  it('filters by kind, field, overdue and due-within-days', async () => {
    const overdue = await handler.get<{ items: { deadline: Deadline | null }[] }>(
      '/api/cases?overdue=true&limit=100',
    )
    expect(overdue.body.items.length).toBeGreaterThan(0)
    for (const item of overdue.body.items) expect(item.deadline?.overdue).toBe(true)
    const land = await handler.get<{ items: { field: string; kind: string }[] }>(
      '/api/cases?field=land&kind=complaint',
    )
    for (const item of land.body.items) expect(item).toMatchObject({ field: 'land', kind: 'complaint' })
    const soon = await handler.get<{ items: { deadline: Deadline | null }[] }>('/api/cases?dueWithinDays=5')
    for (const item of soon.body.items) expect(item.deadline?.daysLeft).toBeLessThanOrEqual(5)
    const counts = await handler.get<{ overdue: number }>('/api/cases/counts')
    expect(counts.body.overdue).toBeGreaterThan(0)
  })

  it('hides cases outside the caller’s subtree and refuses users without case access', async () => {
    const c = await intake()
    expect((await supervisor.get(`/api/cases/${c.id}`)).status).toBe(404)
    expect((await viewer.get('/api/cases')).status).toBe(403)
    const bad = await handler.get<ErrorBody>('/api/cases?cursor=garbage')
    expect(bad.status).toBe(400)
  })

  it('publishes the lifecycles', async () => {
    const r = await handler.get<{ items: { id: string }[] }>('/api/cases/lifecycles')
    expect(r.body.items.map((l) => l.id)).toContain('denunciation.anonymous')
  })
})

describe('deadline reminders and recomputation', () => {
  it('reminds the handler, escalates overdue cases to the leaders, never naming a protected denouncer', async () => {
    const longAgo = new Date(Date.now() - 40 * 86_400_000).toISOString()
    const overdue = await intake({ kind: 'petition', receivedAt: longAgo })
    const secret = await intake({
      kind: 'denunciation',
      receivedAt: longAgo,
      citizen: { fullName: 'Hoàng Thị Ẩn Danh', idNumber: '001177665544' },
    })
    const first = await app.server.jobs.runNow(CASE_DEADLINES_JOB)
    expect(first).toMatchObject({ emails: 0 })
    const again = await app.server.jobs.runNow(CASE_DEADLINES_JOB)
    expect(again).toEqual({ notifications: 0, emails: 0 })

    const mine = await handler.get<{ items: { kind: string; caseId: string | null; body: string }[] }>(
      '/api/notifications?limit=100',
    )
    expect(mine.status).toBe(200)
    const overdueNote = mine.body.items.find((n) => n.caseId === overdue.id)
    expect(overdueNote).toMatchObject({ kind: 'overdue' })
    expect(overdueNote?.body).toContain(overdue.trackingCode)
    const leaderNotes = await leader.get<{ items: { kind: string; caseId: string | null }[] }>(
      '/api/notifications?limit=100',
    )
    expect(leaderNotes.body.items).toContainEqual(
      expect.objectContaining({ kind: 'escalation', caseId: secret.id }),
    )
    expect(leaderNotes.body.items.some((n) => n.kind === 'digest')).toBe(true)
    for (const text of [JSON.stringify(mine.body), JSON.stringify(leaderNotes.body)]) {
      expect(text).not.toContain('Hoàng Thị Ẩn Danh')
      expect(text).not.toContain('001177665544')
    }
    const logs = await app.server.database.pool.query<{ t: string }>(
      "select coalesce(string_agg(summary::text, ' '), '') as t from audit_log",
    )
    expect(logs.rows[0]?.t).not.toContain('Hoàng Thị Ẩn Danh')
  })

  it('recomputes open deadlines when a calendar override adds or removes a day off', async () => {
    const admin = new ApiClient(app.url)
    await admin.login('admin', app.adminPassword)
    const c = await intake({ receivedAt: '2026-08-03T09:00:00+07:00' })
    const before = c.dueDates[0]?.due ?? ''
    const added = await admin.post<{ id: string }>('/api/calendar/overrides', {
      date: '2026-08-05',
      kind: 'day_off',
      name: 'Nghỉ bù thử nghiệm',
      legalAct: 'Thông báo số 1/TB-TTg (kiểm thử)',
    })
    expect(added.status).toBe(201)
    const moved = await handler.get<CaseBody>(`/api/cases/${c.id}`)
    expect(moved.body.deadline?.due).toBe(await expectedDue('complaint.accept', '2026-08-03'))
    expect((moved.body.deadline?.due ?? '') > before).toBe(true)
    const timeline = await handler.get<{ items: { action: string }[] }>(`/api/cases/${c.id}/timeline`)
    expect(timeline.body.items.map((e) => e.action)).toContain('deadline_recomputed')
    expect((await admin.delete(`/api/calendar/overrides/${added.body.id}`)).status).toBe(204)
    const back = await handler.get<CaseBody>(`/api/cases/${c.id}`)
    expect(back.body.deadline?.due).toBe(before)
  })
})

describe('public submission rate limit', () => {
  it('answers 429 RATE_LIMITED after ten submissions a minute from one address', async () => {
    const citizenClient = new ApiClient(app.url)
    const statuses: number[] = []
    for (let i = 0; i < 12; i++)
      statuses.push((await citizenClient.post('/api/public/petitions', { consent: true })).status)
    expect(statuses.slice(0, 8).every((s) => s === 400)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })
})

describe('assignment and addresses', () => {
  it('offers only letter handlers of the case’s organization as assignees, found without diacritics', async () => {
    const c = await intake({ kind: 'petition', summary: 'Kiến nghị sửa đường ngõ 5' })
    const list = await handler.get<{ items: { username: string; fullName: string }[] }>(
      `/api/cases/${c.id}/assignees`,
    )
    expect(list.status).toBe(200)
    const usernames = list.body.items.map((u) => u.username)
    expect(usernames).toContain('chuyenvien.badinh')
    expect(usernames).toContain('lanhdao.badinh')
    expect(usernames).not.toContain('tiepdan.badinh') // receives letters, does not handle them
    expect(usernames).not.toContain('xem.hoankiem')
    const found = await handler.get<{ items: { username: string }[] }>(
      `/api/cases/${c.id}/assignees?q=${encodeURIComponent('do quang huy')}`,
    )
    expect(found.body.items.map((u) => u.username)).toEqual(['chuyenvien.badinh'])
    expect((await viewer.get(`/api/cases/${c.id}/assignees`)).status).toBe(404)
  })

  it('refuses to assign a case to someone who does not handle letters there', async () => {
    const c = await intake({ kind: 'petition', summary: 'Kiến nghị lắp đèn chiếu sáng' })
    await step(handler, c.id, 'accept')
    const reception = await app.server.database.pool.query<{ id: string }>(
      `select id from users where username in ('tiepdan.badinh', 'tiepdan.socson') order by username`,
    )
    for (const { id } of reception.rows) {
      const r = await act(handler, c.id, 'assign', { assigneeId: id })
      expect(r.status).toBe(400)
      expect(r.body.error.fields?.[0]?.path).toBe('assigneeId')
    }
  })

  it('checks the citizen’s address against the administrative units', async () => {
    const r = await reception.post<ErrorBody>(
      '/api/cases',
      body({ citizen: { ...citizen, address: { unitCode: '99999', detail: 'Không có thật' } } }),
    )
    expect(r.status).toBe(400)
    expect(r.body.error.fields?.[0]?.path).toBe('citizen.address.unitCode')
    expect(r.body.error.fields?.[0]?.message).toContain('99999')
    // A commune code of the old map is accepted on a letter received while it was in force.
    const old = await intake({
      receivedAt: '2025-03-03T09:00:00+07:00',
      citizen: { ...citizen, address: { unitCode: '04939', detail: 'Thôn Đông' } },
    })
    expect(old.status).toBe('received')
  })
})
