import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'
import { docxContent, isPdf, pdfText, pdftotextSkipReason } from '../support/documents.ts'

// Every case document rendered for real cases walked through the API, read back as a citizen or an
// official would read the file: the DOCX unzipped, the PDF text extracted with its diacritics.

const skipPdf = pdftotextSkipReason()
if (skipPdf) console.warn(skipPdf)

let app: TestApp
let leader: ApiClient
let handler: ApiClient
let reception: ApiClient
let unitAdmin: ApiClient
let cityLeader: ApiClient
let socsonReception: ApiClient
let viewerElsewhere: ApiClient

interface Intake {
  id: string
  trackingCode: string
}
interface DocumentItem {
  type: string
  label: string
  action: string | null
  date: string
  fileName: string
  links: { docx: string; pdf: string }
}

const citizen = {
  fullName: 'Nguyễn Thị Ỷ Lan',
  idNumber: '001185004321',
  phone: '0912000111',
  address: { unitCode: '00004', detail: 'Số 18 ngõ Hàng Bột' },
}
const BA_DINH = 'ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH'

const intake = async (client: ApiClient, overrides: Record<string, unknown> = {}) => {
  const r = await client.post<Intake>('/api/cases', {
    kind: 'complaint',
    channel: 'in_person',
    receivedAt: '2026-03-02T09:00:00+07:00',
    citizen,
    summary: 'Khiếu nại quyết định thu hồi đất ở tổ dân phố số 7',
    content: 'Gia đình tôi chưa được bồi thường thỏa đáng khi bị thu hồi 52 m² đất ở.',
    field: 'land',
    ...overrides,
  })
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  return r.body
}
const step = async (client: ApiClient, id: string, action: string, payload: Record<string, unknown> = {}) => {
  const r = await client.post(`/api/cases/${id}/actions/${action}`, payload)
  expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200)
}
const documentsOf = async (client: ApiClient, id: string) => {
  const r = await client.get<{ items: DocumentItem[]; nextCursor: null }>(`/api/cases/${id}/documents`)
  expect(r.status, JSON.stringify(r.body)).toBe(200)
  return r.body.items
}

/** Downloads a document in both formats and returns the text of each, after checking the files open. */
async function both(client: ApiClient, caseId: string, type: string): Promise<{ docx: string; pdf: string }> {
  const docx = await client.download(`/api/cases/${caseId}/documents/${type}?format=docx`)
  expect(docx.status, docx.data.toString('utf8').slice(0, 300)).toBe(200)
  expect(docx.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  expect(docx.headers.get('content-disposition')).toMatch(
    /^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''/,
  )
  const word = docxContent(docx.data)
  expect(word.xml).toContain('Times New Roman')
  const pdf = await client.download(`/api/cases/${caseId}/documents/${type}?format=pdf`)
  expect(pdf.status).toBe(200)
  expect(pdf.headers.get('content-type')).toBe('application/pdf')
  expect(isPdf(pdf.data)).toBe(true)
  return { docx: word.text, pdf: skipPdf ? word.text : pdfText(pdf.data) }
}

/** Checks that both renderings contain every expected string (diacritics included). */
function expectBoth(texts: { docx: string; pdf: string }, expected: string[], absent: string[] = []) {
  for (const [format, text] of Object.entries(texts)) {
    for (const s of expected) expect(text, `${format} should contain "${s}"`).toContain(s)
    for (const s of absent) expect(text, `${format} must not contain "${s}"`).not.toContain(s)
  }
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
  unitAdmin = await login('quantri.badinh')
  cityLeader = await login('lanhdao.hanoi')
  socsonReception = await login('tiepdan.socson')
  viewerElsewhere = await login('xem.hoankiem')
})
afterAll(() => app?.close())

