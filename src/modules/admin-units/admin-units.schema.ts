import { sql } from 'drizzle-orm'
import {
  check,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { createdAt, updatedAt } from '../../platform/db/columns.ts'

/**
 * Đơn vị hành chính, effective-dated (legal-facts §10): a code names a unit only together with a date,
 * because the 2025 reform and the 2023–2025 mergers gave old codes to new units. valid_from/valid_to are
 * inclusive; null = not known (start) or still in force (end). `source` tells reference data (loaded from
 * db/reference, replaced on a data upgrade) from units below the commune created by commune admins.
 */
export const adminUnits = pgTable(
  'admin_units',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    type: text('type').notNull(),
    level: text('level').notNull(),
    parentId: uuid('parent_id'),
    provinceCode: text('province_code').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    /** vn_fold(name): lower case, no diacritics. */
    searchKey: text('search_key').notNull(),
    source: text('source').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    index('admin_units_code_idx').on(t.code),
    index('admin_units_parent_idx').on(t.parentId),
    index('admin_units_search_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    uniqueIndex('admin_units_code_from_unique').on(t.code, sql`coalesce(${t.validFrom}, '0001-01-01'::date)`),
    check('admin_units_level_check', sql`${t.level} in ('province', 'district', 'commune', 'below_commune')`),
    check('admin_units_source_check', sql`${t.source} in ('reference', 'local')`),
    check(
      'admin_units_valid_range_check',
      sql`${t.validFrom} is null or ${t.validTo} is null or ${t.validFrom} <= ${t.validTo}`,
    ),
  ],
)

/** Kế thừa: predecessor → successor (many-to-many), with the date and the legal act. */
export const adminUnitSuccessions = pgTable(
  'admin_unit_successions',
  {
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => adminUnits.id, { onDelete: 'cascade' }),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => adminUnits.id, { onDelete: 'cascade' }),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    legalAct: text('legal_act').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.predecessorId, t.successorId] }),
    index('admin_unit_successions_successor_idx').on(t.successorId),
  ],
)

/** Which version of each vendored reference data set is loaded (fingerprint of the files + loader). */
export const referenceData = pgTable('reference_data', {
  name: text('name').primaryKey(),
  fingerprint: text('fingerprint').notNull(),
  summary: jsonb('summary')
    .notNull()
    .default(sql`'{}'::jsonb`),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
})
