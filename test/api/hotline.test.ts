import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

interface Call {
  id: string
  outcome: string
  caseId: string | null
  trackingCode: string | null
  callerNumber: string
}

let app: TestApp
let operator: ApiClient

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  operator = new ApiClient(app.url)
  expect((await operator.login('tiepdan.badinh', DEMO_PASSWORD)).status).toBe(200)
})

afterAll(async () => {
  await app?.close()
})

describe('hotline', () => {
  it('logs a call answered on the spot, and one turned into a case found again by phone', async () => {
    const answered = await operator.post<Call>('/api/hotline/calls', {
      callerNumber: '0904 111 222',
      calledAt: '2026-03-02T08:15:00+07:00',
      summary: 'Hỏi thủ tục cấp lại giấy khai sinh',
      kind: 'inquiry',
      field: 'administrative_procedure',
      outcome: 'answered',
      answer: 'Hướng dẫn công dân mang CCCD đến bộ phận một cửa phường.',
    })
    expect(answered.status, JSON.stringify(answered.body)).toBe(201)
    expect(answered.body.outcome).toBe('answered')

    const toCase = await operator.post<Call>('/api/hotline/calls', {
      callerNumber: '0904111222',
      callerName: 'Trần Thị Mai',
      calledAt: '2026-03-02T09:40:00+07:00',
      summary: 'Phản ánh rác thải tập kết trái phép đầu ngõ 45 phố Đội Cấn',
      kind: 'feedback',
      field: 'environment',
      outcome: 'case',
    })
    expect(toCase.status, JSON.stringify(toCase.body)).toBe(201)
    expect(toCase.body.outcome).toBe('case')
    expect(toCase.body.trackingCode).toMatch(/^DV-/)
    const detail = await operator.get<{ channel: string; citizens: { phone: string }[] }>(
      `/api/cases/${toCase.body.caseId}`,
    )
    expect(detail.body.channel).toBe('hotline')
    expect(detail.body.citizens[0]?.phone).toBe('0904111222')

    const lookup = await operator.get<{ items: { id: string }[] }>('/api/hotline/lookup?phone=%2B84904111222')
    expect(lookup.status).toBe(200)
    expect(lookup.body.items.map((c) => c.id)).toContain(toCase.body.caseId)

    const list = await operator.get<{ items: Call[] }>('/api/hotline/calls?phone=0904111222')
    expect(list.body.items.map((c) => c.id)).toEqual([toCase.body.id, answered.body.id])

    const counts = await operator.get<{
      items: { period: string; total: number; answered: number; cases: number }[]
    }>('/api/hotline/counts?period=day&from=2026-03-01&to=2026-03-31')
    expect(counts.body.items).toEqual([{ period: '2026-03-02', total: 2, answered: 1, cases: 1, pending: 0 }])
  })

  it('refuses incomplete calls with the field named, and keeps calls within the unit', async () => {
    const bad = await operator.post<ErrorBody>('/api/hotline/calls', {
      callerNumber: '0904111222',
      calledAt: '2026-03-02T09:40:00+07:00',
      summary: 'Hỏi về chế độ',
      kind: 'inquiry',
      outcome: 'answered',
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields?.[0]?.path).toBe('answer')
    const other = new ApiClient(app.url)
    await other.login('tiepdan.socson', DEMO_PASSWORD)
    expect((await other.get<{ items: Call[] }>('/api/hotline/calls')).body.items).toEqual([])
    const viewer = new ApiClient(app.url)
    await viewer.login('xem.hoankiem', DEMO_PASSWORD)
    expect((await viewer.get('/api/hotline/calls')).status).toBe(403)
  })
})
