// The citizen portal through HTTP, as a browser without JavaScript uses it: pages, the send form and its
// protections, tracking, rating once, published answers, reading preferences, page weight.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { PORTAL_LIMITS } from '../../src/modules/portal/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient } from '../support/http.ts'

let app: TestApp
let leader: ApiClient
/** Mail the portal sent, caught by a local SMTP server. */
const mails: { to: string; text: string }[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onData(stream, session, callback) {
    let text = ''
    stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    stream.on('end', () => {
      for (const to of session.envelope.rcptTo) mails.push({ to: to.address, text })
      callback()
    })
  },
})

/** A browser without JavaScript: keeps its cookies, follows nothing by itself. */
class Visitor {
  cookies = new Map<string, string>()
  constructor(readonly base: string) {}
  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const eq = pair?.indexOf('=') ?? -1
      if (pair && eq > 0) this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1))
    }
  }
  private get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }
  async get(path: string) {
    const response = await fetch(this.base + path, {
      headers: { cookie: this.cookieHeader },
      redirect: 'manual',
    })
    this.remember(response)
    return { status: response.status, headers: response.headers, html: await response.text() }
  }
  async post(path: string, body: FormData | URLSearchParams) {
    const response = await fetch(this.base + path, {
      method: 'POST',
      headers: { cookie: this.cookieHeader },
      body,
      redirect: 'manual',
    })
    this.remember(response)
    return { status: response.status, headers: response.headers, html: await response.text() }
  }
}

const tokenIn = (html: string): string => /name="token" value="([^"]+)"/.exec(html)?.[1] ?? ''
const codeIn = (html: string): string => /id="tracking-code">(DV-[A-Z0-9-]+)</.exec(html)?.[1] ?? ''
const optionValue = (html: string, label: string): string =>
  new RegExp(`<option value="([^"]+)"[^>]*>[\\s\\u00a0]*${label}\\s*</option>`).exec(html)?.[1] ?? ''
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

let badinhId = ''

async function sendForm(
  visitor: Visitor,
  fields: Record<string, string>,
  files: { name: string; data: Buffer; type: string }[] = [],
) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  for (const f of files)
    form.append('attachments', new Blob([new Uint8Array(f.data)], { type: f.type }), f.name)
  return visitor.post('/gui-phan-anh', form)
}

const feedback = (summary: string, extra: Record<string, string> = {}) => ({
  kind: 'feedback',
  organization: badinhId,
  fullName: 'Trần Thị Bình',
  phone: '0912 345 678',
  email: '',
  summary,
  content: 'Đèn chiếu sáng ở ngõ 12 phố Đội Cấn không sáng đã hai tuần, buổi tối rất tối và nguy hiểm.',
  consent: 'on',
  website: '',
  ...extra,
})

async function countCases(summary: string): Promise<number> {
  const result = await app.server.database.pool.query<{ n: string }>(
    'select count(*) as n from cases where summary = $1',
    [summary],
  )
  return Number(result.rows[0]?.n ?? 0)
}

/** Sends a valid feedback from a fresh visitor and returns its tracking code. */
async function sent(summary: string, extra: Record<string, string> = {}): Promise<string> {
  const visitor = new Visitor(app.url)
  const page = await visitor.get('/gui-phan-anh')
  const result = await sendForm(visitor, { ...feedback(summary, extra), token: tokenIn(page.html) })
  expect(result.status).toBe(200)
  return codeIn(result.html)
}

async function answer(code: string, text: string): Promise<void> {
  const list = await leader.get<{ items: { id: string; trackingCode: string }[] }>(
    '/api/cases?kind=feedback&limit=100',
  )
  const found = list.body.items.find((c) => c.trackingCode === code)
  if (!found) throw new Error(`case ${code} not in the leader's list`)
  expect((await leader.post(`/api/cases/${found.id}/actions/accept`, {})).status).toBe(200)
  const answered = await leader.post(`/api/cases/${found.id}/actions/answer`, { answer: text })
  expect(answered.status).toBe(200)
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const smtpPort = (smtp.server.address() as AddressInfo).port
  app = await startTestApp({ demo: true, env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort) } })
  leader = new ApiClient(app.url)
  await leader.login('lanhdao.badinh', DEMO_PASSWORD)
  const page = await new Visitor(app.url).get('/gui-phan-anh')
  badinhId = optionValue(page.html, 'Ủy ban nhân dân phường Ba Đình')
  expect(badinhId).toMatch(/^[0-9a-f-]{36}$/)
})

