import { sql } from 'drizzle-orm'
import { check, foreignKey, index, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { citext, createdAt, updatedAt } from '../../platform/db/columns.ts'
import { adminUnits } from '../admin-units/admin-units.schema.ts'

/** Cơ quan, đơn vị — a tree; `path` is the chain of ids from the root, e.g. '/a/b/c/'. */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey(),
    parentId: uuid('parent_id'),
    path: text('path').notNull(),
    code: citext('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    provinceCode: text('province_code'),
    status: text('status').notNull().default('active'),
    /** The administrative unit the organization serves (optional); the code is kept as it was attached. */
    adminUnitId: uuid('admin_unit_id').references(() => adminUnits.id),
    adminUnitCode: text('admin_unit_code'),
    /** Contacts published to citizens (portal) — the e-mail address also receives letters (e-mail channel). */
    contactPhone: text('contact_phone'),
    hotline: text('hotline'),
    email: citext('email'),
    address: text('address'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    index('organizations_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('organizations_parent_idx').on(t.parentId),
    index('organizations_admin_unit_idx').on(t.adminUnitId),
    index('organizations_email_idx').on(t.email),
    check('organizations_status_check', sql`${t.status} in ('active', 'inactive')`),
  ],
)
