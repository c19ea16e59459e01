/**
 * The rule book as the application reads it: every version, grouped by key, kept in process per database
 * and dropped when a version is added (`invalidateRules`). Given a transaction, read fresh and not cached.
 */
import { isDatabase, type Database, type Executor } from '../../platform/db/database.ts'
import { type RuleRow, listAllRules } from './rules.repo.ts'

export type RuleBook = ReadonlyMap<string, readonly RuleRow[]>

interface Store {
  generation: number
  book: Promise<RuleBook> | null
}

const stores = new WeakMap<Database, Store>()

function group(rows: readonly RuleRow[]): RuleBook {
  const book = new Map<string, RuleRow[]>()
  for (const row of rows) {
    const versions = book.get(row.key)
    if (versions) versions.push(row)
    else book.set(row.key, [row])
  }
  return book
}

export async function ruleBookOf(db: Database | Executor): Promise<RuleBook> {
  if (!isDatabase(db)) return group(await listAllRules(db))
  let store = stores.get(db)
  if (!store) stores.set(db, (store = { generation: 0, book: null }))
  const current = store
  const generation = current.generation
  current.book ??= listAllRules(db.db).then(group, (error: unknown) => {
    if (current.generation === generation) current.book = null
    throw error
  })
  return current.book
}

export function invalidateRules(db: Database): void {
  const store = stores.get(db)
  if (!store) return
  store.generation += 1
  store.book = null
}

/** The version of `key` in force on `date` ('YYYY-MM-DD'), if any. */
export function versionAt(book: RuleBook, key: string, date: string): RuleRow | undefined {
  return book
    .get(key)
    ?.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo))
}

/** Every rule in force on `date`, by key. */
export function rulesAt(book: RuleBook, date: string): RuleRow[] {
  const inForce: RuleRow[] = []
  for (const key of [...book.keys()].sort()) {
    const version = versionAt(book, key, date)
    if (version) inForce.push(version)
  }
  return inForce
}
