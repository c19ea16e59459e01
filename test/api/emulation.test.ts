import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

let app: TestApp
let officer: ApiClient
let leader: ApiClient
let viewer: ApiClient
let leaderHanoi: ApiClient

interface Registration {
  id: string
  status: string
  version: number
  danVanKheoFields: { code: string; label: string }[]
  allowedActions: { action: string }[]
  selfAssessment: { achieved: string; met: boolean }[] | null
  commendation: { title: string; decisionNumber: string } | null
  history: { action: string }[]
}
interface Pact {
  id: string
  status: string
  parties: { name: string; kind: string; kindLabel: string }[]
  allowedActions: { action: string }[]
}
type TransitionError = ErrorBody & { error: { allowed?: string[] } }

const login = async (username: string) => {
  const client = new ApiClient(app.url)
  expect((await client.login(username, DEMO_PASSWORD)).status).toBe(200)
  return client
}

const registration = (overrides: Record<string, unknown> = {}) => ({
  year: 2019,
  registrantKind: 'collective',
  title: 'Tập thể lao động xuất sắc',
  danVanKheoFields: ['administrative_reform', 'culture_society'],
  targets: [
    { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn', target: '100 %' },
    { text: 'Mô hình "Dân vận khéo" được công nhận', target: '1 mô hình cấp xã' },
  ],
  registeredOn: '2019-02-20',
  ...overrides,
})

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  officer = await login('danvan.badinh')
  leader = await login('lanhdao.badinh')
  viewer = await login('xem.hoankiem')
  leaderHanoi = await login('lanhdao.hanoi')
}, 120_000)

afterAll(async () => {
  await app?.close()
})

describe('emulation registrations', () => {
  let id: string
  const act = (client: ApiClient, action: string, body: Record<string, unknown> = {}) =>
    client.post<Registration & TransitionError>(`/api/emulation/registrations/${id}/actions/${action}`, body)

  it('registers a collective inside the window, declaring its "Dân vận khéo" fields', async () => {
    const created = await officer.post<Registration>('/api/emulation/registrations', registration())
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    id = created.body.id
    expect(created.body.status).toBe('registered')
    expect(created.body.danVanKheoFields).toEqual([
      { code: 'administrative_reform', label: 'Cải cách hành chính' },
      { code: 'culture_society', label: 'Văn hóa - xã hội' },
    ])
    expect(created.body.allowedActions.map((a) => a.action)).toEqual(['self_assess'])
  })

  it('refuses a second collective registration for the year, and one outside the window', async () => {
    const again = await officer.post<ErrorBody>('/api/emulation/registrations', registration())
    expect(again.status).toBe(409)
    const late = await officer.post<ErrorBody>(
      '/api/emulation/registrations',
      registration({ year: 2018, registeredOn: '2018-05-02' }),
    )
    expect(late.status).toBe(400)
    expect(late.body.error.fields?.[0]?.path).toBe('registeredOn')
    expect(late.body.error.fields?.[0]?.message).toContain('31/03/2018')
  })

  it.each([
    [{ danVanKheoFields: [] }, 'danVanKheoFields'],
    [{ danVanKheoFields: ['astrology'] }, 'danVanKheoFields.0'],
    [{ targets: [] }, 'targets'],
    [{ registrantKind: 'individual' }, 'personName'],
    [{ registrantKind: 'team' }, 'registrantKind'],
  ])('refuses %j naming %s', async (change, path) => {
    const refused = await officer.post<ErrorBody>(
      '/api/emulation/registrations',
      registration({ year: 2025, registeredOn: '2025-03-01', ...change }),
    )
    expect(refused.status).toBe(400)
    expect(refused.body.error.fields?.map((f) => f.path)).toContain(path)
    expect(refused.body.error.fields?.[0]?.message).toMatch(/[à-ỹ]/)
  })

  it('lets individuals register, several per unit and year', async () => {
    for (const personName of ['Trần Minh Khôi', 'Đinh Thị Vân']) {
      const created = await officer.post('/api/emulation/registrations', {
        ...registration({ registrantKind: 'individual', title: 'Chiến sĩ thi đua cơ sở' }),
        personName,
      })
      expect(created.status).toBe(201)
    }
  })

  it('refuses a review before the self-assessment, with the allowed actions', async () => {
    const early = await act(leader, 'review', { councilOpinion: 'x' })
    expect(early.status).toBe(409)
    expect(early.body.error.code).toBe('INVALID_TRANSITION')
    expect(early.body.error.allowed).toEqual(['self_assess'])
  })

  it('is self-assessed against each target at year end', async () => {
    const short = await act(officer, 'self_assess', {
      date: '2019-12-05',
      results: [{ achieved: '100 % hồ sơ đúng hạn', met: true }],
    })
    expect(short.status).toBe(400)
    expect(short.body.error.fields?.[0]?.path).toBe('results')
    const tooEarly = await act(officer, 'self_assess', {
      date: '2019-06-01',
      results: [
        { achieved: 'x', met: true },
        { achieved: 'y', met: true },
      ],
    })
    expect(tooEarly.body.error.fields?.[0]?.path).toBe('date')
    const done = await act(officer, 'self_assess', {
      date: '2019-12-05',
      results: [
        { achieved: '100 % hồ sơ đúng hạn (1.240 hồ sơ)', met: true },
        { achieved: 'Mô hình "Tổ dân phố không giấy tờ" được công nhận cấp xã', met: true },
      ],
    })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.status).toBe('self_assessed')
  })

  it('is reviewed by the emulation council and the mobilization board (a leader), then commended', async () => {
    expect((await act(officer, 'review', {})).status).toBe(403)
    const missing = await act(leader, 'review', { councilOpinion: 'Hoàn thành xuất sắc' })
    expect(missing.status).toBe(400)
    expect(missing.body.error.fields?.map((f) => f.path)).toEqual(['boardOpinion', 'proposal'])
    const reviewed = await act(leader, 'review', {
      date: '2019-12-15',
      councilOpinion: 'Hoàn thành xuất sắc các chỉ tiêu',
      boardOpinion: 'Có mô hình "Dân vận khéo" tiêu biểu',
      proposal: 'commend',
    })
    expect(reviewed.body.status).toBe('reviewed')
    expect(reviewed.body.allowedActions.map((a) => a.action)).toEqual(['commend', 'not_commend'])
    const commended = await act(leader, 'commend', {
      commendationTitle: 'Giấy khen của Chủ tịch UBND phường',
      awardedBy: 'Chủ tịch UBND phường Ba Đình',
      decisionNumber: '215/QĐ-UBND',
      decidedOn: '2019-12-28',
    })
    expect(commended.body).toMatchObject({
      status: 'commended',
      commendation: { decisionNumber: '215/QĐ-UBND' },
    })
    expect(commended.body.history.map((h) => h.action)).toEqual([
      'register',
      'self_assess',
      'review',
      'commend',
    ])
    const after = await act(leader, 'not_commend', { reason: 'x' })
    expect(after.status).toBe(409)
    expect(after.body.error.allowed).toEqual([])
  })

  it('may end without commendation, with a reason', async () => {
    const created = await officer.post<Registration>('/api/emulation/registrations', {
      ...registration({ registrantKind: 'individual', title: 'Lao động tiên tiến' }),
      personName: 'Phan Văn Lực',
    })
    id = created.body.id
    await act(officer, 'self_assess', {
      date: '2019-12-05',
      results: [
        { achieved: '92 %', met: false },
        { achieved: 'Chưa có', met: false },
      ],
    })
    await act(leader, 'review', {
      date: '2019-12-15',
      councilOpinion: 'Chưa đạt chỉ tiêu',
      boardOpinion: 'Chưa có mô hình',
      proposal: 'not_commend',
    })
    const refused = await act(leader, 'not_commend', { reason: 'Không đạt chỉ tiêu đăng ký' })
    expect(refused.body.status).toBe('not_commended')
  })

  it('is scoped to the subtree', async () => {
    expect((await viewer.get(`/api/emulation/registrations/${id}`)).status).toBe(404)
    expect((await leaderHanoi.get(`/api/emulation/registrations/${id}`)).status).toBe(200)
    const list = await viewer.get<{ items: { id: string }[] }>('/api/emulation/registrations?year=2019')
    expect(list.body.items.map((r) => r.id)).not.toContain(id)
    expect((await viewer.post('/api/emulation/registrations', registration({ year: 2025 }))).status).toBe(403)
    const lifecycle = await viewer.get<{ window: { from: string; to: string } }>(
      '/api/emulation/lifecycle?year=2019',
    )
    expect(lifecycle.body.window).toMatchObject({ from: '2019-01-01', to: '2019-03-31' })
  })
})

