import { createHash } from 'node:crypto'
import nodemailer from 'nodemailer'
import { SMTPServer } from 'smtp-server'
import { simpleParser, type ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { receiveMessage, runInboxAlerts } from '../../src/modules/mailbox/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

interface Mail {
  id: string
  status: string
  reasonCode: string | null
  reason: string | null
  subject: string | null
  headerFrom: string | null
  caseId: string | null
  trackingCode: string | null
  attachments: { id: string; fileName: string; mediaType: string; size: number; sha256: string }[]
}

let app: TestApp
let handler: ApiClient
let leader: ApiClient
let outbox: SMTPServer
const sentByPlatform: ParsedMail[] = []
const INBOX = 'hn-badinh@danvan.local'
// A small real PDF.
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

const transport = () =>
  nodemailer.createTransport({
    host: '127.0.0.1',
    port: app.server.inboundSmtp?.port ?? 0,
    secure: false,
    ignoreTLS: true,
  })

const inbound = async (status: string) =>
  (await handler.get<{ items: Mail[] }>(`/api/mail/inbound?status=${status}`)).body.items

beforeAll(async () => {
  // The platform's outbound SMTP server, standing in for the citizen's mail provider.
  outbox = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          sentByPlatform.push(parsed)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => outbox.listen(0, '127.0.0.1', resolve))
  const address = outbox.server.address()
  const outboxPort = typeof address === 'object' && address ? address.port : 0
  app = await startTestApp({
    demo: true,
    env: {
      DANVAN_SMTP_INBOUND_PORT: '0',
      DANVAN_SMTP_INBOUND_MAX_MB: '1',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(outboxPort),
      SMTP_FROM: 'UBND phường Ba Đình <hn-badinh@danvan.local>',
    },
  })
  handler = new ApiClient(app.url)
  expect((await handler.login('chuyenvien.badinh', DEMO_PASSWORD)).status).toBe(200)
  leader = new ApiClient(app.url)
  expect((await leader.login('lanhdao.badinh', DEMO_PASSWORD)).status).toBe(200)
})

afterAll(async () => {
  await app?.close()
  await new Promise<void>((resolve) => outbox?.close(() => resolve()))
})

