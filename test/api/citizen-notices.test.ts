// The citizen is told what happened to the letter — on the tracking page and, given an address, by
// e-mail through a real SMTP server started by the test (the outbox job sends it).
import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { CITIZEN_NOTICES_JOB } from '../../src/modules/cases/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient } from '../support/http.ts'

interface Received {
  to: string
  subject: string
  text: string
}
const inbox: Received[] = []
let smtp: SMTPServer
let app: TestApp
let handler: ApiClient
let leader: ApiClient

interface PublicCase {
  notices: { date: string; subject: string; body: string }[]
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const port = (smtp.server.address() as AddressInfo).port
  app = await startTestApp({
    demo: true,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_FROM: 'Dân Vận Số <khong-tra-loi@danvan.example>',
    },
  })
  handler = new ApiClient(app.url)
  expect((await handler.login('chuyenvien.badinh', DEMO_PASSWORD)).status).toBe(200)
  leader = new ApiClient(app.url)
  expect((await leader.login('lanhdao.badinh', DEMO_PASSWORD)).status).toBe(200)
})
afterAll(async () => {
  await app?.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

async function intake(overrides: Record<string, unknown>) {
  const r = await handler.post<{ id: string; trackingCode: string; version: number }>('/api/cases', {
    channel: 'portal',
    receivedAt: '2026-09-02T09:00:00+07:00',
    citizen: { fullName: 'Phạm Thị Thư', email: 'thu.pham@nguoidan.example' },
    summary: 'Kiến nghị lắp đặt đèn chiếu sáng ngõ 12',
    content: 'Ngõ 12 phố Đội Cấn không có đèn chiếu sáng, đi lại buổi tối rất nguy hiểm.',
    ...overrides,
  })
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  return r.body
}
const act = async (id: string, action: string, body: Record<string, unknown> = {}, by = handler) => {
  const r = await by.post(`/api/cases/${id}/actions/${action}`, body)
  expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200)
}

describe('citizen notices', () => {
  it('thanks and answers a petition on the tracking page and by e-mail, with the tracking code in the subject', async () => {
    const c = await intake({ kind: 'petition' })
    await act(c.id, 'accept')
    // A leader signs the answer.
    await act(c.id, 'answer', { answer: 'Ủy ban sẽ lắp 4 bóng đèn trong tháng 10/2026.' }, leader)
    const tracked = await new ApiClient(app.url).get<PublicCase>(`/api/public/cases/${c.trackingCode}`)
    const subjects = tracked.body.notices.map((n) => n.subject)
    expect(subjects).toEqual([
      `[${c.trackingCode}] Thông báo thụ lý đơn kiến nghị`,
      `[${c.trackingCode}] Trả lời kiến nghị và thư cảm ơn`,
    ])
    expect(tracked.body.notices[1]?.body).toContain('cảm ơn Ông/Bà')
    expect(tracked.body.notices[1]?.body).toContain('lắp 4 bóng đèn')
    expect(JSON.stringify(tracked.body)).not.toContain('Phạm Thị Thư')

    const result = (await app.server.jobs.runNow(CITIZEN_NOTICES_JOB)) as { sent: number }
    expect(result.sent).toBeGreaterThanOrEqual(2)
    const mine = inbox.filter((m) => m.subject.startsWith(`[${c.trackingCode}]`))
    expect(mine.map((m) => m.to)).toEqual(['thu.pham@nguoidan.example', 'thu.pham@nguoidan.example'])
    expect(mine[1]?.text).toContain('lắp 4 bóng đèn')
    // Sent once: a second run finds nothing left for this case.
    await app.server.jobs.runNow(CITIZEN_NOTICES_JOB)
    expect(inbox.filter((m) => m.subject.startsWith(`[${c.trackingCode}]`))).toHaveLength(2)
  })

  it('tells the sender of a letter outside the organization’s competence where to send it', async () => {
    const c = await intake({ kind: 'complaint', summary: 'Khiếu nại quyết định của Sở Xây dựng' })
    await act(c.id, 'guide', { competentBody: 'Sở Xây dựng thành phố Hà Nội' })
    const tracked = await new ApiClient(app.url).get<PublicCase>(`/api/public/cases/${c.trackingCode}`)
    expect(tracked.body.notices.at(-1)?.body).toContain(
      'Đề nghị Ông/Bà gửi đơn đến Sở Xây dựng thành phố Hà Nội',
    )
    await app.server.jobs.runNow(CITIZEN_NOTICES_JOB)
    expect(
      inbox.find((m) => m.subject === `[${c.trackingCode}] Hướng dẫn gửi đơn đến cơ quan có thẩm quyền`),
    ).toBeTruthy()
  })

  it('never e-mails a protected denouncer and never names them', async () => {
    const c = await intake({
      kind: 'denunciation',
      citizen: { fullName: 'Trần Thị Kín Đáo', email: 'kin.dao@nguoidan.example' },
      summary: 'Tố cáo cán bộ thu tiền trái quy định',
    })
    await act(c.id, 'accept')
    const tracked = await new ApiClient(app.url).get<PublicCase>(`/api/public/cases/${c.trackingCode}`)
    expect(tracked.body.notices).toHaveLength(1)
    expect(JSON.stringify(tracked.body)).not.toContain('Kín Đáo')
    await app.server.jobs.runNow(CITIZEN_NOTICES_JOB)
    expect(inbox.some((m) => m.to.includes('kin.dao'))).toBe(false)
  })
})
