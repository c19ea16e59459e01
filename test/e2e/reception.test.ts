// Browser test of the reception desk, keyboard only: a reception officer records a group visit whose mixed
// content (a complaint and a denunciation) becomes two cases, then downloads the reception register. The
// denunciation keeps the people secret: the list and the register show only the label, and a leader sees
// them after giving a reason.
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'

const skipReason = chromiumSkipReason()
if (skipReason) console.warn(skipReason)

const REPRESENTATIVE = 'Quách Thị Nhàn'
const MEMBER = 'Tạ Văn Khoa'
const LABEL = 'Người tố cáo (được giữ bí mật)'
const SUMMARY = 'Sáu hộ dân khiếu nại việc thu hồi đất làm bãi đỗ xe và tố cáo cán bộ địa chính'

/** The accessible name of the focused element: aria-label, its label, or its own text. */
const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    if (!el) return ''
    const name =
      el.getAttribute('aria-label') ??
      el.labels?.[0]?.textContent ??
      el.closest('label')?.textContent ??
      el.textContent ??
      ''
    // antd marks required fields with a trailing '*' inside the label.
    return name.replace(/\*$/, '').trim()
  })

/** Presses Tab until the element named `name` has focus (keyboard only, no clicks). */
async function tabTo(page: Page, name: string, max = 80): Promise<void> {
  const trail: string[] = []
  for (let i = 0; i < max; i++) {
    const focused = await focusedName(page)
    if (focused === name) return
    trail.push(focused)
    await page.keyboard.press('Tab')
  }
  throw new Error(`"${name}" never received focus; focus went through: ${trail.join(' | ')}`)
}

async function typeInto(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, name)
  await page.keyboard.type(value)
}