describe('emulation pacts', () => {
  const pact = (overrides: Record<string, unknown> = {}) => ({
    year: 2024,
    title: 'Giao ước thi đua giữa UBND phường và các tổ chức đoàn thể năm 2024',
    signedOn: '2024-02-01',
    parties: [
      { name: 'Công đoàn cơ sở UBND phường Ba Đình', kind: 'trade_union' },
      { name: 'Hội Liên hiệp Phụ nữ phường Ba Đình', kind: 'womens_union' },
    ],
    criteria: [
      { text: 'Vận động đoàn viên tham gia dịch vụ công trực tuyến', target: '100 % đoàn viên' },
      { text: 'Xây dựng mô hình "Dân vận khéo"', target: '2 mô hình' },
    ],
    ...overrides,
  })

  it('records a pact with its parties and criteria, assessed at year end', async () => {
    const created = await officer.post<Pact>('/api/emulation/pacts', pact())
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.parties[0]).toMatchObject({ kind: 'trade_union', kindLabel: 'Công đoàn' })
    const path = `/api/emulation/pacts/${created.body.id}/actions`
    const wrong = await officer.post<ErrorBody>(`${path}/assess`, {
      date: '2024-12-10',
      results: [{ achieved: 'x', met: true }],
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.error.fields?.[0]?.path).toBe('results')
    const assessed = await officer.post<Pact>(`${path}/assess`, {
      date: '2024-12-10',
      results: [
        { achieved: '96 % đoàn viên', met: false },
        { achieved: '2 mô hình được công nhận', met: true },
      ],
    })
    expect(assessed.body.status).toBe('assessed')
    const again = await officer.post<TransitionError>(`${path}/assess`, {})
    expect(again.status).toBe(409)
    expect(again.body.error.allowed).toEqual([])
    const list = await leaderHanoi.get<{ items: { id: string }[] }>('/api/emulation/pacts?year=2024')
    expect(list.body.items.map((p) => p.id)).toContain(created.body.id)
    expect((await viewer.get(`/api/emulation/pacts/${created.body.id}`)).status).toBe(404)
  })

  it.each([
    [{ parties: [] }, 'parties'],
    [{ parties: [{ name: 'Hội Người cao tuổi', kind: 'elders' }] }, 'parties.0.kind'],
    [{ criteria: [] }, 'criteria'],
    [{ signedOn: '2023-12-30' }, 'signedOn'],
  ])('refuses %j naming %s', async (change, path) => {
    const refused = await officer.post<ErrorBody>('/api/emulation/pacts', pact(change))
    expect(refused.status).toBe(400)
    expect(refused.body.error.fields?.map((f) => f.path)).toContain(path)
  })
})
