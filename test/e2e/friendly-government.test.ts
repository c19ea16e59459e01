// Browser test of the friendly-government evaluation: phường Ba Đình fills its self-assessment for 2026
// and submits it, the city rates it, and the summary by province shows it.
import { describe, expect, it } from 'vitest'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'

const skipReason = chromiumSkipReason()
if (skipReason) console.warn(skipReason)

/** The example criteria set (db/reference/friendly-government): code → maximum points. */
const CRITERIA: [string, number][] = [
  ['TT01', 12],
  ['TT02', 8],
  ['TT03', 10],
  ['TT04', 10],
  ['TT05', 10],
  ['TT06', 12],
  ['TT07', 6],
  ['TT08', 6],
  ['TT09', 10],
  ['TT10', 4],
  ['TT11', 6],
  ['TT12', 6],
]

describe.skipIf(skipReason)('friendly-government evaluation in a browser', { timeout: 180_000 }, () => {
  const { loggedIn } = useBrowserApp({ demo: true, setupTimeout: 240_000 })

  it('a commune assesses itself, the city rates it, and the summary counts it', async () => {
    const commune = await loggedIn('danvan.badinh')
    await commune
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Chính quyền thân thiện', exact: true })
      .click()
    await commune.getByRole('heading', { name: 'Đánh giá chính quyền thân thiện', level: 1 }).waitFor()
    await commune.locator('#friendly-new-year').fill('2026')
    await commune.getByRole('button', { name: 'Lập bản tự đánh giá' }).click()
    await commune.getByRole('heading', { name: /phường Ba Đình — năm đánh giá 2026/, level: 1 }).waitFor()
    for (const [code, max] of CRITERIA) {
      await commune
        .getByLabel(`Điểm tiêu chí ${code}`, { exact: true })
        .fill(String(code === 'TT06' ? max - 2 : max))
      await commune
        .getByLabel(`Minh chứng tiêu chí ${code}`, { exact: true })
        .fill(`Báo cáo kết quả ${code} năm 2026`)
    }
    await commune.getByText('Tổng: 98/100 điểm').waitFor()
    await commune.getByRole('button', { name: 'Gửi cấp trên' }).click()
    await commune.getByText('Đã gửi bản tự đánh giá lên cấp trên.').waitFor()
    await commune.getByText('Đã gửi, chờ cấp trên đánh giá').waitFor()

    const city = await loggedIn('lanhdao.hanoi')
    await city.goto('/app/friendly/evaluations')
    const row = city
      .getByRole('row')
      .filter({ hasText: 'Ủy ban nhân dân phường Ba Đình' })
      .filter({ hasText: '2026' })
    await row.getByRole('link', { name: 'Ủy ban nhân dân phường Ba Đình' }).click()
    await city.getByText('Đánh giá, xếp loại của cấp trên').waitFor()
    await city.getByLabel('Điểm cấp trên chấm tiêu chí TT01', { exact: true }).fill('10')
    await city.getByLabel('Ghi chú tiêu chí TT01', { exact: true }).fill('Công khai dự toán chậm')
    await city.getByText('Tổng: 96/100 điểm — Xếp loại theo ngưỡng: Tốt').waitFor()
    await city.getByLabel('Nhận xét').fill('Thực hiện tốt mô hình; duy trì đối thoại định kỳ.')
    await city.getByRole('button', { name: 'Xếp loại' }).click()
    await city.getByText('Đã xếp loại', { exact: true }).waitFor()
    expect(await city.getByText('Tốt', { exact: true }).count()).toBeGreaterThan(0)

    await city
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Tổng hợp chính quyền thân thiện' })
      .click()
    await city.locator('#friendly-summary-year').fill('2026')
    await city.getByText(/1 đơn vị đã xếp loại, 1 đơn vị tốt \(100 %\)/).waitFor()
    const hanoi = city.getByRole('row').filter({ hasText: 'Hà Nội' })
    await expect
      .poll(() => hanoi.locator('td').allInnerTexts())
      .toEqual(expect.arrayContaining(['1', '100 %', '2']))
  })
})
