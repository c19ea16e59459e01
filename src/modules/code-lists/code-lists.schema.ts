import { boolean, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { createdAt } from '../../platform/db/columns.ts'
import { organizations } from '../organizations/organizations.schema.ts'

/** A code list's table: `organization_id` null for a nationwide code, else the organization that added it. */
export const codeListTable = (name: string) =>
  pgTable(name, {
    code: text('code').primaryKey(),
    label: text('label').notNull(),
    builtin: boolean('builtin').notNull().default(false),
    active: boolean('active').notNull().default(true),
    organizationId: uuid('organization_id').references(() => organizations.id),
    createdAt: createdAt(),
  })

export type CodeListTable = ReturnType<typeof codeListTable>
