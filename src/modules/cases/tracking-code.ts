import { randomBytes } from 'node:crypto'

/** Letters and digits a citizen cannot misread: no 0/O, 1/I/L. */
export const TRACKING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const GROUP = 4
const GROUPS = 2
const PATTERN = new RegExp(`^DV(-[${TRACKING_ALPHABET}]{${GROUP}}){${GROUPS}}$`)

/**
 * A new tracking code such as `DV-7K3M-9Q2X`: 31^8 ≈ 8.5·10^11 codes drawn by a CSPRNG, so codes are
 * unguessable at the public endpoint's rate limit; uniqueness is enforced by the database.
 */
export function newTrackingCode(): string {
  const letters: string[] = []
  while (letters.length < GROUP * GROUPS)
    for (const byte of randomBytes(16))
      if (byte < UNBIASED && letters.length < GROUP * GROUPS)
        letters.push(TRACKING_ALPHABET[byte % TRACKING_ALPHABET.length] as string)
  const groups = Array.from({ length: GROUPS }, (_, g) => letters.slice(g * GROUP, (g + 1) * GROUP).join(''))
  return ['DV', ...groups].join('-')
}

/** Bytes below this, taken modulo the alphabet's length, are uniform over it; the others are drawn again. */
const UNBIASED = 256 - (256 % TRACKING_ALPHABET.length)

/**
 * The canonical form of a code as a citizen typed it (lower case, spaces, missing hyphens, a leading
 * "dv"), or null when it cannot be one.
 */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '')
  if (compact.length > 2 + GROUP * GROUPS + 2) return null
  const body = compact.startsWith('DV') ? compact.slice(2) : compact
  if (body.length !== GROUP * GROUPS) return null
  const code = ['DV', body.slice(0, GROUP), body.slice(GROUP)].join('-')
  return PATTERN.test(code) ? code : null
}
