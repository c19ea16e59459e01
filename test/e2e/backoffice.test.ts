// Browser tests of the back office (/app): log in, create a user, menu by permissions, login errors.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'

const skipReason = chromiumSkipReason()
if (skipReason) console.warn(skipReason)

const NEW_USER = { username: 'xem.thu', fullName: 'Nguyễn Thị Xem', password: 'Rung-xanh-2026!' }

describe.skipIf(skipReason)('back office in a browser', { timeout: 60_000 }, () => {
  const web = useBrowserApp()
  const { newPage, logIn } = web

  function mainMenu(page: Page) {
    return page.getByRole('navigation', { name: 'Menu chính' })
  }

  it('an administrator creates a viewer in the root organization', async () => {
    const page = await newPage()
    await logIn(page, 'admin', web.app.adminPassword)
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor()

    await mainMenu(page).getByRole('link', { name: 'Người dùng' }).click()
    await page.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Thêm người dùng' }).click()

    const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' })
    await dialog.getByLabel('Tên đăng nhập').fill(NEW_USER.username)
    await dialog.getByLabel('Họ và tên').fill(NEW_USER.fullName)
    // The organization defaults to the administrator's own (root) organization.
    const roles = dialog.getByLabel('Vai trò')
    await roles.fill('Người xem')
    await roles.press('Enter')
    await dialog.getByLabel('Mật khẩu').fill(NEW_USER.password)
    await dialog.getByRole('button', { name: 'Tạo', exact: true }).click()

    await dialog.waitFor({ state: 'hidden' })
    const row = page.getByRole('row').filter({ hasText: NEW_USER.username })
    await expect.poll(() => row.count()).toBe(1)
    await expect.poll(() => row.innerText()).toContain('Người xem')
    await expect.poll(() => row.innerText()).toContain(NEW_USER.fullName)
  })

  it('a viewer sees only the menu entries their permissions allow', async () => {
    const page = await newPage()
    await logIn(page, 'admin', web.app.adminPassword)
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/app/login')

    await logIn(page, NEW_USER.username, NEW_USER.password)
    await page.getByRole('heading', { name: `Xin chào, ${NEW_USER.fullName}!` }).waitFor()

    const menu = mainMenu(page)
    for (const label of ['Trang chủ', 'Cơ quan, đơn vị', 'Đơn vị hành chính', 'Hồ sơ cá nhân']) {
      expect(await menu.getByRole('link', { name: label }).count(), label).toBe(1)
    }
    for (const label of ['Người dùng', 'Nhật ký hệ thống', 'Khoá API', 'Thôn, tổ dân phố']) {
      expect(await menu.getByRole('link', { name: label }).count(), label).toBe(0)
    }
    expect(await page.getByRole('button', { name: 'Đăng xuất' }).isVisible()).toBe(true)
  })

  it('a wrong password shows the Vietnamese error', async () => {
    const page = await newPage()
    await logIn(page, 'admin', 'khong-dung-mat-khau')
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.innerText()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.')
    expect(new URL(page.url()).pathname).toBe('/app/login')
  })
})
