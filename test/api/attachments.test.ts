import { createHash } from 'node:crypto'
import ExcelJS from 'exceljs'
import { Document, Packer, Paragraph } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

let app: TestApp
let leader: ApiClient
let handler: ApiClient
let reception: ApiClient
let viewer: ApiClient

interface Attachment {
  id: string
  fileName: string
  mediaType: string
  size: number
  sha256: string
  protected: boolean
}
interface Uploaded {
  items: Attachment[]
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex')

async function docx(): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: [new Paragraph('Đơn khiếu nại')] }] })
  return Packer.toBuffer(doc)
}
async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Danh sách').addRow(['Họ và tên', 'Nguyễn Văn An'])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
const form = (...files: [string, Buffer][]) => {
  const f = new FormData()
  for (const [name, data] of files) f.append('attachments', new Blob([new Uint8Array(data)]), name)
  return f
}

async function intake(client: ApiClient, overrides: Record<string, unknown> = {}): Promise<string> {
  const r = await client.post<{ id: string }>('/api/cases', {
    kind: 'complaint',
    channel: 'post',
    receivedAt: '2026-09-02T09:00:00+07:00',
    citizen: { fullName: 'Nguyễn Văn An', idNumber: '001089012345' },
    summary: 'Khiếu nại quyết định thu hồi đất',
    content: 'Đơn gửi qua bưu điện, bản chụp kèm theo.',
    field: 'land',
    ...overrides,
  })
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  return r.body.id
}

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
})
afterAll(() => app?.close())