describe('complaint documents: acceptance, suspension, resumption, decision', () => {
  let c: Intake
  beforeAll(async () => {
    c = await intake(reception)
    await step(handler, c.id, 'accept', { date: '2026-03-05' })
    await step(handler, c.id, 'start_verification')
    await step(leader, c.id, 'suspend', {
      decisionNumber: '12/QĐ-UBND',
      reason: 'Chờ kết quả đo đạc lại thửa đất của Văn phòng đăng ký đất đai',
      legalBasis: 'Nghị định số 155/2026/NĐ-CP, Điều 12',
      date: '2026-03-20',
    })
    await step(leader, c.id, 'resume', { decisionNumber: '20/QĐ-UBND', date: '2026-04-06' })
    await step(handler, c.id, 'hold_dialogue', { dialogueDate: '2026-04-15' })
    await step(leader, c.id, 'decide', {
      decisionNumber: '25/QĐ-UBND',
      decisionDate: '2026-04-24',
      legalBasis: 'Luật Khiếu nại năm 2011, Điều 31',
      result:
        'Công nhận một phần nội dung khiếu nại; giao Văn phòng đăng ký đất đai đo đạc, bồi thường bổ sung 12 m² đất ở.',
    })
  })

  it('lists the documents the steps produced, in the order of the steps', async () => {
    const items = await documentsOf(handler, c.id)
    expect(items.map((d) => d.type)).toEqual([
      'acceptance_notice',
      'suspension_decision',
      'resumption_decision',
      'complaint_decision',
    ])
    expect(items[0]).toMatchObject({
      label: 'Thông báo thụ lý',
      action: 'accept',
      date: '2026-03-05',
      fileName: `Thông báo thụ lý ${c.trackingCode}`,
      links: { pdf: `/api/cases/${c.id}/documents/acceptance_notice?format=pdf` },
    })
  })

  it('renders the acceptance notice with the national heading, the citizen and the deadline', async () => {
    const texts = await both(handler, c.id, 'acceptance_notice')
    expectBoth(texts, [
      BA_DINH,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Ba Đình, ngày 05 tháng 3 năm 2026',
      'THÔNG BÁO',
      'Về việc thụ lý giải quyết khiếu nại',
      'Nguyễn Thị Ỷ Lan',
      'Số 18 ngõ Hàng Bột, Phường Ba Đình',
      c.trackingCode,
      'Luật Khiếu nại Điều 27',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nơi nhận:',
      // The ward's published contacts (organization contact fields).
      '- Địa chỉ: Số 25 phố Đội Cấn, phường Ba Đình, thành phố Hà Nội;',
      '- Thư điện tử: tiepnhan.badinh@danvan.example.',
    ])
  })

  it('renders the suspension and resumption decisions with their numbers and reasons', async () => {
    expectBoth(await both(leader, c.id, 'suspension_decision'), [
      'Số: 12/QĐ-UBND',
      'Ba Đình, ngày 20 tháng 3 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc tạm đình chỉ việc giải quyết khiếu nại',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH',
      'Chờ kết quả đo đạc lại thửa đất của Văn phòng đăng ký đất đai',
      'Nghị định số 155/2026/NĐ-CP, Điều 12',
      'Phạm Thị Lan', // lanhdao.badinh signed it
    ])
    expectBoth(await both(leader, c.id, 'resumption_decision'), [
      'Số: 20/QĐ-UBND',
      'Về việc tiếp tục giải quyết khiếu nại',
      'kể từ ngày 06/04/2026',
    ])
  })

  it('renders the complaint decision with its number, result and the right to appeal', async () => {
    expectBoth(await both(leader, c.id, 'complaint_decision'), [
      'Số: 25/QĐ-UBND',
      'Ba Đình, ngày 24 tháng 4 năm 2026',
      'Về việc giải quyết khiếu nại của ông/bà Nguyễn Thị Ỷ Lan (lần đầu)',
      'bồi thường bổ sung 12 m² đất ở',
      'khiếu nại đến người có thẩm quyền giải quyết khiếu nại lần hai',
      'Phạm Thị Lan',
    ])
  })

  it('refuses a document the case has not produced, an unknown type and an unknown format', async () => {
    const fresh = await intake(reception)
    const missing = await handler.download(`/api/cases/${fresh.id}/documents/complaint_decision?format=pdf`)
    expect(missing.status).toBe(404)
    expect(JSON.parse(missing.data.toString('utf8'))).toMatchObject({
      error: { code: 'NOT_FOUND', message: expect.stringContaining('Quyết định giải quyết khiếu nại') },
    })
    const badType = await handler.get<ErrorBody>(`/api/cases/${c.id}/documents/bien_ban`)
    expect(badType.status).toBe(400)
    expect(badType.body.error.code).toBe('VALIDATION_FAILED')
    const badFormat = await handler.get<ErrorBody>(
      `/api/cases/${c.id}/documents/acceptance_notice?format=odt`,
    )
    expect(badFormat.status).toBe(400)
    expect(badFormat.body.error.fields?.[0]?.path).toBe('format')
  })

  it('answers 404 to an official outside the case organization', async () => {
    expect((await socsonReception.get(`/api/cases/${c.id}/documents`)).status).toBe(404)
    expect((await socsonReception.download(`/api/cases/${c.id}/documents/acceptance_notice`)).status).toBe(
      404,
    )
    // An account without case access at all is refused outright.
    expect((await viewerElsewhere.get(`/api/cases/${c.id}/documents`)).status).toBe(403)
  })
})

