/** RFC 4180 CSV (quotes only where needed, CRLF or LF): rows of strings keyed by the header row. */
export function parseCsv(text: string): Record<string, string>[] {
  const records = parseCsvRecords(text)
  const header = records.shift()
  if (!header) return []
  return records
    .filter((fields) => fields.length > 1 || fields[0] !== '')
    .map((fields) => Object.fromEntries(header.map((name, i) => [name.trim(), fields[i] ?? ''])))
}

/** The raw records, header included; a blank line is a record of one empty field (row numbers stay true). */
export function parseCsvRecords(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  const records: string[][] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endRecord = (): void => {
    fields.push(field)
    records.push(fields)
    fields = []
    field = ''
  }
  while (i < input.length) {
    const ch = input[i]
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === ',') {
      fields.push(field)
      field = ''
    } else if (ch === '\n') endRecord()
    else if (ch !== '\r') field += ch
    i++
  }
  if (field !== '' || fields.length > 0) endRecord()
  return records
}
