// Browser test of the activity register: a mobilization officer records a dialogue conference with two
// commitments in the quick form, opens it and completes one commitment; the other stays open.
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { ApiClient } from '../support/http.ts'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'

const skipReason = chromiumSkipReason()
if (skipReason) console.warn(skipReason)

const TITLE = 'Đối thoại với Nhân dân tổ dân phố số 9 về thoát nước'

describe.skipIf(skipReason)('activities in a browser', { timeout: 120_000 }, () => {
  const web = useBrowserApp({ demo: true })
  const { loggedIn } = web

  it('records a dialogue with two commitments and completes one', async () => {
    const page = await loggedIn('danvan.badinh')
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Ghi nhận hoạt động' })
      .click()
    await page.getByRole('heading', { name: 'Ghi nhận hoạt động', level: 1 }).waitFor()
    await page.getByLabel('Tên hoạt động').fill(TITLE)
    await page.getByLabel('Địa điểm').fill('Nhà văn hóa tổ dân phố số 9')
    await page.getByRole('combobox', { name: 'Người chủ trì' }).click()
    await page.locator('.ant-select-item-option[title="Chủ tịch UBND"]').click()
    await page.getByLabel('Họ tên người chủ trì').fill('Phạm Thị Lan')
    await page.getByLabel('Chủ đề').fill('Chống ngập úng, cải tạo hệ thống thoát nước')
    await page.locator('#activity_participants_citizens').fill('85')
    await page.getByLabel('Cán bộ, công chức').fill('9')
    for (const [question, content] of [
      ['Ngõ 9 ngập sâu mỗi khi mưa', 'Nạo vét cống ngõ 9'],
      ['Nắp cống vỡ gây nguy hiểm', 'Thay nắp cống trước ngày 30'],
    ] as const) {
      await page.getByRole('button', { name: 'Thêm cam kết' }).click()
      await page.getByLabel('Ý kiến, kiến nghị của người dân').last().fill(question)
      await page.getByLabel('Nội dung cam kết, kiến nghị').last().fill(content)
      await page.getByLabel('Cơ quan, người chịu trách nhiệm').last().fill('UBND phường Ba Đình')
    }
    await page.getByLabel('Tên hoạt động').press('Control+Enter')
    const saved = page.getByRole('status').filter({ hasText: 'Đã ghi nhận hoạt động.' })
    await saved.waitFor()
    await saved.getByRole('link', { name: 'Xem hoạt động' }).click()
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor()

    const row = page.getByRole('row').filter({ hasText: 'Nạo vét cống ngõ 9' })
    await row.getByRole('button', { name: 'Hoàn thành' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Kết quả thực hiện').fill('Đã nạo vét 80 m cống, hết ngập')
    await dialog.getByRole('button', { name: 'Xác nhận' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await row.getByText('Đã hoàn thành').waitFor()
    await page.getByRole('row').filter({ hasText: 'Thay nắp cống' }).getByText('Đang thực hiện').waitFor()

    // What the browser did is what the API holds.
    const api = new ApiClient(web.app.url)
    await api.login('lanhdao.badinh', DEMO_PASSWORD)
    const list = await api.get<{ items: { id: string; title: string }[] }>(
      '/api/activities?kind=dialogue&limit=5',
    )
    const recorded = list.body.items.find((a) => a.title === TITLE)
    expect(recorded).toBeDefined()
    const detail = await api.get<{
      participantsTotal: number
      commitments: { content: string; status: string }[]
    }>(`/api/activities/${recorded?.id}`)
    expect(detail.body.participantsTotal).toBe(94)
    expect(Object.fromEntries(detail.body.commitments.map((c) => [c.content, c.status]))).toEqual({
      'Nạo vét cống ngõ 9': 'done',
      'Thay nắp cống trước ngày 30': 'open',
    })
  })
})
