import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt } from '../../platform/db/columns.ts'
import { organizations } from '../organizations/organizations.schema.ts'

/**
 * Mẫu văn bản — an organization's wording of one document type (acceptance notice, complaint decision…),
 * kept as versions: every save adds a row, the highest version is in force, and the earlier ones stay for
 * the record. The national defaults live in code (templates/defaults.ts); a row with `organization_id`
 * null is a nationwide override by a system administrator. A case takes the template of the nearest
 * organization on its organization's path.
 */
export const documentTemplates = pgTable(
  'document_templates',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    provinceCode: text('province_code'),
    type: text('type').notNull(),
    version: integer('version').notNull(),
    /** Symbol after the number, e.g. "TB-UBND" → "Số:      /TB-UBND" when the step gave no number. */
    numberSymbol: text('number_symbol').notNull(),
    title: text('title').notNull(),
    subtitle: text('subtitle'),
    /** Paragraphs separated by blank lines; "# " starts a heading, "- " a list item; {{placeholders}}. */
    body: text('body').notNull(),
    /** One recipient per line. */
    recipients: text('recipients').notNull(),
    signerAuthority: text('signer_authority'),
    signerTitle: text('signer_title').notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('document_templates_version_unique').on(
      sql`coalesce(${t.organizationId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.type,
      t.version,
    ),
    index('document_templates_lookup_idx').on(t.type, t.organizationId, t.version.desc()),
    check('document_templates_version_check', sql`${t.version} >= 1`),
  ],
)