afterAll(async () => {
  await app?.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

describe('portal pages', () => {
  it('serves the home page in Vietnamese with a province chooser that works without JavaScript', async () => {
    const home = await new Visitor(app.url).get('/')
    expect(home.status).toBe(200)
    expect(home.headers.get('content-type')).toContain('text/html')
    expect(home.html).toContain('<html lang="vi"')
    expect(home.html).toMatch(/<form method="get" action="\/">/)
    expect(home.html).toContain('<label for="f-tinh">Tỉnh, thành phố</label>')
    const hanoi = await new Visitor(app.url).get('/?tinh=01')
    expect(hanoi.html).toContain('<label for="f-xa">')
    expect(hanoi.html).toMatch(/<option value="00004"[^>]*>\s*Phường Ba Đình\s*<\/option>/i)
  })

  it('shows the chosen commune organization contacts and its reception schedule', async () => {
    const page = await new Visitor(app.url).get('/?tinh=01&xa=00004')
    expect(page.status).toBe(200)
    expect(page.html).toContain('Ủy ban nhân dân phường Ba Đình')
    expect(page.html).toContain('tiepnhan.badinh@danvan.example')
    expect(page.html).toContain('Đường dây nóng')
    expect(page.html).toContain('Nguyễn Quang Minh, Chủ tịch UBND phường Ba Đình')
    expect(page.html).toContain(`/gui-phan-anh?co-quan=${badinhId}`)
    const fromLink = await new Visitor(app.url).get('/?xa=00004')
    expect(fromLink.html).toContain('tiepnhan.badinh@danvan.example')
    const moved = await new Visitor(app.url).get('/?tinh=79&xa=00004')
    expect(moved.html).not.toContain('tiepnhan.badinh@danvan.example')
    expect(moved.html).toMatch(/<option value="79"\s+selected/)
    const bad = await new Visitor(app.url).get('/?xa=99999')
    expect(bad.status).toBe(422)
    expect(bad.html).toContain('Không tìm thấy xã, phường này. Hãy chọn lại trong danh sách.')
  })

  it('leaves the API, the back office, the health check and the API docs where they were', async () => {
    const health = await fetch(`${app.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ status: 'ok' })
    expect((await fetch(`${app.url}/api/me`)).status).toBe(401)
    expect([200, 302]).toContain((await fetch(`${app.url}/api/docs`, { redirect: 'manual' })).status)
    expect([200, 503]).toContain((await fetch(`${app.url}/app/`)).status)
    const missing = await fetch(`${app.url}/api/khong-co`)
    expect(missing.headers.get('content-type')).toContain('application/json')
  })

  it('serves the stylesheet with a content hash, cached for a year', async () => {
    const home = await new Visitor(app.url).get('/')
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(home.html)?.[1] ?? ''
    expect(href).toMatch(/^\/tai-nguyen\/cong-dan\.[0-9a-f]{12}\.css$/)
    const css = await fetch(app.url + href)
    expect(css.status).toBe(200)
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('weighs at most 60 KB over the wire for the send page with its stylesheet', async () => {
    const wire = (path: string): Promise<{ bytes: number; encoding: string | undefined }> =>
      new Promise((resolve, reject) => {
        http
          .get(app.url + path, { headers: { 'accept-encoding': 'br, gzip, deflate' } }, (response) => {
            let bytes = 0
            response.on('data', (chunk: Buffer) => (bytes += chunk.length))
            response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] }))
          })
          .on('error', reject)
      })
    const home = await new Visitor(app.url).get('/gui-phan-anh')
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(home.html)?.[1] ?? ''
    expect(href).toMatch(/\.css$/)
    const page = await wire('/gui-phan-anh')
    const css = await wire(href)
    expect(page.encoding).toMatch(/br|gzip/)
    expect(home.html).not.toContain('<script')
    expect(page.bytes + css.bytes).toBeLessThanOrEqual(60 * 1024)
  })
})

describe('sending', () => {
  it('explains the kinds, the complaint time limit from the rule book, consent and anonymity', async () => {
    const page = await new Visitor(app.url).get('/gui-phan-anh')
    expect(page.html).toContain('enctype="multipart/form-data"')
    for (const name of [
      'kind',
      'organization',
      'fullName',
      'phone',
      'email',
      'summary',
      'content',
      'consent',
    ])
      expect(page.html).toContain(`name="${name}"`)
    for (const name of ['protectIdentity', 'anonymous', 'attachments', 'website', 'token', 'publishConsent'])
      expect(page.html).toContain(`name="${name}"`)
    expect(page.html).toContain('Thời hiệu khiếu nại là 90 ngày')
    expect(page.html).toContain('Luật Khiếu nại 02/2011/QH13 Điều 9')
    expect(page.html).toContain('Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15')
    expect(page.html).toContain('tố cáo giấu tên không được xử lý theo thủ tục tố cáo')
  })

  it('shows every error at the top, linked to its field, and keeps what was typed', async () => {
    const visitor = new Visitor(app.url)
    const page = await visitor.get('/gui-phan-anh')
    const result = await sendForm(visitor, {
      token: tokenIn(page.html),
      summary: 'Rác <b>thải</b>',
      content: '',
      fullName: '',
      email: 'sai@',
    })
    expect(result.status).toBe(422)
    expect(result.html).toContain('role="alert"')
    expect(result.html).toContain('Chưa gửi được đơn: có')
    expect(result.html).toContain('<a href="#f-kind">Hãy chọn loại đơn')
    expect(result.html).toContain('<a href="#f-fullName">Hãy nhập họ và tên')
    expect(result.html).toContain('<a href="#f-email">Địa chỉ e-mail chưa đúng')
    expect(result.html).toContain('<a href="#f-consent">Hãy đánh dấu ô')
    expect(result.html).toMatch(/id="f-fullName"[^>]*aria-invalid="true"[^>]*aria-describedby="e-fullName"/)
    expect(result.html).toContain('value="Rác &lt;b&gt;thải&lt;/b&gt;"')
    expect(await countCases('Rác <b>thải</b>')).toBe(0)
  })

  it('refuses an anonymous complaint but accepts anonymous feedback', async () => {
    const visitor = new Visitor(app.url)
    const token = tokenIn((await visitor.get('/gui-phan-anh')).html)
    const complaint = await sendForm(visitor, {
      ...feedback('Khiếu nại giấu tên về thu hồi đất', { kind: 'complaint', anonymous: 'on' }),
      token,
    })
    expect(complaint.status).toBe(422)
    expect(complaint.html).toContain('Chỉ phản ánh hoặc tố cáo mới được gửi giấu tên')
    const anonymous = await sendForm(visitor, {
      ...feedback('Phản ánh giấu tên về rác thải', { anonymous: 'on', fullName: '', phone: '' }),
      token,
    })
    expect(anonymous.status).toBe(200)
    expect(codeIn(anonymous.html)).toMatch(/^DV-/)
  })

  it('refuses a filled honeypot without creating a case', async () => {
    const visitor = new Visitor(app.url)
    const token = tokenIn((await visitor.get('/gui-phan-anh')).html)
    const result = await sendForm(visitor, {
      ...feedback('Thư rác tự động'),
      website: 'http://spam.example',
      token,
    })
    expect(result.status).toBe(400)
    expect(await countCases('Thư rác tự động')).toBe(0)
  })

  it('refuses a post without the page token, or with the token of another browser', async () => {
    const visitor = new Visitor(app.url)
    await visitor.get('/gui-phan-anh')
    const missing = await sendForm(visitor, feedback('Gửi từ trang giả mạo'))
    expect(missing.status).toBe(403)
    expect(missing.html).toContain('Mẫu đơn đã hết hạn hoặc không phải do trang này cung cấp')
    expect(missing.html).toContain('value="Gửi từ trang giả mạo"')
    const other = new Visitor(app.url)
    const otherToken = tokenIn((await other.get('/gui-phan-anh')).html)
    expect((await sendForm(visitor, { ...feedback('Gửi từ trang giả mạo'), token: otherToken })).status).toBe(
      403,
    )
    expect(await countCases('Gửi từ trang giả mạo')).toBe(0)
  })

  it('sends a feedback with an attachment and shows the tracking code', async () => {
    const visitor = new Visitor(app.url)
    const token = tokenIn((await visitor.get(`/gui-phan-anh?co-quan=${badinhId}`)).html)
    const result = await sendForm(visitor, { ...feedback('Đèn đường ngõ 12 không sáng'), token }, [
      { name: 'anh-den-duong.png', data: PNG, type: 'image/png' },
    ])
    expect(result.status).toBe(200)
    const code = codeIn(result.html)
    expect(code).toMatch(/^DV-[A-Z0-9]{4}-[A-Z0-9]{4}$/)
    expect(result.html).toContain('Phản ánh của bạn đã được gửi tới Ủy ban nhân dân phường Ba Đình')
    const stored = await app.server.database.pool.query<{
      file_name: string
      media_type: string
      channel: string
    }>(
      `select a.file_name, a.media_type, c.channel from attachments a join cases c on c.id = a.owner_id
       where c.tracking_code = $1`,
      [code],
    )
    expect(stored.rows).toEqual([
      { file_name: 'anh-den-duong.png', media_type: 'image/png', channel: 'portal' },
    ])
  })

  it('sends the tracking code to the e-mail given', async () => {
    const visitor = new Visitor(app.url)
    const token = tokenIn((await visitor.get('/gui-phan-anh')).html)
    const result = await sendForm(visitor, {
      ...feedback('Xe máy đỗ kín vỉa hè Kim Mã', { email: 'binh.tran@example.vn' }),
      token,
    })
    const code = codeIn(result.html)
    expect(result.html).toContain('Mã tra cứu cũng được gửi tới e-mail binh.tran@example.vn.')
    await expect.poll(() => mails.find((m) => m.to === 'binh.tran@example.vn')?.text ?? '').toContain(code)
  })

  it('refuses a file whose content is not an accepted type, keeping the form, creating nothing', async () => {
    const visitor = new Visitor(app.url)
    const token = tokenIn((await visitor.get('/gui-phan-anh')).html)
    const result = await sendForm(visitor, { ...feedback('Tệp giả dạng ảnh'), token }, [
      { name: 'anh.png', data: Buffer.from('MZ không phải ảnh'), type: 'image/png' },
    ])
    expect(result.status).toBe(422)
    expect(result.html).toContain('<a href="#f-attachments">Tệp “anh.png” không thuộc loại được nhận')
    expect(await countCases('Tệp giả dạng ảnh')).toBe(0)
  })
})

describe('tracking and rating', () => {
  it('finds a case by a code typed loosely and shows its timeline', async () => {
    const code = await sent('Nắp cống vỡ trước số 5 Đội Cấn')
    const visitor = new Visitor(app.url)
    const typed = await visitor.get(
      `/tra-cuu?ma=${encodeURIComponent(code.toLowerCase().replaceAll('-', ' '))}`,
    )
    expect(typed.status).toBe(303)
    expect(typed.headers.get('location')).toBe(`/tra-cuu/${code}`)
    const page = await visitor.get(`/tra-cuu/${code}`)
    expect(page.status).toBe(200)
    expect(page.html).toContain(`Hồ sơ ${code}`)
    expect(page.html).toContain('Ủy ban nhân dân phường Ba Đình')
    expect(page.html).toContain('Cơ quan chưa trả lời')
    expect(page.html).not.toContain('Trần Thị Bình')
    expect(page.html).not.toContain('name="rating"')
  })

  it('says what to fix for a malformed or an unknown code', async () => {
    const visitor = new Visitor(app.url)
    const bad = await visitor.get('/tra-cuu?ma=abc')
    expect(bad.status).toBe(422)
    expect(bad.html).toContain('Mã tra cứu gồm chữ DV và 8 chữ cái hoặc chữ số')
    const unknown = await visitor.get('/tra-cuu/DV-AAAA-AAAA')
    expect(unknown.status).toBe(404)
    expect(unknown.html).toContain('Không tìm thấy hồ sơ với mã tra cứu này')
  })

  it('lets the citizen rate the answer once', async () => {
    const code = await sent('Cây đổ chắn lối đi ngõ 8')
    await answer(code, 'Ủy ban nhân dân phường đã cho dọn cây đổ trong ngày 12/3. Cảm ơn bà đã phản ánh.')
    const visitor = new Visitor(app.url)
    const page = await visitor.get(`/tra-cuu/${code}`)
    expect(page.html).toContain('đã cho dọn cây đổ')
    expect(page.html).toContain('name="rating"')
    const token = tokenIn(page.html)
    const missing = await visitor.post(`/tra-cuu/${code}/danh-gia`, new URLSearchParams({ token }))
    expect(missing.status).toBe(422)
    expect(missing.html).toContain('Hãy chọn một mức độ hài lòng')
    const forged = await visitor.post(`/tra-cuu/${code}/danh-gia`, new URLSearchParams({ rating: '1' }))
    expect(forged.status).toBe(403)
    const rated = await visitor.post(
      `/tra-cuu/${code}/danh-gia`,
      new URLSearchParams({ token, rating: '5', comment: 'Xử lý nhanh' }),
    )
    expect(rated.status).toBe(303)
    expect(rated.headers.get('location')).toBe(`/tra-cuu/${code}?da-danh-gia=1`)
    const after = await visitor.get(`/tra-cuu/${code}?da-danh-gia=1`)
    expect(after.html).toContain('Cảm ơn bạn đã đánh giá câu trả lời.')
    expect(after.html).not.toContain('name="rating"')
    const again = await visitor.post(`/tra-cuu/${code}/danh-gia`, new URLSearchParams({ token, rating: '1' }))
    expect(again.status).toBe(409)
    expect(again.html).toContain('mỗi câu trả lời chỉ đánh giá một lần')
    const stored = await app.server.database.pool.query<{ rating: number }>(
      'select rating from cases where tracking_code = $1',
      [code],
    )
    expect(stored.rows[0]?.rating).toBe(5)
  })
})

describe('published answers', () => {
  it('lists only answers the citizen agreed to publish, searchable without diacritics', async () => {
    const open = await sent('Đường Quán Thánh ngập nước', { publishConsent: 'on' })
    await answer(open, 'Công ty thoát nước đã nạo vét cống đường Quán Thánh ngày 14/3.')
    const closed = await sent('Hàng xóm lấn chiếm lối đi chung')
    await answer(closed, 'Tổ công tác đã đo đạc lối đi chung, nạo vét cống thoát nước phía sau.')
    const visitor = new Visitor(app.url)
    const search = await visitor.get(`/tra-loi?q=${encodeURIComponent('nao vet cong duong quan thanh')}`)
    expect(search.status).toBe(200)
    expect(search.html).toContain('Công ty thoát nước đã nạo vét cống đường Quán Thánh')
    expect(search.html).not.toContain('Trần Thị Bình')
    expect(search.html).not.toContain(open)
    const hidden = await visitor.get(`/tra-loi?q=${encodeURIComponent('lan chiem loi di')}`)
    expect(hidden.html).not.toContain('Tổ công tác đã đo đạc')
    expect(hidden.html).toContain('Không có câu trả lời nào chứa')
    const all = await visitor.get('/tra-loi')
    expect(all.html).toContain('Đường Quán Thánh ngập nước')
    expect(all.html).not.toContain('Hàng xóm lấn chiếm lối đi chung')
  })
})

describe('reading preferences and schedule', () => {
  it('remembers larger text and high contrast in a cookie set by plain links', async () => {
    const visitor = new Visitor(app.url)
    const larger = await visitor.get('/hien-thi?co-chu=tang&quay-lai=%2Ftra-cuu')
    expect(larger.status).toBe(303)
    expect(larger.headers.get('location')).toBe('/tra-cuu')
    expect((await visitor.get('/tra-cuu')).html).toContain('<html lang="vi" class="t1">')
    await visitor.get('/hien-thi?tuong-phan=bat&quay-lai=%2F')
    const page = await visitor.get('/tra-loi')
    expect(page.html).toContain('<html lang="vi" class="t1 hc">')
    expect(page.html).toContain('Tắt chế độ tương phản cao')
    const away = await visitor.get('/hien-thi?co-chu=giam&quay-lai=%2F%2Fevil.example')
    expect(away.headers.get('location')).toBe('/')
  })

  it('shows the schedule page for an organization with the head’s planned sessions', async () => {
    const page = await new Visitor(app.url).get(`/lich-tiep-dan?co-quan=${badinhId}`)
    expect(page.status).toBe(200)
    expect(page.html).toContain('<h2>Ủy ban nhân dân phường Ba Đình</h2>')
    expect(page.html).toContain('Nguyễn Quang Minh, Chủ tịch UBND phường Ba Đình')
    expect(page.html).not.toContain('Chưa có lịch tiếp công dân trên cổng')
    const bad = await new Visitor(app.url).get('/lich-tiep-dan?co-quan=khong-co')
    expect(bad.status).toBe(422)
  })
})

describe('abuse protection', () => {
  it('limits how often one address may post the send form, answering in Vietnamese HTML', async () => {
    const visitor = new Visitor(app.url)
    let limited: Awaited<ReturnType<typeof sendForm>> | undefined
    for (let i = 0; i <= PORTAL_LIMITS.send.max && !limited; i++) {
      const result = await sendForm(visitor, feedback('Gửi liên tục'))
      if (result.status === 429) limited = result
    }
    expect(limited?.status).toBe(429)
    expect(limited?.headers.get('content-type')).toContain('text/html')
    expect(limited?.html).toContain('Bạn thao tác quá nhanh')
  })
})
