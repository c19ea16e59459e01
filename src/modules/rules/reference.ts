import type { Database } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import { RULE_BOOK, type RuleVersionData } from './rule-book.ts'
import { insertRule, listAllRules, type RuleRow } from './rules.repo.ts'
import { invalidateRules } from './rules-store.ts'

const overlaps = (a: { effectiveFrom: string; effectiveTo: string | null }, b: typeof a): boolean =>
  a.effectiveFrom <= (b.effectiveTo ?? '9999-12-31') && b.effectiveFrom <= (a.effectiveTo ?? '9999-12-31')

/**
 * Loads the shipped rule book (reference data, at every start, idempotent): a shipped version is inserted
 * when its key has no version starting that day and none overlapping it. Versions an administrator added are
 * never touched, so a shipped row that collides with them is skipped and reported in the result.
 */
export async function loadRuleBook(
  db: Database,
  book: readonly RuleVersionData[] = RULE_BOOK,
): Promise<{ inserted: number; skipped: string[] }> {
  const existing = await listAllRules(db.db)
  const byKey = new Map<string, RuleRow[]>()
  for (const row of existing) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row])
  const missing = book.filter(
    (v) => !(byKey.get(v.key) ?? []).some((row) => row.effectiveFrom === v.effectiveFrom),
  )
  if (missing.length === 0) return { inserted: 0, skipped: [] }
  const skipped: string[] = []
  let inserted = 0
  await db.transaction(async (tx) => {
    for (const version of missing) {
      const rows = byKey.get(version.key) ?? []
      if (rows.some((row) => overlaps(row, version))) {
        skipped.push(`${version.key}@${version.effectiveFrom}`)
        continue
      }
      const row = await insertRule(tx, { id: newId(), ...version, value: version.value, createdBy: null })
      byKey.set(version.key, [...rows, row])
      inserted += 1
    }
  })
  invalidateRules(db)
  return { inserted, skipped }
}
