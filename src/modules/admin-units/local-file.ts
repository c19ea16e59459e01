import { extname } from 'node:path'
import { parseCsvRecords } from './reference/csv.ts'
import { fold } from './reference/names.ts'

/** One data row of an import file, with its row number as the official sees it in the spreadsheet. */
export interface LocalUnitRow {
  row: number
  communeCode: string
  name: string
  type: string
}

/** Accepted column headings (folded): the English codes and their Vietnamese names. */
const COLUMNS: Record<string, keyof Omit<LocalUnitRow, 'row'>> = {
  commune_code: 'communeCode',
  ma_xa: 'communeCode',
  'ma xa': 'communeCode',
  name: 'name',
  ten: 'name',
  type: 'type',
  loai: 'type',
}

function toRows(records: string[][]): LocalUnitRow[] {
  const [header, ...data] = records
  if (!header) throw new Error('Tệp không có dòng tiêu đề (commune_code, name, type).')
  const columns = header.map((h) => COLUMNS[fold(h)])
  for (const needed of ['communeCode', 'name', 'type'] as const)
    if (!columns.includes(needed))
      throw new Error('Tệp phải có các cột commune_code (mã xã), name (tên) và type (loại).')
  const rows: LocalUnitRow[] = []
  data.forEach((fields, i) => {
    const row: LocalUnitRow = { row: i + 2, communeCode: '', name: '', type: '' }
    columns.forEach((column, j) => {
      if (column) row[column] = (fields[j] ?? '').trim()
    })
    // Spreadsheets drop leading zeros: 4 is commune 00004.
    if (/^\d{1,4}$/.test(row.communeCode)) row.communeCode = row.communeCode.padStart(5, '0')
    if (row.communeCode || row.name || row.type) rows.push(row)
  })
  return rows
}

/** Reads a CSV (UTF-8) or XLSX file (first sheet) of units below the commune. */
export async function readLocalUnitFile(fileName: string, content: Uint8Array): Promise<LocalUnitRow[]> {
  const extension = extname(fileName).toLowerCase()
  if (extension === '.csv') return toRows(parseCsvRecords(new TextDecoder('utf-8').decode(content)))
  if (extension === '.xlsx') {
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer)
    } catch {
      throw new Error('Không đọc được tệp XLSX.')
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('Tệp XLSX không có trang tính nào.')
    const records: string[][] = []
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : []
      records.push(values.map((v) => (v === null || v === undefined ? '' : cellText(v))))
    })
    return toRows(records)
  }
  throw new Error('Chỉ nhận tệp .csv hoặc .xlsx.')
}

function cellText(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    if ('text' in value) return String((value as { text: unknown }).text)
    if ('result' in value) return String((value as { result: unknown }).result)
    if ('richText' in value)
      return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('')
  }
  return String(value)
}
