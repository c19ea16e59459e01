/**
 * Official documents (văn bản hành chính): one description of a notice, letter or decision, rendered to DOCX
 * for editing and to PDF for sending, laid out per Decree 30/2020/NĐ-CP (national heading Quốc hiệu and
 * Tiêu ngữ, issuer and number, place and date, title, body, recipients, signer; A4, Times New Roman 13–14).
 *
 * DOCX names the font "Times New Roman"; PDF embeds Liberation Serif 2.x (metric-compatible with Times New
 * Roman, full Vietnamese coverage, SIL OFL 1.1), vendored in assets/fonts/liberation-serif.
 */
export type Block =
  | {
      kind: 'paragraph'
      text: string
      bold?: boolean
      italic?: boolean
      align?: 'left' | 'center' | 'right' | 'justify'
    }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  /** `width` is a relative weight (any unit: only the proportions between columns matter); default 1. */
  | { kind: 'table'; columns: { header: string; width?: number }[]; rows: string[][] }

export interface OfficialDocument {
  /** The issuing body (cơ quan ban hành) and its parent (cơ quan chủ quản), e.g. UBND thành phố Hà Nội. */
  issuer: { name: string; parentName?: string }
  /** Number and symbol, e.g. "15/TB-UBND"; omitted → "Số:      /" left blank to be filled by hand. */
  number?: string
  place: string
  /** YYYY-MM-DD */
  date: string
  title: string
  subtitle?: string
  body: Block[]
  recipients?: string[]
  /** authority: e.g. "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH"; title: e.g. "CHỦ TỊCH". */
  signer?: { authority?: string; title: string; name: string }
  orientation?: 'portrait' | 'landscape'
}

export { renderDocx } from './docx.ts'
export { renderPdf } from './pdf.ts'
export { documentDateLine, docxMediaType, pdfMediaType, contentDisposition } from './layout.ts'
