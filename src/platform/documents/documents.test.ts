import { describe, expect, it } from 'vitest'
import {
  docxContent,
  isPdf,
  pdfPageCount,
  pdfText,
  pdftotextSkipReason,
} from '../../../test/support/documents.ts'
import {
  contentDisposition,
  documentDateLine,
  renderDocx,
  renderPdf,
  type Block,
  type OfficialDocument,
} from './index.ts'

const skipPdfText = pdftotextSkipReason()
if (skipPdfText) console.warn(skipPdfText)

const letters = 'Nguyễn Thị Ỷ, Đặng, ỡ ự ẵ'

const blocks: Record<Block['kind'], Block> = {
  paragraph: {
    kind: 'paragraph',
    text: `Ủy ban nhân dân phường nhận được đơn của bà ${letters}, trú tại phố Đội Cấn.\nDòng thứ hai của đoạn văn.`,
  },
  heading: { kind: 'heading', text: 'Điều 1. Thụ lý giải quyết khiếu nại lần đầu' },
  list: { kind: 'list', items: ['Chị Lường Thị Ượt phối hợp xác minh;', 'Ông Phạm Văn Ước cung cấp hồ sơ.'] },
  table: {
    kind: 'table',
    columns: [{ header: 'STT', width: 1 }, { header: 'Họ và tên', width: 4 }, { header: 'Nội dung vụ việc' }],
    rows: [
      ['1', 'Hoàng Thị Ỷ Lan', 'Khiếu nại quyết định thu hồi đất'],
      ['2', 'Đỗ Văn Ữu'],
    ],
  },
}

const expected: Record<Block['kind'], string[]> = {
  paragraph: [letters, 'Dòng thứ hai của đoạn văn.'],
  heading: ['Điều 1. Thụ lý giải quyết khiếu nại lần đầu'],
  list: ['- Chị Lường Thị Ượt phối hợp xác minh;', '- Ông Phạm Văn Ước cung cấp hồ sơ.'],
  table: [
    'STT',
    'Họ và tên',
    'Nội dung vụ việc',
    'Hoàng Thị Ỷ Lan',
    'Khiếu nại quyết định thu hồi đất',
    'Đỗ Văn Ữu',
  ],
}

function documentWith(body: Block[], extra: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    issuer: { parentName: 'Ủy ban nhân dân thành phố Hà Nội', name: 'Ủy ban nhân dân phường Ba Đình' },
    number: '15/TB-UBND',
    place: 'Ba Đình',
    date: '2026-02-05',
    title: 'Thông báo',
    subtitle: 'Về việc thụ lý giải quyết khiếu nại',
    body,
    recipients: ['Bà Nguyễn Thị Ỷ;', 'Thanh tra thành phố;', 'Lưu: VT.'],
    signer: { authority: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: 'Trần Quốc Hưng' },
    ...extra,
  }
}

/** What every document shows besides its body: Decree 30 heading, title, recipients and signer. */
const frame = [
  'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
  'ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH',
  'Số: 15/TB-UBND',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Ba Đình, ngày 05 tháng 02 năm 2026',
  'THÔNG BÁO',
  'Về việc thụ lý giải quyết khiếu nại',
  'Nơi nhận:',
  '- Bà Nguyễn Thị Ỷ;',
  '- Lưu: VT.',
  'TM. ỦY BAN NHÂN DÂN',
  'CHỦ TỊCH',
  'Trần Quốc Hưng',
]