describe('letter handling documents: refusal, guidance, forwarding, termination', () => {
  it('renders the refusal notice with the reason and legal basis', async () => {
    const c = await intake(reception)
    await step(leader, c.id, 'refuse', {
      reason: 'Đơn khiếu nại gửi quá thời hiệu 90 ngày mà không có lý do chính đáng',
      legalBasis: 'Luật Khiếu nại năm 2011, Điều 11',
      date: '2026-03-09',
    })
    expectBoth(await both(handler, c.id, 'refusal_notice'), [
      'Về việc không thụ lý giải quyết khiếu nại',
      'Nguyễn Thị Ỷ Lan',
      'Đơn khiếu nại gửi quá thời hiệu 90 ngày mà không có lý do chính đáng',
      'Luật Khiếu nại năm 2011, Điều 11',
      c.trackingCode,
    ])
  })

  it('renders the guidance letter naming the competent body', async () => {
    const c = await intake(reception, {
      kind: 'petition',
      summary: 'Kiến nghị về cấp giấy chứng nhận quyền sử dụng đất',
    })
    await step(handler, c.id, 'guide', {
      competentBody: 'Văn phòng Đăng ký đất đai Hà Nội',
      date: '2026-03-06',
    })
    expectBoth(await both(handler, c.id, 'guidance_letter'), [
      'PHIẾU HƯỚNG DẪN',
      'Văn phòng Đăng ký đất đai Hà Nội',
      'Kính gửi: Ông/bà Nguyễn Thị Ỷ Lan',
      'Ba Đình, ngày 06 tháng 3 năm 2026',
    ])
  })

  it('renders the forwarding letter to the target organization', async () => {
    const c = await intake(reception, {
      kind: 'feedback',
      summary: 'Phản ánh về ô nhiễm tiếng ồn từ xưởng cơ khí',
    })
    await step(handler, c.id, 'forward', { targetOrganization: 'Sở Nông nghiệp và Môi trường Hà Nội' })
    expectBoth(await both(handler, c.id, 'forwarding_letter'), [
      'PHIẾU CHUYỂN ĐƠN',
      'Kính gửi: Sở Nông nghiệp và Môi trường Hà Nội.',
      'Phản ánh về ô nhiễm tiếng ồn từ xưởng cơ khí',
      c.trackingCode,
    ])
  })

  it('renders the termination decision', async () => {
    const c = await intake(reception)
    await step(handler, c.id, 'accept', { date: '2026-03-05' })
    await step(handler, c.id, 'start_verification')
    await step(leader, c.id, 'terminate', {
      decisionNumber: '31/QĐ-UBND',
      reason: 'Người khiếu nại rút toàn bộ nội dung khiếu nại',
    })
    expectBoth(await both(leader, c.id, 'termination_decision'), [
      'Số: 31/QĐ-UBND',
      'Về việc đình chỉ việc giải quyết khiếu nại',
      'Người khiếu nại rút toàn bộ nội dung khiếu nại',
    ])
  })
})

