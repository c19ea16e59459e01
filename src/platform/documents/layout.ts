import type { Block, OfficialDocument } from './index.ts'

/** Decree 30/2020/NĐ-CP, Appendix I: A4 paper, margins in millimetres, Times New Roman sizes in points. */
export const page = {
  widthMm: 210,
  heightMm: 297,
  margin: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
} as const

export const sizes = {
  nationalName: 13, // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, 12–13, bold
  motto: 14, // Độc lập - Tự do - Hạnh phúc, 13–14, bold
  issuer: 13, // issuer names, 12–13
  number: 13,
  placeDate: 14, // italic 13–14
  title: 14, // bold 13–14
  body: 14, // 13–14
  table: 12,
  recipientsLabel: 12, // "Nơi nhận:" bold italic 12
  recipients: 11, // items 11
  signer: 14, // bold 13–14
} as const

/** Share of the content width taken by the left (issuer) column of the heading and of the closing. */
export const leftColumnShare = 0.42

export const nationalName = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const motto = 'Độc lập - Tự do - Hạnh phúc'
export const recipientsLabel = 'Nơi nhận:'

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const pdfMediaType = 'application/pdf'

const MM_PER_INCH = 25.4
export const mmToPt = (mm: number): number => (mm * 72) / MM_PER_INCH
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / MM_PER_INCH)

export function contentWidthMm(orientation: OfficialDocument['orientation']): number {
  const width = orientation === 'landscape' ? page.heightMm : page.widthMm
  return width - page.margin.leftMm - page.margin.rightMm
}

/** Text as precomposed Unicode (NFC): decomposed combining marks would print detached in some viewers. */
export const nfc = (text: string): string => text.normalize('NFC')

const two = (n: number): string => String(n).padStart(2, '0')

/**
 * "<place>, ngày dd tháng mm năm yyyy". Decree 30: days below 10 and the months 1 and 2 take a leading zero
 * ("ngày 05 tháng 02 năm 2026", "ngày 15 tháng 3 năm 2026").
 */
export function documentDateLine(place: string, date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) throw new Error(`Ngày văn bản không hợp lệ (cần dạng YYYY-MM-DD): ${date}`)
  const [, year, month, day] = match.map(Number) as [number, number, number, number]
  const monthText = month <= 2 ? two(month) : String(month)
  return nfc(`${place}, ngày ${two(day)} tháng ${monthText} năm ${year}`)
}

/**
 * "Số: 15/TB-UBND". A number not yet given prints a blank to fill in by hand: none → "Số:        /", and
 * a bare symbol "/TB-UBND" → "Số:        /TB-UBND".
 */
export function numberLine(number: string | undefined): string {
  const value = number?.trim() ?? ''
  if (!value) return 'Số:        /'
  return nfc(value.startsWith('/') ? `Số:        ${value}` : `Số: ${value}`)
}

export const upper = (text: string): string => nfc(text).toLocaleUpperCase('vi-VN')

/** Table column widths as fractions summing to 1 (widths are relative weights; missing or invalid → 1). */
export function columnShares(columns: Extract<Block, { kind: 'table' }>['columns']): number[] {
  const weights = columns.map((c) =>
    c.width !== undefined && Number.isFinite(c.width) && c.width > 0 ? c.width : 1,
  )
  const total = weights.reduce((a, b) => a + b, 0)
  return weights.map((w) => w / total)
}

/** Rows padded or cut to the number of columns, so a short row still prints as a full row. */
export function tableRows(block: Extract<Block, { kind: 'table' }>): string[][] {
  return block.rows.map((row) => block.columns.map((_, i) => nfc(row[i] ?? '')))
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')

/**
 * Content-Disposition for a download: an ASCII fallback (diacritics folded) and the UTF-8 name (RFC 6266 /
 * RFC 5987 `filename*`), so browsers save "Thông báo thụ lý.pdf" with its Vietnamese letters.
 */
export function contentDisposition(fileName: string): string {
  const name = [...nfc(fileName)].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '-' : c)).join('')
  const ascii = fold(name)
    .replace(/[^\x20-\x7e]/g, '-')
    .replace(/["\\]/g, '-')
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