describe('e-mail channel', () => {
  it('turns a message sent over SMTP into a draft case with its attachment, confirmed by a handler', async () => {
    expect(app.server.inboundSmtp?.port).toBeGreaterThan(0)
    const info = await transport().sendMail({
      from: 'Nguyễn Văn Bình <binh.nguyen@example.vn>',
      to: INBOX,
      subject: 'Phản ánh đèn chiếu sáng ngõ 12 phố Đội Cấn bị hỏng',
      text: 'Kính gửi UBND phường Ba Đình,\nĐèn chiếu sáng ngõ 12 phố Đội Cấn hỏng đã hai tuần, đề nghị sửa chữa.',
      attachments: [{ filename: 'anh-hien-truong.pdf', content: pdf }],
    })
    expect(info.accepted).toEqual([INBOX])
    const drafts = await inbound('draft')
    const draft = drafts.find((d) => d.subject?.includes('Đội Cấn'))
    expect(draft?.headerFrom).toBe('binh.nguyen@example.vn')
    expect(draft?.attachments).toEqual([
      expect.objectContaining({
        fileName: 'anh-hien-truong.pdf',
        mediaType: 'application/pdf',
        size: pdf.length,
        sha256: createHash('sha256').update(pdf).digest('hex'),
      }),
    ])
    const download = await fetch(
      `${app.url}/api/mail/inbound/${draft?.id}/attachments/${draft?.attachments[0]?.id}`,
      {
        headers: { cookie: (handler as unknown as { cookie: string }).cookie },
      },
    )
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true)

    const confirmed = await handler.post<{ caseId: string; trackingCode: string } & ErrorBody>(
      `/api/mail/inbound/${draft?.id}/confirm`,
      { kind: 'feedback', field: 'construction' },
    )
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(201)
    const detail = await handler.get<{
      channel: string
      citizens: { fullName: string; email: string }[]
      attachments: { id: string; fileName: string; mediaType: string; size: number; sha256: string }[]
    }>(`/api/cases/${confirmed.body.caseId}`)
    expect(detail.body.channel).toBe('email')
    // The mail's attachment is now the case's own attachment, served like any other.
    const checksum = createHash('sha256').update(pdf).digest('hex')
    expect(detail.body.attachments).toEqual([
      expect.objectContaining({
        fileName: 'anh-hien-truong.pdf',
        mediaType: 'application/pdf',
        size: pdf.length,
        sha256: checksum,
      }),
    ])
    const caseFile = await handler.download(`/api/attachments/${detail.body.attachments[0]?.id}`)
    expect(caseFile.status).toBe(200)
    expect(caseFile.data.equals(pdf)).toBe(true)
    expect(createHash('sha256').update(caseFile.data).digest('hex')).toBe(checksum)
    expect(caseFile.headers.get('x-content-sha256')).toBe(checksum)
    expect(detail.body.citizens[0]).toMatchObject({
      fullName: 'Nguyễn Văn Bình',
      email: 'binh.nguyen@example.vn',
    })
    const linked = await handler.get<{ items: Mail[] }>(`/api/mail/inbound?caseId=${confirmed.body.caseId}`)
    expect(linked.body.items[0]?.status).toBe('confirmed')
    expect(linked.body.items[0]?.attachments).toHaveLength(1)
    const again = await handler.post<ErrorBody>(`/api/mail/inbound/${draft?.id}/confirm`, {
      kind: 'feedback',
    })
    expect(again.status).toBe(409)

    // The platform's reply carries the tracking code; the citizen's answer threads back to the case.
    const reply = await handler.post<{ messageId: string; subject: string }>(
      `/api/cases/${confirmed.body.caseId}/mail-reply`,
      { body: 'Phường đã giao tổ dân phố kiểm tra, sẽ thay đèn trong tuần.' },
    )
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const delivered = sentByPlatform.at(-1)
    expect(delivered?.subject).toContain(confirmed.body.trackingCode)
    expect(delivered?.messageId).toBe(reply.body.messageId)
    await transport().sendMail({
      from: 'binh.nguyen@example.vn',
      to: INBOX,
      subject: `Re: ${delivered?.subject}`.replace(confirmed.body.trackingCode, 'mã hồ sơ'),
      inReplyTo: reply.body.messageId,
      references: [reply.body.messageId],
      text: 'Cảm ơn phường, đèn đã sáng lại.',
    })
    const threaded = await inbound('threaded')
    expect(threaded[0]?.caseId).toBe(confirmed.body.caseId)
  })

  it('quarantines or rejects, with the reason recorded, what it must not take in', async () => {
    // From differs from the envelope sender.
    await transport().sendMail({
      envelope: { from: 'spoofer@example.org', to: [INBOX] },
      from: 'chu.tich@hanoi.gov.vn',
      to: INBOX,
      subject: 'Yêu cầu chuyển tiền gấp',
      text: 'Nội dung giả mạo',
    })
    // Malformed: no From header at all.
    await transport().sendMail({
      envelope: { from: 'khong.ten@example.vn', to: [INBOX] },
      raw: 'To: hn-badinh@danvan.local\r\nSubject: thu khong co nguoi gui\r\n\r\nNoi dung\r\n',
    })
    const quarantined = await inbound('quarantined')
    expect(quarantined.map((m) => m.reasonCode).sort()).toEqual(['from_mismatch', 'malformed'])
    expect(quarantined.find((m) => m.reasonCode === 'from_mismatch')?.reason).toContain('spoofer@example.org')

    // A blocked sender.
    const blocked = await leader.post('/api/mail/blocked-senders', {
      address: 'Quang.Cao@spam.example',
      reason: 'Gửi thư quảng cáo nhiều lần',
    })
    expect(blocked.status).toBe(201)
    await expect(
      transport().sendMail({
        from: 'quang.cao@spam.example',
        to: INBOX,
        subject: 'Khuyến mãi',
        text: 'Mua ngay',
      }),
    ).rejects.toMatchObject({ responseCode: 550 })
    // Too big (the limit is 1 MB here).
    await expect(
      transport().sendMail({
        from: 'tran.lan@example.vn',
        to: INBOX,
        subject: 'Hồ sơ scan',
        text: 'Gửi kèm hồ sơ',
        attachments: [{ filename: 'scan.pdf', content: Buffer.concat([pdf, Buffer.alloc(1_200_000, 32)]) }],
      }),
    ).rejects.toMatchObject({ responseCode: 552 })
    const rejected = await inbound('rejected')
    expect(rejected.map((m) => m.reasonCode).sort()).toEqual(['blocked_sender', 'oversized'])
    // An address that is no organization's inbox is refused at RCPT TO.
    await expect(
      transport().sendMail({
        from: 'a@example.vn',
        to: 'khong-ton-tai@danvan.local',
        subject: 'x',
        text: 'y',
      }),
    ).rejects.toMatchObject({ responseCode: 550 })
    // Another unit sees none of it.
    const socson = new ApiClient(app.url)
    await socson.login('tiepdan.socson', DEMO_PASSWORD)
    expect((await socson.get<{ items: Mail[] }>('/api/mail/inbound')).body.items).toEqual([])
  })

  it('quarantines mail whose attachments the platform would refuse, with the reason, and keeps no file', async () => {
    // An unknown type (a Windows program) sent over SMTP.
    await transport().sendMail({
      from: 'pham.tuan@example.vn',
      to: INBOX,
      subject: 'Đơn kèm phần mềm',
      text: 'Xin xem tệp đính kèm.',
      attachments: [{ filename: 'don.exe', content: Buffer.from('MZ\x90\x00 not an accepted file') }],
    })
    const typeRefused = (await inbound('quarantined')).find((m) => m.subject === 'Đơn kèm phần mềm')
    expect(typeRefused?.reasonCode).toBe('attachment_type')
    expect(typeRefused?.reason).toContain('don.exe')
    expect(typeRefused?.attachments).toEqual([])

    // Past the per-file limit of the platform (10 MB), under the listener's message limit: handed to
    // the receiver directly, as the listener would with a larger DANVAN_SMTP_INBOUND_MAX_MB.
    const compose = async (attachments: { filename: string; content: Buffer }[], subject: string) => {
      const built = await nodemailer
        .createTransport({ streamTransport: true, buffer: true })
        .sendMail({ from: 'vu.ha@example.vn', to: INBOX, subject, text: 'Hồ sơ gửi kèm.', attachments })
      return built.message as Buffer
    }
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 1, 32)])
    const [tooLarge] = await receiveMessage(
      app.server.database,
      { mailFrom: 'vu.ha@example.vn', recipients: [INBOX] },
      await compose([{ filename: 'ho-so-scan.pdf', content: big }], 'Hồ sơ scan dung lượng lớn'),
      { maxBytes: 30 * 1024 * 1024 },
    )
    expect(tooLarge).toMatchObject({ status: 'quarantined', reasonCode: 'attachment_size' })
    // More files than one upload may carry.
    const many = Array.from({ length: 11 }, (_, i) => ({ filename: `trang-${i + 1}.pdf`, content: pdf }))
    const [tooMany] = await receiveMessage(
      app.server.database,
      { mailFrom: 'vu.ha@example.vn', recipients: [INBOX] },
      await compose(many, 'Hồ sơ nhiều trang'),
      { maxBytes: 30 * 1024 * 1024 },
    )
    expect(tooMany).toMatchObject({ status: 'quarantined', reasonCode: 'attachment_count' })
    const quarantined = await inbound('quarantined')
    const bySubject = (subject: string) => quarantined.find((m) => m.subject === subject)
    expect(bySubject('Hồ sơ scan dung lượng lớn')?.reason).toContain('10 MB')
    expect(bySubject('Hồ sơ nhiều trang')?.reason).toContain('11 tệp')
  })

  it('alerts the leader when drafts wait in an inbox nobody opened for the rule-book working days', async () => {
    await transport().sendMail({
      from: 'le.hoa@example.vn',
      to: INBOX,
      subject: 'Kiến nghị lắp biển báo giao thông',
      text: 'Đề nghị lắp biển báo tại ngã ba đường Núi Đôi.',
    })
    expect(await runInboxAlerts(app.server.database)).toBe(0)
    const sent = await runInboxAlerts(app.server.database, { today: '2099-01-05' })
    expect(sent).toBeGreaterThan(0)
    const notes = await leader.get<{ items: { kind: string; title: string }[] }>('/api/notifications')
    expect(notes.body.items.find((n) => n.kind === 'inbox_unattended')?.title).toContain('Hộp thư điện tử')
    expect(await runInboxAlerts(app.server.database, { today: '2099-01-05' })).toBe(0)
  })
})