describe('official documents: DOCX', () => {
  for (const [kind, body] of Object.entries(blocks) as [Block['kind'], Block][]) {
    it(`renders a ${kind} block in Times New Roman`, async () => {
      const { xml, text } = docxContent(await renderDocx(documentWith([body])))
      expect(xml).toContain('w:ascii="Times New Roman"')
      for (const s of [...frame, ...expected[kind]]) expect(text).toContain(s)
    })
  }

  it('lays out A4 portrait with Decree 30 margins, and A4 landscape on request', async () => {
    const portrait = docxContent(await renderDocx(documentWith([blocks.paragraph]))).xml
    expect(portrait).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/)
    // top/bottom 20 mm, left 30 mm, right 15 mm (in twentieths of a point)
    expect(portrait).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/)
    const landscape = docxContent(
      await renderDocx(documentWith([blocks.table], { orientation: 'landscape' })),
    ).xml
    expect(landscape).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/)
  })

  it('keeps the number line blank to fill by hand when there is no number yet', async () => {
    const { text } = docxContent(await renderDocx(documentWith([blocks.paragraph], { number: undefined })))
    expect(text).toMatch(/Số: +\//)
    const symbol = docxContent(await renderDocx(documentWith([blocks.paragraph], { number: '/TB-UBND' }))).xml
    expect(symbol).toContain('>Số:        /TB-UBND<')
  })
})

describe.skipIf(skipPdfText)('official documents: PDF', () => {
  for (const [kind, body] of Object.entries(blocks) as [Block['kind'], Block][]) {
    it(`renders a ${kind} block with Vietnamese letters intact`, async () => {
      const pdf = await renderPdf(documentWith([body]))
      expect(isPdf(pdf)).toBe(true)
      const text = pdfText(pdf)
      for (const s of [...frame, ...expected[kind]]) expect(text).toContain(s)
    })
  }

  it('embeds Liberation Serif and prints A4 landscape pages', async () => {
    const pdf = await renderPdf(documentWith([blocks.table], { orientation: 'landscape' }))
    const raw = pdf.toString('latin1')
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+LiberationSerif-Bold/)
    expect(raw).toMatch(/\/FontFile2 /)
    // A4 landscape: 841.89 × 595.28 points
    expect(raw).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/)
  })

  it('flows a long table over several pages', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [
      String(i + 1),
      `Nguyễn Văn Ước ${i + 1}`,
      'Kiến nghị về đường làng',
    ])
    const pdf = await renderPdf(
      documentWith([{ ...blocks.table, rows } as Block], { orientation: 'landscape' }),
    )
    expect(pdfPageCount(pdf)).toBeGreaterThan(2)
    const text = pdfText(pdf)
    expect(text).toContain('Nguyễn Văn Ước 80')
  })

  it('prints decomposed input (combining marks) as the precomposed letters', async () => {
    const decomposed = 'Nguyễn Thị Ỷ'.normalize('NFD')
    const text = pdfText(await renderPdf(documentWith([{ kind: 'paragraph', text: decomposed }])))
    expect(text).toContain('Nguyễn Thị Ỷ')
  })
})

describe('document helpers', () => {
  it('writes the date line with leading zeros for days below 10 and for January and February', () => {
    expect(documentDateLine('Hà Nội', '2026-02-05')).toBe('Hà Nội, ngày 05 tháng 02 năm 2026')
    expect(documentDateLine('Hà Nội', '2026-11-25')).toBe('Hà Nội, ngày 25 tháng 11 năm 2026')
    expect(documentDateLine('Sóc Sơn', '2026-03-09')).toBe('Sóc Sơn, ngày 09 tháng 3 năm 2026')
    expect(() => documentDateLine('Hà Nội', '25/11/2026')).toThrow()
  })

  it('names a download with an ASCII fallback and the UTF-8 Vietnamese name', () => {
    const header = contentDisposition('Thông báo thụ lý DV-7K3M-9Q2X.pdf')
    expect(header).toBe(
      `attachment; filename="Thong bao thu ly DV-7K3M-9Q2X.pdf"; filename*=UTF-8''` +
        encodeURIComponent('Thông báo thụ lý DV-7K3M-9Q2X.pdf'),
    )
    expect(contentDisposition('Quyết định "đình chỉ"/1.docx')).toContain(
      'filename="Quyet dinh -dinh chi--1.docx"',
    )
  })
})