describe('petition documents: answer, thank-you letter, apology for a late answer', () => {
  let c: Intake
  beforeAll(async () => {
    c = await intake(reception, {
      kind: 'petition',
      summary: 'Kiến nghị lắp đèn chiếu sáng ngõ 56 phố Đội Cấn',
      field: 'construction',
    })
    await step(handler, c.id, 'accept', { date: '2026-03-03' })
    // The reply was due ten working days after receipt (mid-March); it came on 20 April.
    await step(leader, c.id, 'answer', {
      answer: 'Ủy ban nhân dân phường đã giao Ban Quản lý dự án lắp đặt 6 bộ đèn LED trong quý II năm 2026.',
      date: '2026-04-20',
    })
    await step(handler, c.id, 'close', { date: '2026-04-22' })
  })

  it('offers the answer, the thank-you letter and the apology letter', async () => {
    const types = (await documentsOf(handler, c.id)).map((d) => d.type)
    expect(types).toEqual(['petition_answer', 'thank_you_letter', 'apology_letter'])
  })

  it('renders the answer and the thank-you letter', async () => {
    expectBoth(await both(handler, c.id, 'petition_answer'), [
      'VĂN BẢN TRẢ LỜI',
      'Về việc trả lời kiến nghị của ông/bà Nguyễn Thị Ỷ Lan',
      'lắp đặt 6 bộ đèn LED trong quý II năm 2026',
      'Ba Đình, ngày 20 tháng 4 năm 2026',
    ])
    expectBoth(await both(handler, c.id, 'thank_you_letter'), [
      'THƯ CẢM ƠN',
      'Kiến nghị lắp đèn chiếu sáng ngõ 56 phố Đội Cấn',
      'trả lời ngày 20/04/2026',
      'Phạm Thị Lan',
    ])
  })

  it('renders the apology letter with the missed deadline and the delay', async () => {
    const timeline = await handler.get<{ items: { action: string; dueDate: string | null }[] }>(
      `/api/cases/${c.id}/timeline`,
    )
    const due = timeline.body.items.find((e) => e.action === 'accept')?.dueDate ?? ''
    expect(due < '2026-04-20').toBe(true)
    const [y, m, d] = due.split('-')
    const days = Math.round((Date.parse('2026-04-20') - Date.parse(due)) / 86_400_000)
    expectBoth(await both(handler, c.id, 'apology_letter'), [
      'THƯ XIN LỖI',
      `chậm nhất ngày ${d}/${m}/${y}`,
      `Hồ sơ đã được giải quyết ngày 20/04/2026, chậm ${days} ngày so với thời hạn.`,
      'thành thật xin lỗi ông/bà',
    ])
  })

  it('offers no apology letter for an answer given in time', async () => {
    const onTime = await intake(reception, { kind: 'petition', receivedAt: '2026-03-02T09:00:00+07:00' })
    await step(handler, onTime.id, 'accept', { date: '2026-03-03' })
    await step(leader, onTime.id, 'answer', { answer: 'Đã sửa chữa xong.', date: '2026-03-05' })
    expect((await documentsOf(handler, onTime.id)).map((d) => d.type)).toEqual(['petition_answer'])
  })
})

describe('denunciation documents keep the denouncer secret', () => {
  const secretName = 'Hoàng Văn Kín Tiếng'
  const secretId = '001077665544'
  const secretAddress = 'Số 9 ngách 4 phố Vĩnh Phúc'
  let c: Intake
  beforeAll(async () => {
    c = await intake(reception, {
      kind: 'denunciation',
      citizen: {
        fullName: secretName,
        idNumber: secretId,
        phone: '0988777666',
        address: { unitCode: '00004', detail: secretAddress },
      },
      summary: 'Tố cáo cán bộ địa chính phường nhận tiền để hợp thức hóa đất lấn chiếm',
      field: 'officials_conduct',
    })
    await step(handler, c.id, 'accept', { date: '2026-03-10' })
    await step(handler, c.id, 'start_verification')
    await step(leader, c.id, 'extend', {
      decisionNumber: '7/QĐ-UBND',
      reason: 'Cần xác minh tại nhiều địa điểm',
      complexity: 'complex',
    })
    await step(leader, c.id, 'conclude', {
      conclusionNumber: '5/KL-UBND',
      conclusionDate: '2026-05-08',
      result: 'Nội dung tố cáo đúng một phần; kiến nghị xử lý kỷ luật cán bộ địa chính.',
    })
  })

  it('renders acceptance, extension and conclusion without the name, ID number or address', async () => {
    const items = (await documentsOf(leader, c.id)).map((d) => d.type)
    expect(items).toEqual(['acceptance_notice', 'extension_decision', 'denunciation_conclusion'])
    // Neither the handler nor the leader (who may reveal the identity, with a reason) gets it in a document.
    for (const client of [handler, leader])
      for (const type of items)
        expectBoth(
          await both(client, c.id, type),
          [c.trackingCode],
          [secretName, secretId, secretAddress, '0988777666'],
        )
    expectBoth(await both(handler, c.id, 'acceptance_notice'), [
      '(danh tính được giữ bí mật)',
      'Về việc thụ lý giải quyết tố cáo',
    ])
    expectBoth(await both(leader, c.id, 'denunciation_conclusion'), [
      'Số: 5/KL-UBND',
      'KẾT LUẬN',
      'kiến nghị xử lý kỷ luật cán bộ địa chính',
    ])
  })
})

