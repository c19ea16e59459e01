// Shared helpers for the administrative-unit reference data scripts (extract.mjs, check.mjs).
// Plain ESM, no dependencies.

/** NFC, single spaces, trimmed. Used for every name written to the CSV files. */
export function clean(s) {
  if (s === null || s === undefined) return ''
  return String(s).normalize('NFC').replace(/\s+/g, ' ').trim()
}

/**
 * Matching key for Vietnamese unit names: lower case, single spaces, old-style tone placement
 * ("Hoà", "Thuỷ") folded to the new style ("Hòa", "Thủy"), curly apostrophes made straight, leading zeros
 * dropped ("Phường 04" = "Phường 4"), "Qui" = "Quy", "NT" = "Nông trường".
 * Only used to compare names, never written out.
 */
export function matchKey(s) {
  let n = clean(s)
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
  n = n.replace(/(^| )qui(?=[\u0300-\u036f]*(?:$|[ ,-]))/g, '$1quy')
  n = n.replace(/([ou])([aey])([\u0300\u0301\u0303\u0309\u0323])(?=$|[ ,-])/g, '$1$3$2')
  n = n.replace(/(^|[^\d])0+(\d)/g, '$1$2')
  n = n.replace(/(^| )nt(?= )/g, '$1no\u0302ng tru\u031bo\u031b\u0300ng')
  return n.normalize('NFC')
}

/** Type words that may start a unit name, longest first. */
export const TYPE_WORDS = [
  'Thành phố',
  'Thị trấn',
  'Thị xã',
  'Đặc khu',
  'Phường',
  'Huyện',
  'Quận',
  'Tỉnh',
  'Xã',
]

/** Splits "Phường Bến Nghé" into ['Phường', 'Bến Nghé']; type word '' when there is none. */
export function splitTypeWord(name) {
  const c = clean(name)
  const k = c.toLowerCase()
  for (const w of TYPE_WORDS) {
    if (k.startsWith(w.toLowerCase() + ' ')) return [w, c.slice(w.length + 1)]
  }
  return ['', c]
}

/** Matching key of the name without its type word ("Thị trấn Chũ" and "Phường Chũ" give the same key). */
export function bareKey(name) {
  return matchKey(splitTypeWord(name)[1])
}

/** Compares strings by UTF-16 code units: locale-independent, so the output order is stable everywhere. */
export function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Compares two arrays of strings element by element. */
export function cmpRows(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = cmp(a[i] ?? '', b[i] ?? '')
    if (c !== 0) return c
  }
  return 0
}

function csvField(v) {
  const s = v === null || v === undefined ? '' : String(v)
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s
}

/** RFC 4180 CSV text with a header row and LF line endings (final LF included). */
export function toCsv(columns, rows) {
  const lines = [columns.map(csvField).join(',')]
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c])).join(','))
  return lines.join('\n') + '\n'
}

/** Parses RFC 4180 CSV (LF or CRLF) into objects keyed by the header row. */
export function parseCsv(text) {
  const records = []
  let field = ''
  let record = []
  let inQuotes = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else inQuotes = false
      } else field += ch
    } else if (ch === '"') inQuotes = true
    else if (ch === ',') {
      record.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += ch
  }
  if (inQuotes) throw new Error('CSV: unterminated quoted field')
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  const [header, ...body] = records
  if (!header) return []
  return body.map((r, n) => {
    if (r.length !== header.length) {
      throw new Error(`CSV: row ${n + 2} has ${r.length} fields, header has ${header.length}`)
    }
    return Object.fromEntries(header.map((h, i) => [h, r[i]]))
  })
}
