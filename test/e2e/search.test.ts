// Browser tests of the search page, the hotline operator screen and the e-mail inbox: an official searches
// without diacritics, sees the matches highlighted, filters and exports to Excel; an operator logs a call
// and sees the caller's earlier case by phone; a handler confirms a mailed letter and the case opens with
// the mail's attachment.
import { readFileSync } from 'node:fs'
import nodemailer from 'nodemailer'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'

const skipReason = chromiumSkipReason()
if (skipReason) console.warn(skipReason)

const INBOX = 'hn-badinh@danvan.local'
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
)

describe.skipIf(skipReason)('search, hotline and e-mail inbox in a browser', { timeout: 120_000 }, () => {
  const web = useBrowserApp({
    demo: true,
    env: { DANVAN_SMTP_INBOUND_PORT: '0' },
    context: { acceptDownloads: true },
  })
  const { loggedIn } = web
  let reception: ApiClient

  /** A case taken in at the desk through the API, as the scene for the browser. */
  const intake = async (citizen: Record<string, unknown>, summary: string, kind = 'petition') => {
    const r = await reception.post<{ id: string; trackingCode: string } & ErrorBody>('/api/cases', {
      kind,
      channel: 'in_person',
      receivedAt: new Date().toISOString(),
      citizen,
      summary,
      content: `${summary}. Đề nghị phường xem xét, giải quyết.`,
      field: 'other',
      protectIdentity: false,
    })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    return r.body
  }

  beforeAll(async () => {
    reception = new ApiClient(web.app.url)
    expect((await reception.login('tiepdan.badinh', DEMO_PASSWORD)).status).toBe(200)
  })

  it('searches without diacritics, highlights, filters and exports the results to Excel', async () => {
    const found = await intake(
      {
        fullName: 'Đoàn Thị Thủy Tiên',
        idNumber: '001190765432',
        phone: '0904765432',
        address: { unitCode: '00004', detail: 'Số 18 phố Quán Thánh' },
      },
      'Kiến nghị lắp đèn chiếu sáng ngõ 18 phố Quán Thánh',
    )
    const page = await loggedIn('lanhdao.badinh')
    await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Tìm kiếm' }).click()
    await page.getByRole('heading', { name: 'Tìm kiếm hồ sơ, lượt tiếp dân, vụ việc', level: 1 }).waitFor()
    const box = page.getByRole('search').getByPlaceholder(/^Họ tên, địa chỉ/)
    await box.fill('doan thi thuy tien quan thanh')
    await box.press('Enter')
    const results = page.getByLabel('Kết quả tìm kiếm')
    const item = results.locator('.ant-list-item').filter({ hasText: found.trackingCode })
    await item.waitFor()
    await page.screenshot({ path: 'test-results/search-page.png', fullPage: true })
    // The words typed without diacritics are marked in the accented text.
    await expect
      .poll(() => item.locator('mark').allTextContents())
      .toEqual(expect.arrayContaining(['Đoàn', 'Thủy', 'Tiên', 'Quán', 'Thánh']))

    // A filter that excludes it, then one that keeps it.
    await page.getByRole('combobox', { name: 'Loại đơn' }).click()
    await page.locator('.ant-select-item-option[title="Khiếu nại"]').click()
    await results.getByText('Không có kết quả phù hợp.').waitFor()
    await page.getByRole('combobox', { name: 'Loại đơn' }).click()
    await page.locator('.ant-select-item-option[title="Kiến nghị"]').click()
    await item.waitFor()

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Xuất Excel' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^tim-kiem-ho-so-.*\.xlsx$/)
    const saved = await download.path()
    const bytes = readFileSync(saved)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const cells = workbook.worksheets[0]?.getColumn(1).values.map(String) ?? []
    expect(cells).toContain(found.trackingCode)

    // Reception visits are searched from the same box.
    const visit = await reception.post<ErrorBody>('/api/reception/visits', {
      visitedAt: new Date(Date.now() - 3_600_000).toISOString(),
      kind: 'regular',
      citizens: [{ fullName: 'Mùa A Chứ', address: { unitCode: '00004', detail: 'Số 2 phố Đội Cấn' } }],
      summary: 'Hỏi thủ tục đăng ký thường trú cho con mới sinh',
      contentKinds: ['KN-PA'],
      withinCompetence: true,
      outcome: 'guided',
      guidance: 'Hướng dẫn nộp hồ sơ đăng ký thường trú trên Cổng dịch vụ công',
    })
    expect(visit.status, JSON.stringify(visit.body)).toBe(201)
    await page.getByText('Lượt tiếp dân', { exact: true }).click()
    await box.fill('dang ky thuong tru mua a chu')
    await box.press('Enter')
    const visitItem = results.locator('.ant-list-item').filter({ hasText: 'Hỏi thủ tục đăng ký thường trú' })
    await visitItem.getByRole('link', { name: /Sổ tiếp công dân/ }).waitFor()
    await expect.poll(() => visitItem.locator('mark').allTextContents()).toContain('Chứ')
    await page.screenshot({ path: 'test-results/search-visits.png', fullPage: true })
  })

  it('logs a hotline call and finds the caller’s earlier case by phone number', async () => {
    const earlier = await intake(
      {
        fullName: 'Lò Văn Pao',
        phone: '0915808182',
        address: { unitCode: '00004', detail: 'Số 4 phố Kim Mã' },
      },
      'Phản ánh rác thải tồn đọng đầu ngõ 4 phố Kim Mã',
      'feedback',
    )
    const page = await loggedIn('chuyenvien.badinh')
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Đường dây nóng' })
      .click()
    await page.getByRole('heading', { name: 'Đường dây nóng', level: 1 }).waitFor()
    await page.getByLabel('Số gọi đến').fill('0915 808 182')
    await page.getByLabel('Họ tên người gọi').fill('Lò Văn Pao')
    await page.getByLabel('Nội dung cuộc gọi').click()
    await page.getByRole('link', { name: earlier.trackingCode }).waitFor()
    await page.getByLabel('Nội dung cuộc gọi').fill('Hỏi tiến độ xử lý rác thải đầu ngõ 4 phố Kim Mã')
    await page.getByLabel('Nội dung đã trả lời').fill('Đã giao tổ dân phố thu gom trong ngày mai.')
    await page.getByRole('button', { name: 'Lưu cuộc gọi' }).click()
    await page.getByRole('status').filter({ hasText: 'Đã lưu cuộc gọi.' }).waitFor()
    await page.getByRole('row').filter({ hasText: 'Hỏi tiến độ xử lý rác thải' }).waitFor()
  })

  it('lists a mailed letter as a draft; confirming it opens the case with the attachment', async () => {
    const subject = 'Phản ánh vỉa hè phố Liễu Giai bị lấn chiếm'
    await nodemailer
      .createTransport({
        host: '127.0.0.1',
        port: web.app.server.inboundSmtp?.port ?? 0,
        secure: false,
        ignoreTLS: true,
      })
      .sendMail({
        from: 'Hà Văn Sơn <ha.son@example.vn>',
        to: INBOX,
        subject,
        text: 'Vỉa hè trước số 30 phố Liễu Giai bị lấn chiếm làm bãi gửi xe, người đi bộ phải xuống lòng đường.',
        attachments: [{ filename: 'anh-via-he.pdf', content: PDF }],
      })
    const page = await loggedIn('chuyenvien.badinh')
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Thư điện tử đến' })
      .click()
    await page.getByRole('heading', { name: 'Thư điện tử đến', level: 1 }).waitFor()
    const row = page.getByRole('row').filter({ hasText: subject })
    await row.getByText('anh-via-he.pdf').waitFor()
    await row.locator('.ant-table-row-expand-icon').click()
    await page.getByRole('button', { name: 'Lập hồ sơ' }).click()
    await page.waitForURL(/\/app\/cases\/[0-9a-f-]{36}$/)
    await page.getByRole('heading', { name: /^Kiến nghị DV-/, level: 1 }).waitFor()
    const files = page.locator('.ant-card').filter({ hasText: 'Tệp đính kèm' })
    await files.getByText('anh-via-he.pdf').waitFor()
    expect(await files.getByRole('link', { name: 'Mở tệp' }).count()).toBe(1)
  })
})
