import { sql } from 'drizzle-orm'
import { boolean, check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { createdAt } from '../../platform/db/columns.ts'

/**
 * Announced exceptions to the default holiday calendar (legal-facts §9): extra days off, cancelled days off
 * and swapped working days, nationwide (`province_code` null) or for one province, each with the legal act
 * that announced it. A `recurring` row applies on the same day and month every year from `date` on (the
 * shipped, inactive Vietnam Culture Day). Removal is soft (`removed_at`) so the audit trail and the seed
 * keep seeing the row; removed and inactive rows never apply.
 */
export const calendarOverrides = pgTable(
  'calendar_overrides',
  {
    id: uuid('id').primaryKey(),
    /** Stable key of a shipped reference row (seeded once, never re-created after removal). */
    referenceKey: text('reference_key').unique(),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    legalAct: text('legal_act').notNull(),
    provinceCode: text('province_code'),
    recurring: boolean('recurring').notNull().default(false),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedBy: uuid('removed_by'),
  },
  (t) => [
    index('calendar_overrides_date_idx').on(t.date),
    check('calendar_overrides_kind_check', sql`${t.kind} in ('day_off', 'working_day', 'not_off')`),
  ],
)
