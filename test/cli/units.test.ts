import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.ts'
import { createScratchPostgresDatabase, testDatabaseUrl } from '../support/db.ts'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-cli-units-'))
const env: Record<string, string> = { DANVAN_DATA_DIR: dataDir, DANVAN_ADMIN_PASSWORD: 'Cli-quan-tri-2026!' }
let dropDatabase: (() => Promise<void>) | undefined

beforeAll(async () => {
  if (testDatabaseUrl) {
    const scratch = await createScratchPostgresDatabase()
    env.DATABASE_URL = scratch.url
    dropDatabase = scratch.drop
  }
  // The first command creates the database and loads the reference units.
  expect((await runCli(['migrate'], env)).code).toBe(0)
}, 240_000)
afterAll(async () => {
  await dropDatabase?.()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('danvan units', () => {
  it('shows the unit a code named on a date, and what it is today', { timeout: 240_000 }, async () => {
    const before = await runCli(['units', 'show', '26882', '--at', '2025-06-30'], env)
    expect(before.code).toBe(0)
    expect(before.out).toContain('26882 Phường 14')
    expect(before.out).toContain('Quận Gò Vấp')
    expect(before.out).toContain('Nay là: Phường An Hội Tây (26882)')
    const after = await runCli(['units', 'show', '26882'], env)
    expect(after.out).toContain('26882 Phường An Hội Tây')
    const missing = await runCli(['units', 'show', '11948', '--at', '2025-06-30'], env)
    expect(missing.code).toBe(1)
    expect(missing.out).toContain('Không có đơn vị hành chính nào mang mã 11948 vào ngày 2025-06-30')
    const badDate = await runCli(['units', 'show', '01', '--at', '30/06/2025'], env)
    expect(badDate.code).toBe(1)
    expect(badDate.out).toContain('YYYY-MM-DD')
  })

  it('imports nothing when a row fails, and says which row and why', { timeout: 180_000 }, async () => {
    const file = path.join(dataDir, 'thon.csv')
    writeFileSync(file, 'commune_code,name,type\n00376,Thôn Đông Xuân,thon\n00376,Thôn Hai,lang\n', 'utf8')
    const result = await runCli(['units', 'import-local', file], env)
    expect(result.code).toBe(1)
    expect(result.out).toContain('Dòng 3: loại "lang" không hợp lệ')
    expect(result.out).toContain('chưa ghi dòng nào')
    expect((await runCli(['units', 'show', '00376-001'], env)).code).toBe(1)
  })

  it('imports an XLSX sheet of villages', { timeout: 180_000 }, async () => {
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Thôn')
    sheet.addRow(['commune_code', 'name', 'type'])
    sheet.addRow([376, 'Đông Xuân', 'Thôn'])
    sheet.addRow(['00376', 'Thôn Phù Mã', 'thon'])
    const file = path.join(dataDir, 'thon.xlsx')
    await workbook.xlsx.writeFile(file)
    const result = await runCli(['units', 'import-local', file], env)
    expect(result.out).toContain('Đã thêm 2 đơn vị dưới cấp xã')
    expect(result.code).toBe(0)
    const shown = await runCli(['units', 'show', '00376-001'], env)
    expect(shown.out).toContain('00376-001 Thôn Đông Xuân')
    expect(shown.out).toContain('Xã Sóc Sơn (00376)')
  })
})