describe.skipIf(skipReason)('reception desk in a browser', { timeout: 150_000 }, () => {
  const web = useBrowserApp({ demo: true, setupTimeout: 240_000 })

  /** Logs in with the keyboard only: the login form puts the focus on the user name. */
  async function loggedInByKeyboard(username: string, options: BrowserContextOptions = {}): Promise<Page> {
    const page = await web.newPage(options)
    await page.goto('/app/login')
    // Type only once the form has put the focus on the user name (the page may still be loading).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('login_username')
    await page.keyboard.type(username)
    await page.keyboard.press('Tab')
    await page.keyboard.type(DEMO_PASSWORD)
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor()
    return page
  }

  it('records a group visit with the keyboard only, opening two cases from mixed content, and downloads the register', async () => {
    const page = await loggedInByKeyboard('tiepdan.badinh', {
      timezoneId: 'Asia/Ho_Chi_Minh',
      acceptDownloads: true,
    })

    await page.goto('/app/reception/desk')
    await page.getByRole('heading', { name: 'Bàn tiếp công dân', level: 1 }).waitFor()

    // The lookup has focus: a name typed without diacritics finds earlier visits of the demo data.
    await expect.poll(() => focusedName(page)).toBe('Tra cứu công dân (số CCCD hoặc họ tên, gõ không dấu)')
    await page.keyboard.type('nguyen')
    await page.getByText('Lượt tiếp trước').waitFor()

    await typeInto(page, 'Họ và tên công dân 1', REPRESENTATIVE)
    await typeInto(page, 'Số CCCD/Hộ chiếu công dân 1', '001185004321')
    await typeInto(page, 'Mã xã, phường công dân 1', '00004')
    await typeInto(page, 'Địa chỉ công dân 1', 'Số 7 ngõ 12 phố Đội Cấn')
    await tabTo(page, 'Người đại diện 1')
    await page.keyboard.press('Space')
    await tabTo(page, 'Thêm công dân')
    await page.keyboard.press('Enter')
    await typeInto(page, 'Họ và tên công dân 2', MEMBER)
    await typeInto(page, 'Số CCCD/Hộ chiếu công dân 2', '001185004322')
    await typeInto(page, 'Số người cùng nội dung', '6')
    await typeInto(
      page,
      'Văn bản cử người đại diện (có chữ ký của tất cả)',
      'Giấy cử đại diện ngày hôm nay, 6 chữ ký',
    )
    await typeInto(page, 'Tóm tắt nội dung', SUMMARY)
    await tabTo(page, 'KN')
    await page.keyboard.press('Space')
    await tabTo(page, 'TC')
    await page.keyboard.press('Space')
    await typeInto(page, 'Tài liệu, chứng cứ nhận', 'Đơn khiếu nại, bản sao quyết định thu hồi đất')

    // Outcome "Tạo hồ sơ" is preselected; the first case is a complaint, the second a denunciation.
    await typeInto(page, 'Tóm tắt hồ sơ 1', 'Khiếu nại quyết định thu hồi đất làm bãi đỗ xe')
    await typeInto(page, 'Nội dung hồ sơ 1', 'Các hộ chưa được bồi thường thỏa đáng khi thu hồi đất.')
    await tabTo(page, 'Thêm hồ sơ')
    await page.keyboard.press('Enter')
    await typeInto(page, 'Tóm tắt hồ sơ 2', 'Tố cáo cán bộ địa chính nhận tiền của chủ đầu tư')
    await typeInto(page, 'Nội dung hồ sơ 2', 'Cán bộ địa chính nhận tiền để lập biên bản sai hiện trạng.')
    await page.keyboard.press('Control+Enter')

    const done = page.getByRole('status').filter({ hasText: 'Đã tạo hồ sơ' })
    await done.waitFor()
    const codes = (await done.innerText()).match(/DV-[A-Z0-9]{4}-[A-Z0-9]{4}/g) ?? []
    expect(codes).toHaveLength(2)

    // Both cases exist, in person, from one letter. The people of a denunciation are not found by name.
    const byName = await page.request.get(`/api/reception/visits?q=${encodeURIComponent('quach thi nhan')}`)
    expect(((await byName.json()) as { items: unknown[] }).items).toHaveLength(0)
    const api = await page.request.get(
      `/api/reception/visits?q=${encodeURIComponent('thu hoi dat lam bai do xe')}`,
    )
    const visits = (await api.json()) as { items: { id: string; groupSize: number; citizenName: string }[] }
    expect(visits.items).toHaveLength(1)
    expect(visits.items[0]?.groupSize).toBe(6)
    expect(visits.items[0]?.citizenName).toBe(LABEL)
    const detail = (await (
      await page.request.get(`/api/reception/visits/${visits.items[0]?.id}`)
    ).json()) as {
      cases: { kind: string; letterId: string; trackingCode: string }[]
      citizens: { fullName: string; representative: boolean }[]
    }
    expect(detail.cases.map((c) => c.kind).sort()).toEqual(['complaint', 'denunciation'])
    expect(new Set(detail.cases.map((c) => c.letterId)).size).toBe(1)
    expect(detail.cases.map((c) => c.trackingCode).sort()).toEqual([...codes].sort())
    expect(detail.citizens.filter((c) => c.representative).map((c) => c.fullName)).toEqual([LABEL])
    expect(JSON.stringify(detail)).not.toContain(MEMBER)

    // The register of this month, downloaded from the visits page with the keyboard.
    await page.goto('/app/reception/visits')
    await page.getByRole('heading', { name: 'Sổ tiếp công dân', level: 1 }).waitFor()
    const row = page.getByRole('row').filter({ hasText: SUMMARY })
    await row.getByText(LABEL).waitFor()
    expect(await page.getByText(REPRESENTATIVE).count()).toBe(0)
    // A reception officer has no way to reveal.
    expect(await row.getByRole('button', { name: /Xem danh tính/ }).count()).toBe(0)
    await tabTo(page, 'Tải sổ tiếp công dân (XLSX)')
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    const file = await download.path()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer)
    const cells: string[] = []
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))))
    expect(cells).toContain('Số CCCD/Hộ chiếu')
    expect(cells).toContain(SUMMARY)
    expect(cells).toContain(LABEL)
    expect(cells.some((c) => c.includes(REPRESENTATIVE) || c.includes('Số 7 ngõ 12'))).toBe(false)
    expect(cells.some((c) => c.includes('001185004321'))).toBe(false)
    expect(cells).toContain('KN, TC')

    // A leader sees the people after giving a reason (keyboard only).
    const lead = await loggedInByKeyboard('lanhdao.badinh')
    await lead.goto('/app/reception/visits')
    const leaderRow = lead.getByRole('row').filter({ hasText: SUMMARY })
    await leaderRow.getByText(LABEL).waitFor()
    await leaderRow.getByRole('button', { name: /Xem danh tính người tố cáo/ }).focus()
    await lead.keyboard.press('Enter')
    await lead.getByRole('dialog').getByText('Lý do xem danh tính (ít nhất 20 ký tự)').waitFor()
    // Type only once the reason field has the focus (the dialog may still be placing it).
    await tabTo(lead, 'Lý do xem danh tính (ít nhất 20 ký tự)')
    await lead.keyboard.type('Xác minh nội dung tố cáo cán bộ địa chính theo chỉ đạo')
    await tabTo(lead, 'Xem')
    await lead.keyboard.press('Enter')
    await lead.getByRole('dialog').getByText(REPRESENTATIVE, { exact: false }).waitFor()
    expect(await lead.getByRole('dialog').innerText()).toContain('001185004321')
  })
})
