import type { Database } from '../../platform/db/database.ts'
import type { UnitItem } from '../../contracts/admin-units.ts'
import { allUnits, currentRevision, type AdminUnitRow } from './admin-units.repo.ts'
import { fold, splitTypeWord } from './reference/names.ts'

/**
 * In-memory search over all units (≈15,000 rows, a few MB), loaded once per process and database, and
 * reloaded when the revision stored in `reference_data` changes (reference reload, local unit added by any
 * process). Trigram similarity on the folded names as pg_trgm does it, plus exact/prefix matches, the type
 * word and the usual abbreviations; ties in Vietnamese alphabetical order (PGlite only collates in C).
 */
interface IndexedUnit {
  row: AdminUnitRow
  parentCode: string | null
  parentName: string | null
  short: string
  typeWord: string
  lowerName: string
  /** How many distinct trigrams the short name has. */
  trigrams: number
  /** Position in Vietnamese alphabetical order (Intl.Collator('vi'), numbers as numbers): short name, name. */
  rank: number
}

interface UnitIndex {
  revision: string
  /** When the revision was last confirmed against the database (performance.now()). */
  checkedAt: number
  /** In Vietnamese alphabetical order. */
  units: IndexedUnit[]
  /** Trigram → positions in `units`: a query scores only the units that share a trigram with it. */
  postings: Map<string, number[]>
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' })

/** Folded, punctuation as spaces, apostrophes dropped ("Ea H'Leo" → "ea hleo"). */
export const searchKeyOf = (text: string): string =>
  fold(text)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

export function trigrams(key: string): Set<string> {
  const set = new Set<string>()
  for (const word of key.split(' ')) {
    if (!word) continue
    const padded = `  ${word} `
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3))
  }
  return set
}

/** Abbreviations officials type: place names anywhere, type words at the start. */
const PLACES: Record<string, string> = {
  hcm: 'ho chi minh',
  tphcm: 'thanh pho ho chi minh',
  hn: 'ha noi',
  hp: 'hai phong',
  dkpq: 'dac khu phu quoc',
}
const TYPE_ABBREVIATIONS: Record<string, string> = {
  tp: 'thanh pho',
  t: 'tinh',
  q: 'quan',
  h: 'huyen',
  tx: 'thi xa',
  p: 'phuong',
  ph: 'phuong',
  x: 'xa',
  tt: 'thi tran',
  dk: 'dac khu',
}
const TYPE_WORDS = ['thanh pho', 'thi tran', 'thi xa', 'dac khu', 'phuong', 'huyen', 'quan', 'tinh', 'xa']

export interface ParsedQuery {
  /** The type word typed (folded), '' if none. */
  type: string
  /** The name without the type word (folded). */
  name: string
  /** The query as typed, lower case with diacritics, when it has any. */
  accented: string | null
}

export function parseQuery(text: string): ParsedQuery {
  const raw = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
  const tokens = searchKeyOf(raw.replace(/\./g, ' '))
    .split(' ')
    .filter(Boolean)
    .flatMap((token, i) => {
      const numbered = /^(p|q)(\d+)$/.exec(token)
      if (numbered && i === 0) return [token[0] === 'p' ? 'phuong' : 'quan', token.slice(1)]
      if (PLACES[token]) return [PLACES[token]]
      if (i === 0 && TYPE_ABBREVIATIONS[token]) return [TYPE_ABBREVIATIONS[token]]
      return [token]
    })
  const expanded = tokens.join(' ')
  const type = TYPE_WORDS.find((w) => expanded.startsWith(w + ' ')) ?? ''
  const name = type ? expanded.slice(type.length + 1) : expanded
  // The typed words that spell the name, with their diacritics: "p. hồng hà" → "hồng hà".
  const words = raw.replace(/\./g, ' ').split(' ').filter(Boolean)
  let accented: string | null = null
  for (let i = 0; i < words.length && raw !== fold(raw); i++) {
    const rest = words.slice(i).join(' ')
    if (searchKeyOf(rest) === name) accented = rest
  }
  return { type, name, accented: accented && accented !== fold(accented) ? accented : null }
}

/**
 * Score of a unit for a query; 0 = no match. `shared`: trigrams in common, so that the similarity is
 * |shared| / |union| as pg_trgm computes it.
 */
function score(unit: IndexedUnit, query: ParsedQuery, queryTrigrams: number, shared: number): number {
  const { short } = unit
  let s: number
  if (short === query.name) s = 100
  else if (short.startsWith(query.name)) s = 80 + (10 * query.name.length) / short.length
  else if (short.includes(' ' + query.name)) s = 60 + (10 * query.name.length) / short.length
  else {
    const sim = shared / (queryTrigrams + unit.trigrams - shared)
    if (sim < 0.3) return 0
    s = 50 * sim
  }
  if (query.type) s += unit.typeWord === query.type ? 15 : -10
  if (query.accented && unit.lowerName.includes(query.accented)) s += 5
  return s
}

const indexes = new WeakMap<Database, UnitIndex>()
const loading = new WeakMap<Database, Promise<UnitIndex>>()

