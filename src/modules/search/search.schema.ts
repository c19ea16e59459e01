import { customType, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { cases } from '../cases/cases.schema.ts'

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/**
 * Chỉ mục tìm kiếm hồ sơ — one row per case, kept by triggers on `cases` and `case_citizens` (custom
 * migration `search_index`), so every write path (intake, actions, bulk loads) stays searchable.
 * `doc` is the diacritic-folded text of everything searchable (tracking code, summary, content, visible
 * citizens' names, phones, ID numbers and addresses); `names` the short part used for trigram (typo)
 * matching; `tsv` the full-text vector of `doc`. Protected identities never reach here: their plain
 * citizen columns are null (they live only sealed), and the display name is a fixed label.
 */
export const caseSearch = pgTable(
  'case_search',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    provinceCode: text('province_code'),
    doc: text('doc').notNull(),
    names: text('names').notNull(),
    /** to_tsvector('simple', doc), stored so ranking never re-parses the text. */
    tsv: tsvector('tsv').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_search_updated_idx').on(t.updatedAt)],
)
