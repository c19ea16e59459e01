/**
 * Pure text handling of the search box: folding (the same as SQL `vn_fold`: lower case, no diacritics,
 * đ → d), parsing into words and quoted phrases, the tsquery strings, and highlighting matches in the
 * original (accented) text.
 */

/** Lower case without Vietnamese diacritics, đ → d — what `vn_fold()` does in SQL. */
export const fold = (value: string): string =>
  value.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()

export interface ParsedQuery {
  /** Folded words outside quotes, in order, without duplicates. */
  terms: string[]
  /** Folded quoted phrases, each a list of words that must appear adjacent and in order. */
  phrases: string[][]
  /** The folded words of the whole query, for trigram similarity. */
  plain: string
}

const words = (value: string): string[] => fold(value).match(/[\p{L}\p{N}]+/gu) ?? []

export function parseQuery(q: string): ParsedQuery {
  const phrases: string[][] = []
  const outside = q.replace(/"([^"]*)"?/g, (_, inner: string) => {
    const w = words(inner)
    if (w.length) phrases.push(w)
    return ' '
  })
  const terms = [...new Set(words(outside))]
  const plain = [...terms, ...phrases.flat()].join(' ')
  return { terms, phrases, plain }
}

/**
 * A word of the tsquery: the last word typed is a prefix (`tru:*` finds "trường" while the official is
 * still typing), the others are whole words. A prefix of a short, common syllable (`thi:*`, `an:*`) makes
 * GIN gather every word that starts with it, which at a million cases costs hundreds of milliseconds.
 */
export const lexemeOf = (terms: string[], i: number, lastIsPrefix = true): string =>
  lastIsPrefix && i === terms.length - 1 ? `${terms[i]}:*` : (terms[i] as string)
const lexeme = lexemeOf

/** `a & b & c:*` — every word (the last a prefix unless told). Null when there is none. */
export function allTermsQuery(terms: string[], lastIsPrefix = true): string | null {
  return terms.length ? terms.map((_, i) => lexemeOf(terms, i, lastIsPrefix)).join(' & ') : null
}

/**
 * With three words or more, any one word may be misspelt: `(b & c:*) | (a & c:*) | (a & b)`. GIN answers
 * it from the same index; the rank still prefers the rows that match every word.
 */
export function allButOneQuery(terms: string[]): string | null {
  if (terms.length < 3 || terms.length > 8) return null
  return terms
    .map(
      (_, skip) =>
        `(${terms
          .map((__, i) => i)
          .filter((i) => i !== skip)
          .map((i) => lexeme(terms, i))
          .join(' & ')})`,
    )
    .join(' | ')
}

/** `a | b | c:*` — used for ranking only. */
export function anyTermQuery(terms: string[]): string | null {
  return terms.length ? terms.map((_, i) => lexeme(terms, i)).join(' | ') : null
}

export interface Segment {
  text: string
  hit: boolean
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
      continue
    }
    if (++edits > 1) return false
    if (a.length > b.length) i++
    else if (b.length > a.length) j++
    else {
      i++
      j++
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}

/** Does a folded word of the text match one of the folded query words (prefix, or one typo)? */
export function wordMatches(word: string, queryWords: readonly string[]): boolean {
  return queryWords.some(
    (q) =>
      word === q ||
      (q.length >= 2 && word.startsWith(q)) ||
      (q.length >= 4 && word.length >= 4 && editDistanceAtMostOne(word, q)),
  )
}

/** The text cut into matched and unmatched pieces (matches in the original spelling, accents kept). */
export function highlight(text: string, queryWords: readonly string[]): Segment[] {
  const segments: Segment[] = []
  const push = (piece: string, hit: boolean) => {
    const last = segments.at(-1)
    if (last && last.hit === hit) last.text += piece
    else if (piece) segments.push({ text: piece, hit })
  }
  let index = 0
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const start = match.index
    push(text.slice(index, start), false)
    push(match[0], wordMatches(fold(match[0]), queryWords))
    index = start + match[0].length
  }
  push(text.slice(index), false)
  return segments
}

/** About `size` words of `text` around its first match, highlighted; the start when nothing matches. */
export function snippet(text: string, queryWords: readonly string[], size = 24): Segment[] {
  const tokens = [...text.matchAll(/\S+/g)]
  const first = tokens.findIndex((t) =>
    (fold(t[0]).match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => wordMatches(w, queryWords)),
  )
  const from = Math.max(0, (first < 0 ? 0 : first) - Math.floor(size / 3))
  const to = Math.min(tokens.length, from + size)
  const startChar = tokens[from]?.index ?? 0
  const last = tokens[to - 1]
  const endChar = last ? last.index + last[0].length : text.length
  const segments = highlight(text.slice(startChar, endChar), queryWords)
  if (from > 0) segments.unshift({ text: '… ', hit: false })
  if (to < tokens.length) segments.push({ text: ' …', hit: false })
  return segments
}
