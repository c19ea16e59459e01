import { bigint, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'

/**
 * Append-only audit log, hash-chained per partition (an organization, or 'system'), so concurrent writes
 * in different units do not queue behind one global chain head.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    partition: text('partition').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    provinceCode: text('province_code'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    organizationId: uuid('organization_id'),
    summary: jsonb('summary').notNull(),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    unique('audit_log_partition_seq').on(t.partition, t.seq),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_org_idx').on(t.organizationId),
  ],
)

export const auditChainHeads = pgTable('audit_chain_heads', {
  partition: text('partition').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
})
