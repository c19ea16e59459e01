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
  let i = 0
  while (i < input.length) {
    let end = input.indexOf('\n', i)
    if (end === -1) end = input.length
    const line = input.slice(i, input[end - 1] === '\r' ? end - 1 : end)
    if (!line.includes('"')) {
      // Fast path: most lines have no quoted field.
      records.push(line.split(','))
      i = end + 1
      continue
    }
    const fields: string[] = []
    let field = ''
    let quoted = false
    let j = i
    for (; j < input.length; j++) {
      const ch = input[j]
      if (quoted) {
        if (ch === '"' && input[j + 1] === '"') {
          field += '"'
          j++
        } else if (ch === '"') quoted = false
        else field += ch
      } else if (ch === '"' && field === '') quoted = true
      else if (ch === ',') {
        fields.push(field)
        field = ''
      } else if (ch === '\n') break
      else if (ch !== '\r') field += ch
    }
    fields.push(field)
    records.push(fields)
    i = j + 1
  }
  return records
}
