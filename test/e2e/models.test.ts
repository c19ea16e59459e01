// Browser test of the "Dân vận khéo" models: a mobilization officer registers a model in the back office and
// submits it, the commune's leader recognises it at commune level, the city's leader at province level, and
// a citizen finds it in the public gallery of the portal with JavaScript disabled.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumSkipReason, useBrowserApp } from '../support/browser.ts'

const skipReason = chromiumSkipReason()
if (skipReason) console.warn(skipReason)

const TITLE = 'Vận động Nhân dân hiến đất mở rộng ngõ Văn Chương'

describe.skipIf(skipReason)('models in a browser', { timeout: 180_000 }, () => {
  const web = useBrowserApp({ demo: true })
  const { loggedIn } = web

  async function act(
    page: Page,
    button: string,
    fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
  ) {
    await page.getByRole('button', { name: button, exact: true }).click()
    const dialog = page.getByRole('dialog')
    await fill(dialog)
    await dialog.getByRole('button', { name: 'Xác nhận' }).click()
    await dialog.waitFor({ state: 'hidden' })
  }

  it('registers, recognises at commune then province level, and shows it in the public gallery', async () => {
    const officer = await loggedIn('danvan.badinh')
    await officer
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Đăng ký mô hình' })
      .click()
    await officer.getByRole('heading', { name: 'Đăng ký mô hình, điển hình', level: 1 }).waitFor()
    await officer.getByRole('combobox', { name: 'Lĩnh vực' }).click()
    await officer.locator('.ant-select-item-option[title="Kinh tế"]').click()
    await officer.getByLabel('Tên mô hình, điển hình').fill(TITLE)
    await officer.getByLabel('Mục tiêu').fill('Mở rộng ngõ từ 2 m lên 4 m cho xe cứu hỏa vào được')
    await officer
      .getByLabel('Cách vận động Nhân dân')
      .fill('Chi bộ, tổ dân phố họp dân, cán bộ đến từng hộ, công khai phương án và kinh phí')
    await officer.getByRole('button', { name: 'Thêm kết quả' }).click()
    await officer.getByLabel('Chỉ tiêu').fill('Hộ hiến đất')
    await officer.getByLabel('Giá trị').fill('35')
    await officer.getByLabel('Đơn vị tính').fill('hộ')
    await officer.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await officer.getByRole('heading', { name: TITLE, level: 1 }).waitFor()
    const modelUrl = officer.url()
    // Two more households signed before it was sent: the draft is corrected in the same form.
    await officer.getByRole('button', { name: 'Sửa nội dung' }).click()
    await officer.getByRole('heading', { name: 'Sửa mô hình, điển hình', level: 1 }).waitFor()
    await expect.poll(() => officer.getByLabel('Giá trị').inputValue()).toBe('35')
    await officer.getByLabel('Giá trị').fill('37')
    await officer.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await officer.getByRole('heading', { name: TITLE, level: 1 }).waitFor()
    await officer.getByRole('cell', { name: '37 hộ' }).waitFor()
    await officer.getByText('Sửa nội dung (').waitFor()
    // The minutes of the residents' meeting go with the model.
    await officer.getByLabel('Chọn tệp đính kèm (PDF, ảnh, DOCX, XLSX; tối đa 10 MB mỗi tệp)').setInputFiles({
      name: 'bien-ban-hop-dan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
    })
    await officer.getByRole('button', { name: 'Tải lên' }).click()
    await officer.getByText('bien-ban-hop-dan.pdf').waitFor()
    const file = await officer.getByRole('link', { name: 'Tải về' }).getAttribute('href')
    expect(file).toMatch(/^\/api\/attachments\/[0-9a-f-]{36}$/)
    await act(officer, 'Gửi đề nghị công nhận', async () => undefined)
    await officer.getByText('Đã gửi đề nghị').first().waitFor()

    const communeLeader = await loggedIn('lanhdao.badinh')
    await communeLeader.goto(modelUrl)
    await act(communeLeader, 'Công nhận', async (dialog) => {
      await dialog.getByLabel('Cơ quan quyết định').fill('UBND phường Ba Đình')
      await dialog.getByLabel('Số quyết định').fill('58/QĐ-UBND')
    })
    await communeLeader.getByRole('cell', { name: '58/QĐ-UBND' }).waitFor()

    const cityLeader = await loggedIn('lanhdao.hanoi')
    await cityLeader.goto(modelUrl)
    await act(cityLeader, 'Công nhận', async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Cấp công nhận cao nhất' }).click()
      await cityLeader.locator('.ant-select-item-option[title="Cấp tỉnh"]').click()
      await dialog.getByLabel('Cơ quan quyết định').fill('UBND thành phố Hà Nội')
      await dialog.getByLabel('Số quyết định').fill('4120/QĐ-UBND')
    })
    await cityLeader.getByRole('cell', { name: '4120/QĐ-UBND' }).waitFor()

    // A citizen, without JavaScript: the gallery finds it by words typed without diacritics.
    const citizen = await web.newPage({ javaScriptEnabled: false })
    await citizen.goto('/')
    await citizen.getByRole('link', { name: 'Mô hình “Dân vận khéo”' }).first().click()
    await citizen.getByLabel('Tìm mô hình (gõ có dấu hoặc không dấu)').fill('hien dat ngo van chuong')
    await citizen.getByLabel('Cấp công nhận cao nhất').selectOption('province')
    await citizen.getByRole('button', { name: 'Tìm' }).click()
    await citizen.getByRole('link', { name: TITLE }).click()
    await citizen.getByRole('heading', { name: TITLE, level: 1 }).waitFor()
    const text = await citizen.locator('main').innerText()
    expect(text).toContain('4120/QĐ-UBND')
    expect(text).toContain('58/QĐ-UBND')
    expect(text).toContain('37 hộ')
    expect(text).toContain('Cấp tỉnh')
    // The gallery is public: the model's files are not.
    expect(text).not.toContain('bien-ban-hop-dan.pdf')
  })
})
