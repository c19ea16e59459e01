import { customType, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { createdAt } from '../db/columns.ts'

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' })

/**
 * Tệp đính kèm — a scan, photo or office document attached to a case, visit, activity… Stored in the
 * database, so it commits or rolls back with the record it belongs to and is in every backup.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey(),
    /** What the file belongs to: 'case', 'visit', 'activity', 'email', … and that row's id. */
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    provinceCode: text('province_code'),
    fileName: text('file_name').notNull(),
    /** Detected from the content, never taken from the sender. */
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('attachments_owner_idx').on(t.ownerType, t.ownerId)],
)
