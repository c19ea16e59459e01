// Two intakes that draw the same random tracking code: the second is retried with a fresh code instead
// of failing (at a million cases a collision among 31^8 codes is likely to happen once).
import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient } from '../support/http.ts'

const drawn = vi.hoisted(() => ({ codes: ['DV-AAAA-2222', 'DV-AAAA-2222', 'DV-AAAA-3333'] }))
vi.mock('../../src/modules/cases/tracking-code.ts', async (original) => {
  const real = await original<typeof import('../../src/modules/cases/tracking-code.ts')>()
  return { ...real, newTrackingCode: () => drawn.codes.shift() ?? real.newTrackingCode() }
})

let app: TestApp
beforeAll(async () => {
  app = await startTestApp({ demo: false })
})
afterAll(() => app?.close())

it('retries an intake whose tracking code is already taken', async () => {
  const admin = new ApiClient(app.url)
  expect((await admin.login('admin', app.adminPassword)).status).toBe(200)
  const body = {
    kind: 'feedback',
    channel: 'hotline',
    receivedAt: '2026-09-02T09:00:00+07:00',
    citizen: { fullName: 'Nguyễn Văn An' },
    summary: 'Phản ánh đèn đường hỏng',
    content: 'Đèn đường ngõ 5 hỏng đã một tuần.',
  }
  const first = await admin.post<{ trackingCode: string }>('/api/cases', body)
  const second = await admin.post<{ trackingCode: string }>('/api/cases', body)
  expect(first.status).toBe(201)
  expect(second.status).toBe(201)
  expect(first.body.trackingCode).toBe('DV-AAAA-2222')
  expect(second.body.trackingCode).toBe('DV-AAAA-3333')
})
