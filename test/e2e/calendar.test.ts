// Browser tests of the calendar pages: the deadline calculator, the year view and the rule book.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'

const skipReason = chromiumSkipReason()
if (skipReason) console.warn(skipReason)

describe.skipIf(skipReason)('calendar pages in a browser', { timeout: 60_000 }, () => {
  const web = useBrowserApp({ demo: true })

  const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Menu chính' })

  it('a handler computes a deadline over Tết and sees the skipped days with their reasons', async () => {
    const page = await web.loggedIn('chuyenvien.badinh')
    await mainMenu(page).getByRole('link', { name: 'Tính hạn' }).click()
    await page.getByRole('heading', { name: 'Tính hạn', level: 1 }).waitFor()
    await page.getByLabel('Ngày bắt đầu').fill('2027-02-01')
    await page.getByLabel('Số ngày').fill('10')
    await page.getByRole('button', { name: 'Tính hạn' }).click()
    const status = page.getByRole('status').filter({ hasText: 'Hạn cuối' })
    await expect.poll(() => status.innerText()).toContain('Hạn cuối: Thứ Hai, 22/02/2027')
    const row = page.getByRole('row').filter({ hasText: '10/02/2027' })
    await expect.poll(() => row.innerText()).toContain('Nghỉ bù Tết Nguyên đán')
  })

  it('the year view lists holidays and compensatory days by month; the rule book shows UNVERIFIED notes', async () => {
    const page = await web.loggedIn('admin', web.app.adminPassword)
    await mainMenu(page).getByRole('link', { name: 'Lịch làm việc' }).click()
    await page.getByLabel('Năm').fill('2027')
    await page.getByRole('button', { name: 'Xem', exact: true }).click()
    const february = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: 'Tháng 2' }) })
    await expect.poll(() => february.innerText()).toContain('10/02 Thứ Tư · Nghỉ bù Tết Nguyên đán')
    const cultureDay = page.getByRole('row').filter({ hasText: 'Ngày Văn hóa Việt Nam' })
    await expect.poll(() => cultureDay.innerText()).toContain('Chưa áp dụng')

    await mainMenu(page).getByRole('link', { name: 'Sổ quy định thời hạn' }).click()
    await page.getByLabel('Có hiệu lực ngày').fill('2026-07-01')
    await page.getByRole('button', { name: 'Xem', exact: true }).click()
    const accept = page.getByRole('row').filter({ hasText: 'complaint.accept' })
    await expect.poll(() => accept.innerText()).toContain('7 ngày làm việc')
    const resolve = page.getByRole('row').filter({ hasText: 'complaint.resolve.first.complex' })
    await expect.poll(() => resolve.innerText()).toContain('Chưa kiểm chứng')
    await page.getByRole('button', { name: 'Lịch sử quy định complaint.accept' }).click()
    const history = page.getByRole('dialog', { name: 'Lịch sử quy định complaint.accept' })
    await expect.poll(() => history.innerText()).toContain('10 ngày làm việc')
  })
})
