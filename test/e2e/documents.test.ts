// Browser test of the case documents: a leader downloads the complaint decision as PDF from the case page
// (its first page is saved as a PNG in test-results/ to look at), and a unit admin adjusts a template.
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'
import { isPdf, pdfFirstPagePng, pdfText, pdftotextSkipReason } from '../support/documents.ts'
import { ApiClient } from '../support/http.ts'

const skipReason = chromiumSkipReason() ?? pdftotextSkipReason()
if (skipReason) console.warn(skipReason)

const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url))
const CITIZEN = 'Đặng Thị Ửng'

describe.skipIf(skipReason)('case documents in a browser', { timeout: 120_000 }, () => {
  const web = useBrowserApp({ demo: true, context: { acceptDownloads: true } })
  const { loggedIn } = web
  let caseId = ''
  let trackingCode = ''

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true })

    // The case is walked to its decision through the API; the browser part is the download.
    const api = async (username: string) => {
      const client = new ApiClient(web.app.url)
      expect((await client.login(username, DEMO_PASSWORD)).status).toBe(200)
      return client
    }
    const reception = await api('tiepdan.badinh')
    const leader = await api('lanhdao.badinh')
    const created = await reception.post<{ id: string; trackingCode: string }>('/api/cases', {
      kind: 'complaint',
      channel: 'in_person',
      receivedAt: '2026-03-02T09:00:00+07:00',
      citizen: {
        fullName: CITIZEN,
        phone: '0913222333',
        address: { unitCode: '00004', detail: 'Số 5 phố Liễu Giai' },
      },
      summary: 'Khiếu nại quyết định cưỡng chế tháo dỡ mái che',
      content: 'Mái che được xây dựng trước năm 2010 và đã được phường cho phép.',
      field: 'construction',
    })
    expect(created.status).toBe(201)
    caseId = created.body.id
    trackingCode = created.body.trackingCode
    for (const [action, body] of [
      ['accept', { date: '2026-03-05' }],
      ['start_verification', {}],
      [
        'decide',
        {
          decisionNumber: '41/QĐ-UBND',
          decisionDate: '2026-03-30',
          legalBasis: 'Luật Khiếu nại năm 2011, Điều 31',
          result: 'Giữ nguyên quyết định cưỡng chế tháo dỡ mái che lấn chiếm vỉa hè.',
        },
      ],
    ] as const) {
      const r = await leader.post(`/api/cases/${caseId}/actions/${action}`, body)
      expect(r.status, JSON.stringify(r.body)).toBe(200)
    }
  })

  it('downloads the complaint decision as PDF from the case page and saves a PNG of its first page', async () => {
    const page = await loggedIn('lanhdao.badinh')
    await page.goto(`/app/cases/${caseId}`)
    await page.getByRole('heading', { name: `Khiếu nại ${trackingCode}`, level: 1 }).waitFor()
    const button = page.getByRole('link', { name: 'Tải Quyết định giải quyết khiếu nại (PDF)' })
    await button.waitFor()
    expect(await page.getByRole('link', { name: 'Tải Thông báo thụ lý (DOCX)' }).count()).toBe(1)

    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toBe(`Quyết định giải quyết khiếu nại ${trackingCode}.pdf`)
    const saved = path.join(resultsDir, 'documents-complaint-decision.pdf')
    await download.saveAs(saved)
    const pdf = readFileSync(saved)
    expect(isPdf(pdf)).toBe(true)
    const text = pdfText(pdf)
    for (const s of [
      'ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 41/QĐ-UBND',
      'Ba Đình, ngày 30 tháng 3 năm 2026',
      CITIZEN,
      'Giữ nguyên quyết định cưỡng chế tháo dỡ mái che lấn chiếm vỉa hè.',
    ])
      expect(text).toContain(s)
    const png = path.join(resultsDir, 'documents-complaint-decision.png')
    pdfFirstPagePng(pdf, png)
    const signature = readFileSync(png).subarray(0, 8)
    expect(signature.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true)
  })

  it('prints the protected denouncer only after the leader gives a reason', async () => {
    const api = new ApiClient(web.app.url)
    expect((await api.login('tiepdan.badinh', DEMO_PASSWORD)).status).toBe(200)
    const handler = new ApiClient(web.app.url)
    expect((await handler.login('chuyenvien.badinh', DEMO_PASSWORD)).status).toBe(200)
    const denouncer = 'Trịnh Văn Giấu'
    const created = await api.post<{ id: string; trackingCode: string }>('/api/cases', {
      kind: 'denunciation',
      channel: 'in_person',
      receivedAt: '2026-03-02T09:00:00+07:00',
      citizen: { fullName: denouncer, phone: '0966555444' },
      summary: 'Tố cáo cán bộ thu phí trái quy định',
      content: 'Cán bộ thu thêm phí khi làm thủ tục chứng thực.',
      field: 'officials_conduct',
    })
    expect(created.status).toBe(201)
    expect(
      (await handler.post(`/api/cases/${created.body.id}/actions/accept`, { date: '2026-03-05' })).status,
    ).toBe(200)

    const page = await loggedIn('lanhdao.badinh')
    await page.goto(`/app/cases/${created.body.id}`)
    await page.getByRole('heading', { name: `Tố cáo ${created.body.trackingCode}`, level: 1 }).waitFor()
    await page.getByRole('button', { name: 'In Thông báo thụ lý kèm danh tính người tố cáo' }).click()
    const dialog = page.getByRole('dialog', { name: 'In Thông báo thụ lý kèm danh tính người tố cáo' })
    await dialog.getByRole('textbox', { name: /Lý do/ }).fill('Gửi thông báo thụ lý cho chính người tố cáo')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Tải PDF' }).click(),
    ])
    const saved = path.join(resultsDir, 'documents-denunciation-revealed.pdf')
    await download.saveAs(saved)
    expect(pdfText(readFileSync(saved))).toContain(denouncer)
  })

  it('lets a unit admin adjust the thank-you letter of the ward', async () => {
    const page = await loggedIn('quantri.badinh')
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Mẫu văn bản' })
      .click()
    await page.getByRole('heading', { name: 'Mẫu văn bản', level: 1 }).waitFor()
    // Keyboard: type part of the name in the picker and take the match with Enter.
    await page.getByRole('combobox', { name: 'Loại văn bản' }).fill('Thư cảm')
    await page.locator('.ant-select-item-option-active').filter({ hasText: 'Thư cảm ơn' }).waitFor()
    await page.getByRole('combobox', { name: 'Loại văn bản' }).press('Enter')
    await page.getByText('Mẫu mặc định toàn quốc').waitFor()
    const body = page.getByRole('textbox', { name: /^Nội dung/ })
    await body.fill(
      'Kính gửi: Ông/bà {{citizen.fullName}}.\n\nPhường Ba Đình cảm ơn ông/bà về {{case.trackingCode}}.',
    )
    await page.getByRole('button', { name: 'Lưu mẫu' }).click()
    await page.getByText('Đã lưu mẫu văn bản.').waitFor()
    await page.getByText('Mẫu riêng của đơn vị').waitFor()
    await page.getByText('Phiên bản 1').waitFor()

    await body.fill('Cảm ơn {{case.maSai}}.')
    await page.getByRole('button', { name: 'Lưu mẫu' }).click()
    await page.getByText('Không có trường {{case.maSai}}', { exact: false }).first().waitFor()
  })
})