describe('a leader prints a protected identity only with a reason, and it is recorded', () => {
  it('reveals the denouncer in the acceptance notice for the leader who gives a reason', async () => {
    const secretName = 'Lý Thị Ẩn Danh'
    const c = await intake(reception, {
      kind: 'denunciation',
      citizen: {
        fullName: secretName,
        phone: '0977111222',
        address: { unitCode: '00004', detail: 'Số 3 phố Kim Mã' },
      },
      summary: 'Tố cáo cán bộ thu tiền trái quy định khi cấp giấy phép sửa chữa nhà',
      field: 'officials_conduct',
    })
    await step(handler, c.id, 'accept', { date: '2026-03-10' })
    const reason = encodeURIComponent('Gửi thông báo thụ lý đến người tố cáo theo Điều 29 Luật Tố cáo')
    const path = `/api/cases/${c.id}/documents/acceptance_notice?format=pdf&revealReason=${reason}`
    // A handler may not; a too short reason is refused; nothing is revealed either way.
    expect((await handler.download(path)).status).toBe(403)
    const short = await leader.download(`/api/cases/${c.id}/documents/acceptance_notice?revealReason=xem`)
    expect(short.status).toBe(400)
    const revealed = await leader.download(path)
    expect(revealed.status).toBe(200)
    const text = skipPdf ? '' : pdfText(revealed.data)
    if (!skipPdf) {
      expect(text).toContain(secretName)
      expect(text).toContain('Số 3 phố Kim Mã, Phường Ba Đình')
    }
    const reveals = await app.server.database.pool.query<{ reason: string; user_name: string }>(
      'select reason, user_name from identity_reveals where case_id = $1',
      [c.id],
    )
    expect(reveals.rows).toEqual([
      {
        reason: 'Gửi thông báo thụ lý đến người tố cáo theo Điều 29 Luật Tố cáo',
        user_name: 'lanhdao.badinh',
      },
    ])
    // Without a reason the same leader gets the document without the identity.
    expectBoth(await both(leader, c.id, 'acceptance_notice'), ['(danh tính được giữ bí mật)'], [secretName])
  })
})

