// Browser test of case handling: a reception officer takes in a complaint, the leader takes it to a
// decision, and the citizen follows it on the public tracking API without seeing personal data.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'

const skipReason = chromiumSkipReason()
if (skipReason) console.warn(skipReason)

const CITIZEN = 'Lương Văn Khiếu'

describe.skipIf(skipReason)('case handling in a browser', { timeout: 90_000 }, () => {
  const web = useBrowserApp({ demo: true })
  const { loggedIn } = web

  async function takeStep(page: Page, label: string, fields: Record<string, string> = {}) {
    await page.getByRole('button', { name: label, exact: true }).click()
    const dialog = page.getByRole('dialog', { name: label })
    for (const [field, value] of Object.entries(fields)) {
      const input = dialog.getByLabel(field)
      await input.fill(value)
      if (field.startsWith('Ngày')) await input.press('Enter')
    }
    await dialog.getByRole('button', { name: 'Xác nhận' }).click()
    // The step is done when the dialog closes; a refusal shows an alert in it — fail with its words.
    const refused = dialog.getByRole('alert').first()
    const alert = refused.waitFor({ timeout: 45_000 }).then(
      () => 'alert' as const,
      () => 'none' as const,
    )
    const closed = dialog.waitFor({ state: 'hidden', timeout: 45_000 }).then(() => 'closed' as const)
    if ((await Promise.race([closed, alert])) === 'alert')
      throw new Error(`«${label}» refused: ${await refused.innerText()}`)
    await closed
  }

  it('intake → accept → verify → decide, then the public tracking shows the decision, not the citizen', async () => {
    const reception = await loggedIn('tiepdan.badinh')
    await reception
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Tiếp nhận đơn' })
      .click()
    await reception.getByRole('heading', { name: 'Tiếp nhận đơn', level: 1 }).waitFor()
    await reception.getByLabel('Họ và tên').fill(CITIZEN)
    await reception.getByLabel('Số điện thoại').fill('0912000111')
    await reception.getByLabel('Tóm tắt nội dung').fill('Khiếu nại quyết định xử phạt xây dựng')
    await reception
      .getByLabel('Nội dung đơn')
      .fill('Quyết định xử phạt không đúng đối tượng, đề nghị xem xét lại.')
    await reception.getByLabel('Nội dung đơn').press('Control+Enter')
    const done = reception.getByRole('status').filter({ hasText: 'Mã tra cứu' })
    await done.waitFor()
    const code = /DV-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(await done.innerText())?.[0] ?? ''
    expect(code).not.toBe('')

    const leader = await loggedIn('lanhdao.badinh')
    await leader
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Hồ sơ đơn thư' })
      .click()
    await leader.getByRole('link', { name: code }).click()
    await leader.getByRole('heading', { name: `Khiếu nại ${code}`, level: 1 }).waitFor()
    expect(await leader.getByText(CITIZEN).count()).toBeGreaterThan(0)
    await takeStep(leader, 'Thụ lý')
    await takeStep(leader, 'Tiến hành xác minh')
    const today = new Date().toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' })
    await takeStep(leader, 'Ban hành quyết định giải quyết', {
      'Số quyết định': '88/QĐ-UBND',
      'Ngày quyết định': today,
      'Căn cứ pháp lý': 'Luật Khiếu nại Điều 31',
      'Kết quả giải quyết': 'Hủy quyết định xử phạt',
    })
    await leader.getByText('Đã ban hành quyết định', { exact: true }).first().waitFor()
    await leader.getByText('Ban hành quyết định giải quyết —').waitFor()

    const tracking = await fetch(`${web.app.url}/api/public/cases/${code}`)
    expect(tracking.status).toBe(200)
    const body = (await tracking.json()) as { status: string; steps: { label: string }[] }
    expect(body.status).toBe('decided')
    expect(body.steps.map((s) => s.label)).toContain('Ban hành quyết định giải quyết')
    const text = JSON.stringify(body)
    expect(text).not.toContain(CITIZEN)
    expect(text).not.toContain('0912000111')
  })
})
