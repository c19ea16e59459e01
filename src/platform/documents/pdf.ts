import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import pdfmake from 'pdfmake'
import type { Content, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'
import type { Block, OfficialDocument } from './index.ts'
import {
  columnShares,
  contentWidthMm,
  documentDateLine,
  leftColumnShare,
  mmToPt,
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

/**
 * Liberation Serif 2.x: metric-compatible with Times New Roman (so a page breaks where Word breaks it) and
 * covering every Vietnamese letter. Vendored with its SIL OFL 1.1 licence; read once, never downloaded.
 */
export const fontDir = fileURLToPath(new URL('../../../assets/fonts/liberation-serif/', import.meta.url))
const FAMILY = 'DanVanSerif'
const files = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const

interface PdfmakeServer {
  virtualfs: { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean }
  addFonts(fonts: TFontDictionary): void
  setUrlAccessPolicy(callback: (url: string) => boolean): void
  setLocalAccessPolicy(callback: (path: string) => boolean): void
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> }
}
const printer = pdfmake as unknown as PdfmakeServer

let ready = false
function ensureFonts(): void {
  if (ready) return
  const fonts: Record<string, string> = {}
  for (const [style, file] of Object.entries(files)) {
    const name = `danvan-fonts/${file}`
    printer.virtualfs.writeFileSync(name, readFileSync(fontDir + file))
    fonts[style] = name
  }
  printer.addFonts({ [FAMILY]: fonts })
  // Documents are built from our own data only: no remote or local resources may be pulled in.
  printer.setUrlAccessPolicy(() => false)
  printer.setLocalAccessPolicy(() => false)
  ready = true
}

const FIRST_LINE_INDENT = mmToPt(10)
const LINE_HEIGHT = 1.15

const text = (value: string): string => nfc(value)

/** A horizontal rule `ruleWidthMm` long, centered in its column (a canvas is aligned like a word). */
function rule(ruleWidthMm: number): Content {
  const length = mmToPt(ruleWidthMm)
  return {
    canvas: [{ type: 'line', x1: 0, y1: 5, x2: length, y2: 5, lineWidth: 0.6 }],
    alignment: 'center',
    margin: [0, 0, 0, 8],
  }
}

function block(b: Block, contentWidth: number): Content[] {
  switch (b.kind) {
    case 'paragraph': {
      const align = b.align ?? 'justify'
      return [
        {
          text: text(b.text),
          alignment: align,
          bold: b.bold ?? false,
          italics: b.italic ?? false,
          fontSize: sizes.body,
          lineHeight: LINE_HEIGHT,
          margin: [0, 6, 0, 0],
          ...(align === 'justify' || align === 'left' ? { leadingIndent: FIRST_LINE_INDENT } : {}),
        },
      ]
    }
    case 'heading':
      return [
        {
          text: text(b.text),
          bold: true,
          alignment: 'justify',
          fontSize: sizes.body,
          lineHeight: LINE_HEIGHT,
          margin: [0, 6, 0, 0],
          leadingIndent: FIRST_LINE_INDENT,
        },
      ]
    case 'list':
      return b.items.map((item): Content => ({
        text: text(`- ${item}`),
        alignment: 'justify',
        fontSize: sizes.body,
        lineHeight: LINE_HEIGHT,
        margin: [0, 3, 0, 0],
        leadingIndent: FIRST_LINE_INDENT,
      }))
    case 'table': {
      // pdfmake adds 2 × 4 pt padding and one rule per column to the widths it is given.
      const usable = contentWidth - b.columns.length * 8 - (b.columns.length + 1) * 1
      const widths = columnShares(b.columns).map((share) => Math.floor(share * usable * 100) / 100)
      return [
        {
          margin: [0, 8, 0, 0],
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths,
            body: [
              b.columns.map((c) => ({ text: text(c.header), bold: true, alignment: 'center' as const })),
              ...tableRows(b).map((row) => row.map((cell) => ({ text: cell }))),
            ],
          },
          fontSize: sizes.table,
        },
      ]
    }
  }
}

