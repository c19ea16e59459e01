import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx'
import type { Block, OfficialDocument } from './index.ts'
import {
  columnShares,
  contentWidthMm,
  documentDateLine,
  leftColumnShare,
  mmToTwip,
  motto,
  nationalName,
  nfc,
  numberLine,
  page,
  recipientsLabel,
  sizes,
  tableRows,
  upper,
} from './layout.ts'

const FONT = 'Times New Roman'
const halfPoints = (pt: number): number => pt * 2
const pt = (points: number): number => points * 20 // twips
const FIRST_LINE_INDENT = mmToTwip(10)
const BODY_LINE = 276 // 1.15 lines (240ths of a line)

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const

interface RunStyle {
  size: number
  bold?: boolean
  italics?: boolean
}

/** A run per line: "\n" inside a text becomes a line break. */
function runs(text: string, style: RunStyle): TextRun[] {
  return nfc(text)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          font: FONT,
          size: halfPoints(style.size),
          bold: style.bold ?? false,
          italics: style.italics ?? false,
          ...(i > 0 ? { break: 1 } : {}),
        }),
    )
}

function centered(text: string, style: RunStyle, spacingAfter = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: pt(spacingAfter), line: 240 },
    children: runs(text, style),
  })
}

/** A short horizontal rule centered in a cell: an empty paragraph with a bottom border between indents. */
function rule(cellWidthTwip: number, ruleWidthMm: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidthTwip - mmToTwip(ruleWidthMm)) / 2))
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: pt(6), line: 40, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', font: FONT, size: 2 })],
  })
}

const blankCell = { top: 0, bottom: 0, left: 0, right: 0 }

function twoColumns(widths: [number, number], left: Paragraph[], right: Paragraph[]): Table {
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: blankCell,
      verticalAlign: VerticalAlign.TOP,
      children: children.length ? children : [new Paragraph({ children: [] })],
    })
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, widths[0]), cell(right, widths[1])] })],
  })
}

function block(b: Block, contentTwip: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph': {
      const align = b.align ?? 'justify'
      const indented = align === 'justify' || align === 'left'
      return [
        new Paragraph({
          alignment: alignments[align],
          spacing: { before: pt(6), after: 0, line: BODY_LINE },
          ...(indented ? { indent: { firstLine: FIRST_LINE_INDENT } } : {}),
          children: runs(b.text, { size: sizes.body, bold: b.bold ?? false, italics: b.italic ?? false }),
        }),
      ]
    }
    case 'heading':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { before: pt(6), after: 0, line: BODY_LINE },
          indent: { firstLine: FIRST_LINE_INDENT },
          keepNext: true,
          children: runs(b.text, { size: sizes.body, bold: true }),
        }),
      ]
    case 'list':
      return b.items.map(
        (item) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing: { before: pt(3), after: 0, line: BODY_LINE },
            indent: { firstLine: FIRST_LINE_INDENT },
            children: runs(`- ${item}`, { size: sizes.body }),
          }),
      )
    case 'table': {
      const widths = columnShares(b.columns).map((share) => Math.floor(share * contentTwip))
      const cell = (text: string, i: number, header: boolean) =>
        new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          margins: { top: 40, bottom: 40, left: 80, right: 80 },
          verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
          children: [
            new Paragraph({
              alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
              spacing: { before: 0, after: 0, line: 240 },
              children: runs(text, { size: sizes.table, bold: header }),
            }),
          ],
        })
      return [
        new Paragraph({ spacing: { before: pt(6), after: 0 }, children: [] }),
        new Table({
          width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          rows: [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: b.columns.map((c, i) => cell(c.header, i, true)),
            }),
            ...tableRows(b).map(
              (row) =>
                new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) }),
            ),
          ],
        }),
      ]
    }
  }
}

function recipientItem(item: string): string {
  const text = nfc(item).trim()
  return text.startsWith('-') ? text : `- ${text}`
}

/** The document as a Word file: Times New Roman, A4 with Decree 30 margins, page numbers from page 2. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const landscape = doc.orientation === 'landscape'
  const contentTwip = mmToTwip(contentWidthMm(doc.orientation))
  const leftTwip = Math.round(contentTwip * leftColumnShare)
  const columns: [number, number] = [leftTwip, contentTwip - leftTwip]

  const issuer: Paragraph[] = []
  if (doc.issuer.parentName) issuer.push(centered(upper(doc.issuer.parentName), { size: sizes.issuer }))
  issuer.push(centered(upper(doc.issuer.name), { size: sizes.issuer, bold: true }))
  issuer.push(rule(leftTwip, 22))
  issuer.push(centered(numberLine(doc.number), { size: sizes.number }))

  const national = [
    centered(nationalName, { size: sizes.nationalName, bold: true }),
    centered(motto, { size: sizes.motto, bold: true }),
    rule(columns[1], 62),
    centered(documentDateLine(doc.place, doc.date), { size: sizes.placeDate, italics: true }),
  ]

  const title: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: pt(18), after: 0 },
      keepNext: true,
      children: runs(upper(doc.title), { size: sizes.title, bold: true }),
    }),
  ]
  if (doc.subtitle) {
    title.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: pt(6) },
        keepNext: true,
        children: runs(doc.subtitle, { size: sizes.title, bold: true }),
      }),
    )
  }

  const closingLeft: Paragraph[] = []
  if (doc.recipients?.length) {
    closingLeft.push(
      new Paragraph({
        spacing: { before: 0, after: 0 },
        children: runs(recipientsLabel, { size: sizes.recipientsLabel, bold: true, italics: true }),
      }),
      ...doc.recipients.map(
        (item) =>
          new Paragraph({
            spacing: { before: 0, after: 0 },
            children: runs(recipientItem(item), { size: sizes.recipients }),
          }),
      ),
    )
  }
  const closingRight: Paragraph[] = []
  if (doc.signer) {
    if (doc.signer.authority)
      closingRight.push(centered(upper(doc.signer.authority), { size: sizes.signer, bold: true }))
    closingRight.push(centered(upper(doc.signer.title), { size: sizes.signer, bold: true }))
    for (let i = 0; i < 4; i++) closingRight.push(centered('', { size: sizes.signer }))
    closingRight.push(centered(doc.signer.name, { size: sizes.signer, bold: true }))
  }

  const closing =
    closingLeft.length || closingRight.length
      ? [
          new Paragraph({ spacing: { before: pt(12), after: 0 }, children: [] }),
          twoColumns(columns, closingLeft, closingRight),
        ]
      : []

  const document = new Document({
    creator: nfc(doc.issuer.name),
    title: nfc(doc.title),
    styles: { default: { document: { run: { font: FONT, size: halfPoints(sizes.body) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: mmToTwip(page.widthMm),
              height: mmToTwip(page.heightMm),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: mmToTwip(page.margin.topMm),
              bottom: mmToTwip(page.margin.bottomMm),
              left: mmToTwip(page.margin.leftMm),
              right: mmToTwip(page.margin.rightMm),
              header: mmToTwip(10),
              footer: mmToTwip(10),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: halfPoints(13) })],
              }),
            ],
          }),
        },
        children: [
          twoColumns(columns, issuer, national),
          ...title,
          ...doc.body.flatMap((b) => block(b, contentTwip)),
          ...closing,
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
