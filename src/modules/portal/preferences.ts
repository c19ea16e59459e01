/** Reading preferences remembered in a cookie: text size (A−/A+) and high contrast. */
export interface Preferences {
  /** 0 = normal; 1..3 larger; -1 smaller. */
  textSize: number
  contrast: boolean
}

export const PREFERENCES_COOKIE = 'dvs_hienthi'
export const MIN_TEXT_SIZE = -1
export const MAX_TEXT_SIZE = 3
const clamp = (n: number): number => Math.min(MAX_TEXT_SIZE, Math.max(MIN_TEXT_SIZE, n))

export function parsePreferences(cookie: string | undefined): Preferences {
  const match = /^c(-?\d)t([01])$/.exec(cookie ?? '')
  if (!match) return { textSize: 0, contrast: false }
  return { textSize: clamp(Number(match[1])), contrast: match[2] === '1' }
}

export const serializePreferences = (p: Preferences): string => `c${clamp(p.textSize)}t${p.contrast ? 1 : 0}`

/** Applies one change asked for by a link of the toolbar (`co-chu=tang|giam|chuan`, `tuong-phan=bat|tat`). */
export function changePreferences(
  current: Preferences,
  change: { textSize?: string; contrast?: string },
): Preferences {
  let textSize = current.textSize
  if (change.textSize === 'tang') textSize = clamp(textSize + 1)
  else if (change.textSize === 'giam') textSize = clamp(textSize - 1)
  else if (change.textSize === 'chuan') textSize = 0
  const contrast = change.contrast === 'bat' ? true : change.contrast === 'tat' ? false : current.contrast
  return { textSize, contrast }
}

/** Only a path of this site (never `//host` or a scheme) may be returned to. */
export function safeReturnPath(path: string | undefined): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/'
  if (/[\r\n]/.test(path) || path.length > 500) return '/'
  return path
}
