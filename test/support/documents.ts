// Reading generated documents back in tests: the text of a PDF (poppler's pdftotext, in content order) and the entries of a
// DOCX (a zip read with node:zlib), so a test checks what a reader of the file would actually see.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inflateRawSync } from 'node:zlib'

/** Why PDF text checks must be skipped (pdftotext missing), or null when they can run. */
export function pdftotextSkipReason(): string | null {
  const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' })
  if (!probe.error) return null
  if (process.env.REQUIRE_PDFTOTEXT === '1') throw new Error('REQUIRE_PDFTOTEXT=1 but pdftotext is missing')
  return (
    'Bỏ qua kiểm tra chữ trong PDF: không có pdftotext. Cài bằng: apt-get install -y poppler-utils ' +
    '(PDF text checks skipped: pdftotext from poppler-utils not found)'
  )
}

/** The text of a PDF as one line: whitespace runs (line breaks of justified text) become one space. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'danvan-pdf-'))
  try {
    const file = path.join(dir, 'document.pdf')
    writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    return text.normalize('NFC').replace(/\s+/g, ' ').trim()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Number of pages, from pdfinfo. */
export function pdfPageCount(pdf: Buffer): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'danvan-pdf-'))
  try {
    const file = path.join(dir, 'document.pdf')
    writeFileSync(file, pdf)
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Writes a PNG of the first page of a PDF (pdftoppm) to `pngPath` (without extension handling: give .png). */
export function pdfFirstPagePng(pdf: Buffer, pngPath: string, dpi = 80): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'danvan-pdf-'))
  try {
    const file = path.join(dir, 'document.pdf')
    writeFileSync(file, pdf)
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      pngPath.replace(/\.png$/, ''),
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The entries of a zip file (DOCX, XLSX) by name. Throws when the file is not a well-formed zip: the end of
 * central directory record, each central entry and each local header are checked.
 */
export function unzip(data: Buffer): Map<string, Buffer> {
  const eocd = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0) throw new Error('not a zip file: end of central directory not found')
  const count = data.readUInt16LE(eocd + 10)
  let offset = data.readUInt32LE(eocd + 16)
  const entries = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`)
    const method = data.readUInt16LE(offset + 10)
    const compressedSize = data.readUInt32LE(offset + 20)
    const size = data.readUInt32LE(offset + 24)
    const nameLength = data.readUInt16LE(offset + 28)
    const extraLength = data.readUInt16LE(offset + 30)
    const commentLength = data.readUInt16LE(offset + 32)
    const localOffset = data.readUInt32LE(offset + 42)
    const name = data.toString('utf8', offset + 46, offset + 46 + nameLength)
    if (data.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`)
    const start = localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28)
    const raw = data.subarray(start, start + compressedSize)
    const content = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : null
    if (!content) throw new Error(`unsupported compression ${method} for ${name}`)
    if (content.length !== size) throw new Error(`size mismatch for ${name}`)
    entries.set(name, content)
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** word/document.xml of a DOCX, and its visible text (the w:t runs joined). */
export function docxContent(docx: Buffer): { xml: string; text: string } {
  const entries = unzip(docx)
  const document = entries.get('word/document.xml')
  if (!document) throw new Error('word/document.xml missing')
  if (!entries.has('[Content_Types].xml')) throw new Error('[Content_Types].xml missing')
  const xml = document.toString('utf8')
  // A line break inside a paragraph reads as a space.
  const text = [...xml.replace(/<w:br\/>/g, '<w:t> </w:t>').matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? '')).join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
  return { xml, text }
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

export const isPdf = (data: Buffer): boolean =>
  data.subarray(0, 5).toString('latin1') === '%PDF-' &&
  data.subarray(-1024).toString('latin1').includes('%%EOF')
