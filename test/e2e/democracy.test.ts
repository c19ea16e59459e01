// Browser test of the grassroots-democracy records: a mobilization officer of phường Ba Đình keeps the
// enterprise register (adds an enterprise, corrects it, stops following it with a reason), then corrects a
// recorded conference whose attendance was entered wrongly and withdraws another recorded by mistake.
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'
import { ApiClient } from '../support/http.ts'

const skipReason = chromiumSkipReason()
if (skipReason) console.warn(skipReason)

const ENTERPRISE = 'Công ty TNHH Bánh kẹo Quán Thánh (thử nghiệm)'

describe.skipIf(skipReason)('democracy records in a browser', { timeout: 180_000 }, () => {
  const web = useBrowserApp({ demo: true })
  const { loggedIn } = web

  it('adds, edits and stops following an enterprise in the register', async () => {
    const page = await loggedIn('danvan.badinh')
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Doanh nghiệp theo dõi' })
      .click()
    await page
      .getByRole('heading', { name: 'Doanh nghiệp theo dõi hội nghị người lao động', level: 1 })
      .waitFor()
    await page.getByRole('button', { name: 'Thêm doanh nghiệp' }).click()
    const drawer = page.getByRole('dialog')
    await drawer.getByLabel('Tên doanh nghiệp').fill(ENTERPRISE)
    await drawer.getByLabel('Mã số thuế').fill('0199999301')
    await drawer.getByLabel('Số người lao động').fill('48')
    await drawer.getByRole('button', { name: 'Thêm doanh nghiệp' }).click()
    await drawer.waitFor({ state: 'hidden' })
    const row = page.getByRole('row', { name: new RegExp(ENTERPRISE.replace(/[()]/g, '\\$&')) })
    await row.getByRole('cell', { name: '48', exact: true }).waitFor()

    await page.getByRole('button', { name: `Sửa thông tin ${ENTERPRISE}` }).click()
    await expect.poll(() => page.getByRole('dialog').getByLabel('Số người lao động').inputValue()).toBe('48')
    await page.getByRole('dialog').getByLabel('Số người lao động').fill('52')
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu thay đổi' }).click()
    await row.getByRole('cell', { name: '52', exact: true }).waitFor()

    await page.getByRole('button', { name: `Ngừng theo dõi ${ENTERPRISE}` }).click()
    const modal = page.getByRole('dialog')
    await modal
      .getByLabel('Lý do (giải thể, chuyển đi, sáp nhập…)')
      .fill('Đã giải thể theo quyết định của Sở')
    await modal.getByRole('button', { name: 'Ngừng theo dõi' }).click()
    await modal.waitFor({ state: 'hidden' })
    // The default view lists those followed: it is gone; the inactive ones show it with the reason.
    await row.waitFor({ state: 'detached' })
    await page.getByRole('combobox', { name: 'Tình trạng theo dõi' }).click()
    await page.locator('.ant-select-item-option[title="Ngừng theo dõi"]').click()
    await row.getByText('Đã giải thể theo quyết định của Sở').waitFor()
    await row.getByRole('button', { name: `Theo dõi lại ${ENTERPRISE}` }).waitFor()
  })

  it('corrects a conference entered wrongly, then withdraws it, keeping its history', async () => {
    const api = new ApiClient(web.app.url)
    expect((await api.login('danvan.badinh', DEMO_PASSWORD)).status).toBe(200)
    const { rows } = await web.app.server.database.pool.query<{ id: string }>(
      `select id from organizations where code = 'HN-BADINH-HCCB'`,
    )
    const recorded = await api.post<{ id: string; valid: boolean }>('/api/democracy/conferences', {
      kind: 'staff',
      organizationId: rows[0]?.id,
      year: 2033,
      heldOn: '2034-01-12',
      staffTotal: 12,
      presentCount: 7,
    })
    expect(recorded.body.valid).toBe(false)

    const page = await loggedIn('danvan.badinh')
    await page.goto('/app/democracy/conferences')
    await page.getByRole('spinbutton', { name: 'Năm được tổng kết' }).fill('2033')
    const row = page.getByRole('row', { name: /Hội Cựu chiến binh phường Ba Đình/ })
    await row.getByRole('button', { name: 'Mở rộng dòng' }).click()
    await page.getByRole('button', { name: 'Đính chính' }).click()
    const drawer = page.getByRole('dialog')
    await drawer.getByLabel('Lý do đính chính').fill('Biên bản ghi 11 người có mặt')
    await drawer.getByLabel('Số người có mặt').fill('11')
    await drawer.getByRole('button', { name: 'Lưu đính chính' }).click()
    await drawer.waitFor({ state: 'hidden' })
    await row.getByText('Hợp lệ', { exact: true }).waitFor()
    await page
      .getByText(/Đính chính \(Hoàng Văn Nam\): Biên bản ghi 11 người có mặt — trước đó: có mặt 7\/12/)
      .waitFor()

    await page.getByRole('button', { name: 'Rút bản ghi' }).click()
    const modal = page.getByRole('dialog')
    await modal.getByLabel('Lý do rút').fill('Hội ghi nhận trùng với bản của đơn vị cấp trên')
    await modal.getByRole('button', { name: 'Rút bản ghi' }).click()
    await modal.waitFor({ state: 'hidden' })
    await row.getByText('Đã rút', { exact: true }).waitFor()
    await page.getByText('Đã rút bản ghi: Hội ghi nhận trùng với bản của đơn vị cấp trên').first().waitFor()
  })
})
