import { sql } from 'drizzle-orm'
import { check, date, index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core'
import { createdAt } from '../../platform/db/columns.ts'

/**
 * The rule book: versions of legal rules (deadlines, thresholds) with the period each was in force
 * (legal-facts §0: a step is judged by the rule in force on the day it happened). Versions are never edited,
 * except that adding a later version closes the open-ended one before it; periods of one key never overlap
 * (checked by the command and by the trigger of migration `rules_no_overlap`).
 */
export const rules = pgTable(
  'rules',
  {
    id: uuid('id').primaryKey(),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** Last day in force (inclusive); null = open-ended. */
    effectiveTo: date('effective_to', { mode: 'string' }),
    /** Law and article, in Vietnamese. */
    source: text('source').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('rules_key_from_unique').on(t.key, t.effectiveFrom),
    index('rules_effective_idx').on(t.effectiveFrom),
    check('rules_period_check', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
  ],
)
