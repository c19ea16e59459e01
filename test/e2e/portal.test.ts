// The citizen portal in a real browser with JavaScript turned off: send a feedback with an attachment,
// get the code, track it, have it answered, rate the answer — on a desktop, on a 360×640 phone and with
// large text. Then an axe-core check of every portal page (no serious or critical violation), and
// screenshots of each page at phone and desktop width in test-results/screenshots.
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'
import { ApiClient } from '../support/http.ts'

const skipReason = chromiumSkipReason()
if (skipReason) console.warn(skipReason)

const screenshots = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url))
const axeScript = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url))
const PHONE = { width: 360, height: 640 }
const DESKTOP = { width: 1280, height: 900 }
// A 1×1 PNG: a photo of the broken street light.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

describe.skipIf(skipReason)('citizen portal in a browser without JavaScript', { timeout: 180_000 }, () => {
  // The portal is server-rendered: no back office to build.
  const web = useBrowserApp({ demo: true, backoffice: false, setupTimeout: 300_000 })
  let leader: ApiClient
  const codes: string[] = []

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true })
    leader = new ApiClient(web.app.url)
    await leader.login('lanhdao.badinh', DEMO_PASSWORD)
  })

  function newPage(options: { viewport: typeof PHONE; javaScript: boolean }): Promise<Page> {
    return web.newPage({
      viewport: options.viewport,
      javaScriptEnabled: options.javaScript,
      // Only to inject axe-core, which the portal's content security policy rightly refuses.
      bypassCSP: options.javaScript,
    })
  }

  /** The back office's answer, given through its API by the leader of Ba Đình (accept, then answer). */
  async function answerInBackOffice(code: string, text: string): Promise<void> {
    const list = await leader.get<{ items: { id: string; trackingCode: string }[] }>(
      '/api/cases?kind=feedback&limit=100',
    )
    const found = list.body.items.find((c) => c.trackingCode === code)
    expect(found).toBeDefined()
    expect((await leader.post(`/api/cases/${found?.id}/actions/accept`, {})).status).toBe(200)
    expect((await leader.post(`/api/cases/${found?.id}/actions/answer`, { answer: text })).status).toBe(200)
  }

  const shot = (page: Page, name: string, variant: string) =>
    page.screenshot({ path: `${screenshots}/portal-${name}-${variant}.png`, fullPage: true })

  async function journey(variant: string, viewport: typeof PHONE, largeText: boolean): Promise<void> {
    const page = await newPage({ viewport, javaScript: false })
    await page.goto('/')
    if (largeText) {
      await page.getByRole('link', { name: 'Tăng cỡ chữ' }).click()
      await page.getByRole('link', { name: 'Tăng cỡ chữ' }).click()
      expect(await page.locator('html').getAttribute('class')).toBe('t2')
    }
    await shot(page, 'trang-chu', variant)
    await page.getByLabel('Tỉnh, thành phố').selectOption('01')
    await page.getByRole('button', { name: 'Tiếp tục' }).click()
    await page.getByLabel('Xã, phường, đặc khu').selectOption('00004')
    await page.getByRole('button', { name: 'Xem thông tin liên hệ' }).click()
    await page.getByRole('heading', { name: 'Ủy ban nhân dân phường Ba Đình' }).waitFor()
    await shot(page, 'lien-he', variant)
    await page.getByRole('link', { name: 'Gửi đơn tới cơ quan này' }).first().click()
    await page
      .getByRole('heading', { level: 1, name: 'Gửi phản ánh, kiến nghị, khiếu nại, tố cáo' })
      .waitFor()
    expect(await page.getByLabel('Cơ quan nhận đơn (bắt buộc)').inputValue()).toMatch(/^[0-9a-f-]{36}$/)
    await shot(page, 'gui-phan-anh', variant)

    // First without consent: the error summary at the top says what to fix and links to the box.
    await page.getByLabel('Phản ánh', { exact: true }).check()
    await page.getByRole('textbox', { name: 'Họ và tên' }).fill('Trần Thị Bình')
    await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0912 345 678')
    await page.getByLabel('Tóm tắt nội dung (bắt buộc)').fill(`Đèn đường ngõ 12 không sáng (${variant})`)
    await page
      .getByLabel('Nội dung chi tiết (bắt buộc)')
      .fill('Đèn chiếu sáng ngõ 12 phố Đội Cấn không sáng đã hai tuần, buổi tối rất nguy hiểm.')
    await page.getByRole('button', { name: 'Gửi đơn' }).click()
    const summary = page.getByRole('alert')
    await expect.poll(() => summary.innerText()).toContain('Hãy đánh dấu ô “Tôi đồng ý…”')
    await shot(page, 'gui-phan-anh-loi', variant)
    await summary.getByRole('link').first().click()
    expect(page.url()).toContain('#f-consent')
    expect(await page.getByLabel('Tóm tắt nội dung (bắt buộc)').inputValue()).toContain('Đèn đường ngõ 12')

    await page.getByLabel(/Tôi đồng ý để cơ quan nhà nước xử lý dữ liệu cá nhân/).check()
    await page.getByLabel(/Tôi đồng ý công khai câu trả lời/).check()
    await page
      .getByLabel('Tệp đính kèm (không bắt buộc)')
      .setInputFiles({ name: 'den-duong.png', mimeType: 'image/png', buffer: PNG })
    await page.getByRole('button', { name: 'Gửi đơn' }).click()
    await page.getByRole('heading', { level: 1, name: 'Đã gửi đơn thành công' }).waitFor()
    const code = (await page.locator('#tracking-code').innerText()).trim()
    expect(code).toMatch(/^DV-[A-Z0-9]{4}-[A-Z0-9]{4}$/)
    codes.push(code)
    await shot(page, 'da-gui', variant)

    await page.getByRole('navigation').getByRole('link', { name: 'Tra cứu hồ sơ' }).click()
    await page.getByLabel('Mã tra cứu').fill(code.toLowerCase())
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor()
    expect(await page.locator('main').innerText()).toContain('Cơ quan chưa trả lời')
    await shot(page, 'tra-cuu-ho-so', variant)

    await answerInBackOffice(
      code,
      'Ủy ban nhân dân phường đã thay bóng đèn ngõ 12 ngày 14/3. Cảm ơn bà đã phản ánh.',
    )
    await page.reload()
    expect(await page.locator('main').innerText()).toContain('đã thay bóng đèn ngõ 12')
    await shot(page, 'tra-cuu-da-tra-loi', variant)
    await page.getByLabel('5 — Rất hài lòng').check()
    await page.getByLabel('Nhận xét (không bắt buộc)').fill('Xử lý nhanh, cảm ơn phường.')
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click()
    await page.getByText('Cảm ơn bạn đã đánh giá câu trả lời.').waitFor()
    expect(await page.getByRole('button', { name: 'Gửi đánh giá' }).count()).toBe(0)
    await shot(page, 'tra-cuu-da-danh-gia', variant)

    await page.getByRole('navigation').getByRole('link', { name: 'Câu trả lời đã công khai' }).click()
    await page.getByLabel('Tìm trong câu trả lời (gõ có dấu hoặc không dấu)').fill('thay bong den ngo 12')
    await page.getByRole('button', { name: 'Tìm', exact: true }).click()
    expect(await page.locator('main').innerText()).toContain('đã thay bóng đèn ngõ 12')
    await shot(page, 'tra-loi', variant)
    await page.getByRole('navigation').getByRole('link', { name: 'Lịch tiếp công dân' }).click()
    await shot(page, 'lich-tiep-dan', variant)
  }

  it('sends, tracks and rates on a desktop', async () => {
    await journey('may-tinh', DESKTOP, false)
  })

  it('does the same on a 360×640 phone', async () => {
    await journey('dien-thoai', PHONE, false)
  })

  it('does the same on a phone with large text', async () => {
    await journey('chu-lon', PHONE, true)
  })

  it('has no serious or critical accessibility violation on any portal page (axe-core)', async () => {
    const page = await newPage({ viewport: DESKTOP, javaScript: true })
    await page.goto('/gui-phan-anh')
    const organizationId = await page.locator('#f-organization option').nth(1).getAttribute('value')
    const code = codes[0] ?? ''
    const pages: { name: string; open: () => Promise<unknown> }[] = [
      { name: 'trang chủ', open: () => page.goto('/') },
      { name: 'trang chủ đã chọn xã', open: () => page.goto('/?tinh=01&xa=00004') },
      { name: 'gửi đơn', open: () => page.goto('/gui-phan-anh') },
      {
        name: 'gửi đơn có lỗi',
        open: async () => {
          await page.goto('/gui-phan-anh')
          await page.getByRole('button', { name: 'Gửi đơn' }).click()
          await page.getByRole('alert').waitFor()
        },
      },
      { name: 'tra cứu', open: () => page.goto('/tra-cuu') },
      { name: 'tra cứu sai mã', open: () => page.goto('/tra-cuu?ma=abc') },
      { name: 'hồ sơ', open: () => page.goto(`/tra-cuu/${code}`) },
      { name: 'câu trả lời công khai', open: () => page.goto('/tra-loi?q=den') },
      { name: 'lịch tiếp công dân', open: () => page.goto(`/lich-tiep-dan?co-quan=${organizationId ?? ''}`) },
    ]
    const found: string[] = []
    for (const contrast of [false, true]) {
      if (contrast) await page.goto('/hien-thi?tuong-phan=bat')
      for (const p of pages) {
        await p.open()
        await page.addScriptTag({ path: axeScript })
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }
          ).axe
          const result = await axe.run({ resultTypes: ['violations'] })
          return result.violations
        })
        for (const v of violations as AxeViolation[])
          if (v.impact === 'serious' || v.impact === 'critical')
            found.push(
              `${p.name}${contrast ? ' (tương phản cao)' : ''}: ${v.id} — ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            )
      }
    }
    expect(found).toEqual([])
  })

  it('renders the result page of a fresh send at phone width too (screenshot)', async () => {
    const page = await newPage({ viewport: PHONE, javaScript: false })
    await page.goto('/hien-thi?tuong-phan=bat')
    await page.goto('/gui-phan-anh')
    await shot(page, 'gui-phan-anh-tuong-phan', 'dien-thoai')
    expect(await page.locator('html').getAttribute('class')).toContain('hc')
  })
})