describe('templates adjusted per organization (GET/PUT /api/document-templates/:type)', () => {
  const ownText = 'Ủy ban nhân dân phường Ba Đình tiếp nhận qua Bộ phận Một cửa, số điện thoại 024 3823 4567.'

  it('shows the national default to a unit admin and refuses officials without the permission', async () => {
    const r = await unitAdmin.get<{
      source: string
      version: number
      body: string
      placeholders: { name: string }[]
    }>('/api/document-templates/acceptance_notice')
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ source: 'default', version: 0 })
    expect(r.body.placeholders.map((p) => p.name)).toContain('case.trackingCode')
    expect((await handler.get('/api/document-templates/acceptance_notice')).status).toBe(403)
    const list = await unitAdmin.get<{ items: { type: string }[] }>('/api/document-templates')
    expect(list.body.items).toHaveLength(13)
  })

  it('saves a version for the organization, which its cases print and other communes do not', async () => {
    const current = await unitAdmin.get<Record<string, unknown>>('/api/document-templates/acceptance_notice')
    const { numberSymbol, title, subtitle, body, recipients, signerAuthority, signerTitle } = current.body
    const saved = await unitAdmin.request<{ source: string; version: number }>(
      'PUT',
      '/api/document-templates/acceptance_notice',
      {
        numberSymbol,
        title,
        subtitle,
        body: `${String(body)}\n\n${ownText} Mã hồ sơ của ông/bà: {{case.trackingCode}}.`,
        recipients,
        signerAuthority,
        signerTitle,
        expectedVersion: 0,
      },
    )
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body).toMatchObject({ source: 'own', version: 1 })

    const baDinh = await intake(reception)
    await step(handler, baDinh.id, 'accept', { date: '2026-03-05' })
    expectBoth(await both(handler, baDinh.id, 'acceptance_notice'), [
      ownText,
      `Mã hồ sơ của ông/bà: ${baDinh.trackingCode}.`,
    ])

    const socSon = await intake(socsonReception, {
      citizen: { ...citizen, address: { unitCode: '00376', detail: 'Thôn Đông Hạ' } },
    })
    await step(cityLeader, socSon.id, 'accept', { date: '2026-03-05' })
    expectBoth(
      await both(cityLeader, socSon.id, 'acceptance_notice'),
      ['ỦY BAN NHÂN DÂN XÃ SÓC SƠN', 'Sóc Sơn, ngày 05 tháng 3 năm 2026'],
      [ownText],
    )

    const audit = await unitAdmin.get<{ items: { action: string; summary: { version?: number } }[] }>(
      '/api/audit?limit=20',
    )
    expect(audit.body.items.find((e) => e.action === 'document_template.saved')?.summary.version).toBe(1)
  })

  it('refuses unknown placeholders, stale versions and organizations out of scope', async () => {
    const base = {
      numberSymbol: '/TB-UBND',
      title: 'Thông báo',
      body: 'Kính gửi ông/bà {{citizen.fullName}}, số hồ sơ {{case.soHoSo}}.',
      recipients: 'Lưu: VT.',
      signerTitle: 'Chủ tịch',
    }
    const unknown = await unitAdmin.request<ErrorBody>(
      'PUT',
      '/api/document-templates/thank_you_letter',
      base,
    )
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.fields).toEqual([
      { path: 'body', message: expect.stringContaining('{{case.soHoSo}}') },
    ])
    const stale = await unitAdmin.request<ErrorBody>('PUT', '/api/document-templates/acceptance_notice', {
      ...base,
      body: 'Thông báo thụ lý hồ sơ {{case.trackingCode}}.',
      expectedVersion: 0,
    })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe('CONFLICT')
    const orgs = await unitAdmin.get<{ items: { id: string; code: string }[] }>(
      '/api/organizations?limit=100',
    )
    const hoanKiem = orgs.body.items.find((o) => o.code === 'HN-HOANKIEM')
    const outside = await unitAdmin.request<ErrorBody>(
      'PUT',
      `/api/document-templates/thank_you_letter?organization=${hoanKiem?.id ?? '00000000-0000-7000-8000-000000000000'}`,
      { ...base, body: 'Cảm ơn ông/bà {{citizen.fullName}}.' },
    )
    expect(outside.status).toBe(404)
    const national = await unitAdmin.request<ErrorBody>(
      'PUT',
      '/api/document-templates/thank_you_letter?organization=national',
      {
        ...base,
        body: 'Cảm ơn ông/bà {{citizen.fullName}}.',
      },
    )
    expect(national.status).toBe(403)
  })
})

describe('apology letter while the answer is overdue', () => {
  it('offers it for an open case past its deadline, stating the delay so far', async () => {
    // Received in March 2026 and never answered: the 10-working-day reply deadline has long passed.
    const c = await intake(reception, {
      kind: 'feedback',
      summary: 'Phản ánh nắp cống vỡ trước số 30 phố Quán Thánh',
    })
    await step(handler, c.id, 'accept', { date: '2026-03-03' })
    const items = await documentsOf(handler, c.id)
    expect(items.map((d) => d.type)).toEqual(['apology_letter'])
    expectBoth(await both(handler, c.id, 'apology_letter'), [
      'hồ sơ chưa được giải quyết xong',
      'Phản ánh nắp cống vỡ trước số 30 phố Quán Thánh',
    ])
  })
})
