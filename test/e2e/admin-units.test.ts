// Browser tests of the administrative-unit picker and pages: typing without diacritics finds the unit.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'

const skipReason = chromiumSkipReason()
if (skipReason) console.warn(skipReason)

describe.skipIf(skipReason)('administrative units in the back office', { timeout: 60_000 }, () => {
  const web = useBrowserApp()
  const loggedInPage = () => web.loggedIn('admin', web.app.adminPassword)

  /** The first option of the open drop-down (antd also keeps a hidden copy of the list for screen readers). */
  function visibleOption(page: Page, text: string) {
    return page.locator('.ant-select-item-option-active').filter({ hasText: text })
  }

  it('attaches a new organization to a commune picked by typing its name without diacritics', async () => {
    const page = await loggedInPage()
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Cơ quan, đơn vị' })
      .click()
    await page.getByRole('heading', { name: 'Cơ quan, đơn vị', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).first().click()

    const dialog = page.getByRole('dialog', { name: /Thêm đơn vị trực thuộc/ })
    await dialog.locator('#organization_code').fill('UBND-SOCSON')
    await dialog.getByLabel('Tên cơ quan, đơn vị').fill('Ủy ban nhân dân xã Sóc Sơn')
    const kind = dialog.getByLabel('Loại hình')
    await kind.fill('Ủy ban nhân dân')
    await kind.press('Enter')
    // The unit picker: type without diacritics, pick the first match with the keyboard.
    const unit = dialog.getByLabel('Đơn vị hành chính')
    await unit.fill('soc son')
    await visibleOption(page, 'Xã Sóc Sơn — Thành phố Hà Nội (00376)').waitFor()
    await unit.press('Enter')
    await dialog.getByRole('button', { name: 'Tạo', exact: true }).click()

    await dialog.waitFor({ state: 'hidden' })
    const row = page.getByRole('row').filter({ hasText: 'UBND-SOCSON' })
    await expect.poll(() => row.innerText()).toContain('Xã Sóc Sơn (00376)')
  })

  it('finds a ward without diacritics and shows its predecessors', async () => {
    const page = await loggedInPage()
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Đơn vị hành chính' })
      .click()
    await page.getByRole('heading', { name: 'Đơn vị hành chính', level: 1 }).waitFor()
    await expect.poll(() => page.getByText('34 đơn vị cấp tỉnh').count()).toBe(1)
    const find = page.getByLabel('Tìm đơn vị')
    await find.fill('phuong hong ha')
    await visibleOption(page, 'Phường Hồng Hà — Thành phố Hà Nội (00097)').waitFor()
    await find.press('Enter')
    await page.getByText('Lịch sử Phường Hồng Hà').waitFor()
    await page.getByRole('button', { name: 'Phường Phúc Xá' }).click()
    await page.getByText('Lịch sử Phường Phúc Xá').waitFor()
  })
})
