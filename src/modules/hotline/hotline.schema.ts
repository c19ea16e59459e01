import { sql } from 'drizzle-orm'
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { createdAt } from '../../platform/db/columns.ts'
import { organizations } from '../organizations/organizations.schema.ts'
import { cases } from '../cases/cases.schema.ts'

/**
 * Cuộc gọi đường dây nóng — one call logged by an operator: who called, when, what about, and how it
 * ended (answered on the spot, or turned into a case).
 */
export const hotlineCalls = pgTable(
  'hotline_calls',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    callerNumber: text('caller_number').notNull(),
    callerName: text('caller_name'),
    calledAt: timestamp('called_at', { withTimezone: true }).notNull(),
    summary: text('summary').notNull(),
    kind: text('kind').notNull(),
    field: text('field').notNull().default('other'),
    outcome: text('outcome').notNull(),
    answer: text('answer'),
    caseId: uuid('case_id').references(() => cases.id),
    operatorId: uuid('operator_id'),
    operatorName: text('operator_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('hotline_calls_organization_idx').on(t.organizationId, t.calledAt.desc(), t.id.desc()),
    index('hotline_calls_caller_idx').on(t.callerNumber),
    check(
      'hotline_calls_kind_check',
      sql`${t.kind} in ('complaint', 'denunciation', 'petition', 'feedback', 'inquiry')`,
    ),
    check('hotline_calls_outcome_check', sql`${t.outcome} in ('answered', 'case', 'pending')`),
  ],
)
