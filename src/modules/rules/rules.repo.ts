import { asc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.ts'
import type { RuleView } from '../../contracts/rules.ts'
import { rules } from './rules.schema.ts'

export type RuleRow = typeof rules.$inferSelect

export const presentRule = (row: RuleRow): RuleView => ({
  key: row.key,
  value: row.value,
  effectiveFrom: row.effectiveFrom,
  effectiveTo: row.effectiveTo,
  source: row.source,
  note: row.note,
})

/** Every version of every rule, by key then start. The rule book is small (hundreds of rows at most). */
export async function listAllRules(ex: Executor): Promise<RuleRow[]> {
  return ex.select().from(rules).orderBy(asc(rules.key), asc(rules.effectiveFrom))
}

/** Versions of one key, oldest first; locks the key against concurrent writers until the transaction ends. */
export async function lockRuleVersions(ex: Executor, key: string): Promise<RuleRow[]> {
  await ex.execute(sql`select pg_advisory_xact_lock(hashtext(${'rules:' + key}))`)
  return ex.select().from(rules).where(eq(rules.key, key)).orderBy(asc(rules.effectiveFrom))
}

export async function insertRule(ex: Executor, row: typeof rules.$inferInsert): Promise<RuleRow> {
  const [inserted] = await ex.insert(rules).values(row).returning()
  if (!inserted) throw new Error('insert returned nothing')
  return inserted
}

export async function closeRule(ex: Executor, id: string, effectiveTo: string): Promise<RuleRow> {
  const [updated] = await ex.update(rules).set({ effectiveTo }).where(eq(rules.id, id)).returning()
  if (!updated) throw new Error('update returned nothing')
  return updated
}