function recipientItem(item: string): string {
  const value = nfc(item).trim()
  return value.startsWith('-') ? value : `- ${value}`
}

/** The document as a PDF for sending: A4 with Decree 30 margins, Liberation Serif embedded. */
export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  ensureFonts()
  const landscape = doc.orientation === 'landscape'
  const contentWidth = mmToPt(contentWidthMm(doc.orientation))
  const leftWidth = contentWidth * leftColumnShare
  const rightWidth = contentWidth - leftWidth

  const issuer: Content[] = []
  if (doc.issuer.parentName) issuer.push({ text: upper(doc.issuer.parentName), fontSize: sizes.issuer })
  issuer.push({ text: upper(doc.issuer.name), fontSize: sizes.issuer, bold: true })
  issuer.push(rule(22))
  issuer.push({ text: numberLine(doc.number), fontSize: sizes.number })

  const national: Content[] = [
    { text: nationalName, fontSize: sizes.nationalName, bold: true },
    { text: motto, fontSize: sizes.motto, bold: true },
    rule(62),
    { text: documentDateLine(doc.place, doc.date), fontSize: sizes.placeDate, italics: true },
  ]

  const content: Content[] = [
    {
      columns: [
        { width: leftWidth, stack: issuer, alignment: 'center' },
        { width: rightWidth, stack: national, alignment: 'center' },
      ],
      columnGap: 0,
    },
    { text: upper(doc.title), bold: true, fontSize: sizes.title, alignment: 'center', margin: [0, 18, 0, 0] },
  ]
  if (doc.subtitle) {
    content.push({
      text: text(doc.subtitle),
      bold: true,
      fontSize: sizes.title,
      alignment: 'center',
      margin: [0, 0, 0, 6],
    })
  }
  content.push(...doc.body.flatMap((b) => block(b, contentWidth)))

  const closingLeft: Content[] = []
  if (doc.recipients?.length) {
    closingLeft.push({ text: recipientsLabel, bold: true, italics: true, fontSize: sizes.recipientsLabel })
    for (const item of doc.recipients)
      closingLeft.push({ text: recipientItem(item), fontSize: sizes.recipients })
  }
  const closingRight: Content[] = []
  if (doc.signer) {
    if (doc.signer.authority)
      closingRight.push({ text: upper(doc.signer.authority), bold: true, fontSize: sizes.signer })
    closingRight.push({ text: upper(doc.signer.title), bold: true, fontSize: sizes.signer })
    closingRight.push({
      text: text(doc.signer.name),
      bold: true,
      fontSize: sizes.signer,
      margin: [0, 64, 0, 0],
    })
  }
  if (closingLeft.length || closingRight.length) {
    content.push({
      columns: [
        { width: leftWidth, stack: closingLeft },
        { width: rightWidth, stack: closingRight, alignment: 'center' },
      ],
      columnGap: 0,
      margin: [0, 14, 0, 0],
      unbreakable: true,
    })
  }

  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: [
      mmToPt(page.margin.leftMm),
      mmToPt(page.margin.topMm),
      mmToPt(page.margin.rightMm),
      mmToPt(page.margin.bottomMm),
    ],
    info: {
      title: nfc(doc.title),
      author: nfc(doc.issuer.name),
      creator: 'Dân Vận Số',
      producer: 'Dân Vận Số',
    },
    defaultStyle: { font: FAMILY, fontSize: sizes.body },
    // Decree 30: page numbers centered in the top margin, from the second page on.
    header: (currentPage: number) =>
      currentPage > 1
        ? { text: String(currentPage), alignment: 'center', fontSize: 13, margin: [0, mmToPt(8), 0, 0] }
        : null,
    content,
  }
  return printer.createPdf(definition).getBuffer()
}