async function buildIndex(database: Database, revision: string): Promise<UnitIndex> {
  const found = await allUnits(database.db)
  const byId = new Map(found.map((r) => [r.id, r]))
  const units: IndexedUnit[] = found.map((row) => {
    const [typeWord] = splitTypeWord(row.name)
    const short = searchKeyOf(row.shortName)
    return {
      row,
      parentCode: (row.parentId && byId.get(row.parentId)?.code) || null,
      parentName: (row.parentId && byId.get(row.parentId)?.name) || null,
      short,
      typeWord: searchKeyOf(typeWord),
      lowerName: row.name.toLowerCase(),
      trigrams: trigrams(short).size,
      rank: 0,
    }
  })
  units.sort(
    (a, b) =>
      collator.compare(a.row.shortName, b.row.shortName) ||
      collator.compare(a.row.name, b.row.name) ||
      (a.row.code < b.row.code ? -1 : 1),
  )
  const postings = new Map<string, number[]>()
  units.forEach((u, i) => {
    u.rank = i
    for (const t of trigrams(u.short)) {
      const list = postings.get(t)
      if (list) list.push(i)
      else postings.set(t, [i])
    }
  })
  return { revision, checkedAt: performance.now(), units, postings }
}

/**
 * How long a process trusts its index without asking the database: writes in this process invalidate it
 * at once (`invalidateUnitIndex`); a write by another process (the CLI import) shows within this time.
 */
const REVISION_CHECK_MS = 2000

/** Drops the cached index after a write, so that the next search reloads it. */
export function invalidateUnitIndex(database: Database): void {
  indexes.delete(database)
}

/** The index for this database, reloaded when the stored revision has changed. */
export async function unitIndex(database: Database): Promise<UnitIndex> {
  const cached = indexes.get(database)
  if (cached && performance.now() - cached.checkedAt < REVISION_CHECK_MS) return cached
  const revision = await currentRevision(database.db)
  if (cached?.revision === revision) {
    cached.checkedAt = performance.now()
    return cached
  }
  let pending = loading.get(database)
  if (!pending) {
    pending = buildIndex(database, revision).finally(() => loading.delete(database))
    loading.set(database, pending)
  }
  const index = await pending
  indexes.set(database, index)
  return index
}

export interface SearchOptions {
  q?: string
  level?: string
  parent?: string
  at: string
  offset: number
  limit: number
}

const inForce = (row: AdminUnitRow, at: string): boolean =>
  (row.validFrom === null || row.validFrom <= at) && (row.validTo === null || row.validTo >= at)

export const presentUnit = (unit: {
  row: AdminUnitRow
  parentCode: string | null
  parentName: string | null
}): UnitItem => ({
  id: unit.row.id,
  code: unit.row.code,
  name: unit.row.name,
  shortName: unit.row.shortName,
  type: unit.row.type,
  level: unit.row.level as UnitItem['level'],
  parentCode: unit.parentCode,
  parentName: unit.parentName,
  provinceCode: unit.row.provinceCode,
  validFrom: unit.row.validFrom,
  validTo: unit.row.validTo,
})

/**
 * Units in force on `at`. With `q`: best match first. Without: the children of `parent` (or the provinces),
 * or every unit of `level` under `parent`, alphabetically. `parent` is the code of a unit on that date.
 */
export function searchUnits(index: UnitIndex, options: SearchOptions): { items: UnitItem[]; more: boolean } {
  const { at } = options
  const query = options.q ? parseQuery(options.q) : null
  const searching = query !== null && query.name !== ''
  const parent = options.parent
    ? index.units.find((u) => u.row.code === options.parent && inForce(u.row, at))
    : undefined
  if (options.parent && !parent) return { items: [], more: false }
  const level = options.level ?? (searching || parent ? undefined : 'province')
  const under = (u: IndexedUnit): boolean => {
    if (!parent) return true
    if (!level && !searching) return u.row.parentId === parent.row.id
    if (parent.row.level === 'province') return u.row.provinceCode === parent.row.code && u !== parent
    return u.row.parentId === parent.row.id
  }
  const matches: { unit: IndexedUnit; score: number }[] = []
  const consider = (unit: IndexedUnit, s: number): void => {
    if (s <= 0 || (level && unit.row.level !== level)) return
    if (inForce(unit.row, at) && under(unit)) matches.push({ unit, score: s })
  }
  if (searching) {
    // Every unit that can match shares a trigram with the query: an exact or prefix match shares the
    // first one ("  h"), a similar name several.
    const queryTrigrams = trigrams(query.name)
    const shared = new Uint16Array(index.units.length)
    for (const t of queryTrigrams)
      for (const i of index.postings.get(t) ?? []) shared[i] = (shared[i] ?? 0) + 1
    shared.forEach((count, i) => {
      const unit = index.units[i]
      if (count > 0 && unit) consider(unit, score(unit, query, queryTrigrams.size, count))
    })
  } else for (const unit of index.units) consider(unit, 1)
  matches.sort((a, b) => b.score - a.score || a.unit.rank - b.unit.rank)
  const page = matches.slice(options.offset, options.offset + options.limit)
  return {
    items: page.map((m) => presentUnit(m.unit)),
    more: matches.length > options.offset + options.limit,
  }
}

/** Rows with the code and name of their parent, for presenting units read outside the index. */
export async function unitParents(
  database: Database,
  rows: AdminUnitRow[],
): Promise<{ row: AdminUnitRow; parentCode: string | null; parentName: string | null }[]> {
  const index = await unitIndex(database)
  const byId = new Map(index.units.map((u) => [u.row.id, u.row]))
  return rows.map((row) => {
    const parent = row.parentId ? byId.get(row.parentId) : undefined
    return { row, parentCode: parent?.code ?? null, parentName: parent?.name ?? null }
  })
}