describe('case attachments', () => {
  it('stores PDF, image, DOCX and XLSX files recognised by content, with their checksum', async () => {
    const id = await intake(reception)
    const files: [string, Buffer][] = [
      ['Đơn khiếu nại.pdf', PDF],
      ['ảnh hiện trạng.png', PNG],
      ['bản tường trình.docx', await docx()],
      ['danh sách hộ.xlsx', await xlsx()],
    ]
    const r = await reception.upload<Uploaded>(`/api/cases/${id}/attachments`, form(...files))
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    expect(r.body.items.map((a) => [a.fileName, a.mediaType, a.sha256])).toEqual(
      files.map(([name, data], i) => [
        name,
        [
          'application/pdf',
          'image/png',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ][i],
        sha(data),
      ]),
    )
    const detail = await handler.get<{ attachments: Attachment[] }>(`/api/cases/${id}`)
    expect(detail.body.attachments).toHaveLength(4)

    const pdf = r.body.items[0] as Attachment
    const download = await handler.download(`/api/attachments/${pdf.id}`)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    expect(sha(download.data)).toBe(sha(PDF))
    expect(download.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Đơn khiếu nại.pdf')}`,
    )

    const audit = await app.server.database.pool.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'case.attachments_added' and entity_id = $1`,
      [id],
    )
    expect(audit.rows[0]?.n).toBe(1)
  })

  it('refuses a file whose content is not an accepted type, or disagrees with its name, and stores none of the batch', async () => {
    const id = await intake(reception)
    const text = await reception.upload<ErrorBody>(
      `/api/cases/${id}/attachments`,
      form(['ghi chú.pdf', Buffer.from('chỉ là văn bản thường')]),
    )
    expect(text.status).toBe(400)
    expect(text.body.error.code).toBe('VALIDATION_FAILED')
    expect(text.body.error.fields?.[0]?.message).toContain('không thuộc loại được nhận')

    const renamed = await reception.upload<ErrorBody>(
      `/api/cases/${id}/attachments`,
      form(['ảnh.png', PNG], ['biên bản.pdf', PNG]),
    )
    expect(renamed.status).toBe(400)
    expect(renamed.body.error.fields?.[0]?.message).toContain('có đuôi .pdf nhưng nội dung là ảnh PNG')

    const empty = await reception.upload<ErrorBody>(`/api/cases/${id}/attachments`, new FormData())
    expect(empty.status).toBe(400)
    expect(empty.body.error.fields?.[0]?.path).toBe('attachments')

    const detail = await reception.get<{ attachments: Attachment[] }>(`/api/cases/${id}`)
    expect(detail.body.attachments).toEqual([])
  })

  it('refuses a file over 10 MB with a message giving the limit', async () => {
    const id = await intake(reception)
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])
    const r = await reception.upload<ErrorBody>(`/api/cases/${id}/attachments`, form(['lớn.pdf', big]))
    expect(r.status).toBe(400)
    expect(r.body.error.code).toBe('VALIDATION_FAILED')
    expect(r.body.error.fields?.[0]?.message).toContain('10 MB')
  })

  it('keeps files out of reach of other organizations and of readers who may not add them', async () => {
    const id = await intake(reception)
    const r = await reception.upload<Uploaded>(`/api/cases/${id}/attachments`, form(['đơn.pdf', PDF]))
    const fileId = (r.body.items[0] as Attachment).id
    expect((await viewer.download(`/api/attachments/${fileId}`)).status).toBe(404)
    expect((await viewer.upload(`/api/cases/${id}/attachments`, form(['đơn.pdf', PDF]))).status).toBe(404)
    const anonymous = new ApiClient(app.url)
    expect((await anonymous.download(`/api/attachments/${fileId}`)).status).toBe(401)
  })

  it('hides a protected denouncer’s file names and opens the files only for a leader who gives a reason', async () => {
    const id = await intake(reception, {
      kind: 'denunciation',
      citizen: { fullName: 'Trần Thị Kín Đáo', idNumber: '001199887766' },
      protectIdentity: true,
      summary: 'Tố cáo cán bộ địa chính',
    })
    const r = await reception.upload<Uploaded>(
      `/api/cases/${id}/attachments`,
      form(['Đơn của Trần Thị Kín Đáo.pdf', PDF]),
    )
    expect(r.status).toBe(201)
    expect(JSON.stringify(r.body)).not.toContain('Kín Đáo')
    const detail = await handler.get<{ attachments: Attachment[] }>(`/api/cases/${id}`)
    expect(detail.body.attachments[0]).toMatchObject({ fileName: 'Tệp đính kèm 1', protected: true })
    const fileId = (detail.body.attachments[0] as Attachment).id

    expect((await handler.download(`/api/attachments/${fileId}`)).status).toBe(403)
    expect((await leader.download(`/api/attachments/${fileId}`)).status).toBe(400)
    const reason = encodeURIComponent('Xác minh chữ ký trên đơn tố cáo theo kế hoạch')
    const opened = await leader.download(`/api/attachments/${fileId}?reason=${reason}`)
    expect(opened.status).toBe(200)
    expect(sha(opened.data)).toBe(sha(PDF))

    const audit = await app.server.database.pool.query<{ summary: unknown }>(
      `select summary from audit_log where action in ('case.attachments_added', 'case.protected_attachment_opened') and entity_id = $1`,
      [id],
    )
    expect(audit.rows).toHaveLength(2)
    expect(JSON.stringify(audit.rows)).not.toContain('Kín Đáo')
  })
})

describe('organization contacts', () => {
  it('are shown and can be changed by the unit admin', async () => {
    const admin = new ApiClient(app.url)
    expect((await admin.login('quantri.badinh', DEMO_PASSWORD)).status).toBe(200)
    const list = await admin.get<{
      items: { id: string; code: string; email: string | null; hotline: string | null }[]
    }>('/api/organizations?limit=100')
    const badinh = list.body.items.find((o) => o.code === 'HN-BADINH') ?? {
      id: '',
      email: null,
      hotline: null,
    }
    expect(badinh.email).toBe('tiepnhan.badinh@danvan.example')
    expect(badinh.hotline).toBeTruthy()
    const bad = await admin.patch<ErrorBody>(`/api/organizations/${badinh.id}`, { email: 'không-phải-thư' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields?.[0]?.path).toBe('email')
    const ok = await admin.patch<{ hotline: string }>(`/api/organizations/${badinh.id}`, {
      hotline: '024 3843 9999',
    })
    expect(ok.status).toBe(200)
    expect(ok.body.hotline).toBe('024 3843 9999')
  })
})
