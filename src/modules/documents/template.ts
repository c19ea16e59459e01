import type { Block } from '../../platform/documents/index.ts'
import type { FieldError } from '../../platform/errors.ts'
import { messages, placeholderLabels } from './messages.ts'

/** The wording of one document type, as an admin edits it. */
export interface TemplateText {
  numberSymbol: string
  title: string
  subtitle: string | null
  body: string
  recipients: string
  signerAuthority: string | null
  signerTitle: string
}

export type TemplateValues = Record<string, string>

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+(?:\.[a-zA-Z]+)?)\s*\}\}/g

export const knownPlaceholders = Object.keys(placeholderLabels)

/** Problems of one template text: unknown placeholders and unclosed braces, named by field. */
export function checkTemplateText(t: TemplateText): FieldError[] {
  const errors: FieldError[] = []
  const fields: [keyof TemplateText, string | null][] = Object.entries(t) as [
    keyof TemplateText,
    string | null,
  ][]
  for (const [path, value] of fields) {
    if (!value) continue
    for (const match of value.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? ''
      if (!knownPlaceholders.includes(name)) errors.push({ path, message: messages.unknownPlaceholder(name) })
    }
    if (value.replace(PLACEHOLDER, '').includes('{{'))
      errors.push({ path, message: messages.unclosedPlaceholder })
  }
  return errors
}

/** The text with each {{name}} replaced; a value the case does not have becomes empty. */
export function fill(text: string, values: TemplateValues): string {
  return text.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '')
}

/** True when the text has placeholders and the case has a value for none of them ("Lý do: {{step.reason}}."). */
function allEmpty(text: string, values: TemplateValues): boolean {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '')
  return names.length > 0 && names.every((name) => !values[name]?.trim())
}

/** The text filled, or null when it only existed to show values the case does not have. */
function fillOrDrop(text: string, values: TemplateValues): string | null {
  if (allEmpty(text, values)) return null
  return fill(text, values).trim() || null
}

/**
 * The body as blocks. Paragraphs are separated by blank lines; inside a paragraph a single line break is
 * kept. A paragraph whose lines all start with "- " is a list; "# " starts a bold heading; "> " a centered,
 * bold, upper-case line (e.g. "QUYẾT ĐỊNH:"). A paragraph or list item whose placeholders are all empty for
 * this case (an optional note, a legal basis not given) is left out.
 */
export function bodyBlocks(body: string, values: TemplateValues): Block[] {
  const blocks: Block[] = []
  const paragraphs = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)
  for (const paragraph of paragraphs) {
    const lines = paragraph
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    if (!lines.length) continue
    if (lines.every((line) => line.startsWith('- '))) {
      const items = lines
        .map((line) => fillOrDrop(line.slice(2), values))
        .filter((x): x is string => Boolean(x))
      if (items.length) blocks.push({ kind: 'list', items })
      else {
        // "Thông tin liên hệ:" introducing a list the case has nothing for goes too.
        const intro = blocks.at(-1)
        if (intro?.kind === 'paragraph' && intro.text.endsWith(':')) blocks.pop()
      }
      continue
    }
    const first = lines[0] ?? ''
    if (first.startsWith('# ')) {
      const text = fillOrDrop(lines.join('\n').slice(2), values)
      if (text) blocks.push({ kind: 'heading', text })
      continue
    }
    if (first.startsWith('> ')) {
      const text = fillOrDrop(lines.map((l) => l.replace(/^> /, '')).join('\n'), values)
      if (text)
        blocks.push({ kind: 'paragraph', text: text.toLocaleUpperCase('vi-VN'), bold: true, align: 'center' })
      continue
    }
    const text = fillOrDrop(lines.join('\n'), values)
    if (text) blocks.push({ kind: 'paragraph', text })
  }
  return blocks
}

/** Recipients, one a line, filled; empty lines dropped. */
export const recipientLines = (recipients: string, values: TemplateValues): string[] =>
  recipients
    .split(/\r?\n/)
    .map((line) => fillOrDrop(line, values))
    .filter((x): x is string => Boolean(x))
