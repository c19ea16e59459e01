/**
 * Name handling for administrative units: type words, the folded search key, and the matching key used
 * to tell whether two records name the same unit (same rules as scripts/reference/lib.mjs).
 */

/** Lower case, no diacritics, đ → d, single spaces: the same result as the SQL function vn_fold. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/** NFC and single spaces. */
export const clean = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim()

/**
 * Key to compare two names of the same unit across sources: lower case, old-style tone placement
 * ("Hoà") folded to the new style ("Hòa"), straight apostrophes, no leading zeros ("Phường 04" = "Phường 4"),
 * "Qui" = "Quy", "NT" = "Nông trường".
 */
export function matchKey(name: string): string {
  let n = clean(name)
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
const TYPE_WORDS = ['Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã']

/** Splits "Phường Bến Nghé" into ['Phường', 'Bến Nghé']; '' when the name has no type word. */
export function splitTypeWord(name: string): [string, string] {
  const c = clean(name)
  const lower = c.toLowerCase()
  for (const word of TYPE_WORDS)
    if (lower.startsWith(word.toLowerCase() + ' ')) return [word, c.slice(word.length + 1)]
  return ['', c]
}

/** The matching key of the name without its type word ("Xã Hoa Thành" = "Thị trấn Hoa Thành"). */
export const bareKey = (name: string): string => matchKey(splitTypeWord(name)[1])

export const shortNameOf = (name: string): string => splitTypeWord(name)[1]

export const unitLevels = ['province', 'district', 'commune', 'below_commune'] as const
export type UnitLevel = (typeof unitLevels)[number]

/** Unit types (lower-case ASCII codes, as in db/reference/admin-units/*.csv) with their Vietnamese names. */
export const unitTypes = {
  tinh: { level: 'province', label: 'Tỉnh' },
  thanh_pho: { level: 'province', label: 'Thành phố trực thuộc trung ương' },
  huyen: { level: 'district', label: 'Huyện' },
  quan: { level: 'district', label: 'Quận' },
  thi_xa: { level: 'district', label: 'Thị xã' },
  thanh_pho_thuoc_tinh: { level: 'district', label: 'Thành phố thuộc tỉnh' },
  thanh_pho_thuoc_tp_tw: { level: 'district', label: 'Thành phố thuộc thành phố trực thuộc trung ương' },
  xa: { level: 'commune', label: 'Xã' },
  phuong: { level: 'commune', label: 'Phường' },
  thi_tran: { level: 'commune', label: 'Thị trấn' },
  dac_khu: { level: 'commune', label: 'Đặc khu' },
  thon: { level: 'below_commune', label: 'Thôn' },
  ap: { level: 'below_commune', label: 'Ấp' },
  ban: { level: 'below_commune', label: 'Bản' },
  to_dan_pho: { level: 'below_commune', label: 'Tổ dân phố' },
  khu_pho: { level: 'below_commune', label: 'Khu phố' },
} as const satisfies Record<string, { level: UnitLevel; label: string }>
export type UnitType = keyof typeof unitTypes

export const localUnitTypes = ['thon', 'ap', 'ban', 'to_dan_pho', 'khu_pho'] as const
export type LocalUnitType = (typeof localUnitTypes)[number]

/** The type of a unit of 30/06/2025 read from its name's type word. */
export function typeFromName(name: string, level: UnitLevel, provinceIsCity: boolean): UnitType {
  const word = splitTypeWord(name)[0]
  if (level === 'province') return word === 'Thành phố' ? 'thanh_pho' : 'tinh'
  if (level === 'district') {
    if (word === 'Quận') return 'quan'
    if (word === 'Thị xã') return 'thi_xa'
    if (word === 'Thành phố') return provinceIsCity ? 'thanh_pho_thuoc_tp_tw' : 'thanh_pho_thuoc_tinh'
    return 'huyen'
  }
  if (word === 'Phường') return 'phuong'
  if (word === 'Thị trấn') return 'thi_tran'
  if (word === 'Đặc khu') return 'dac_khu'
  return 'xa'
}
