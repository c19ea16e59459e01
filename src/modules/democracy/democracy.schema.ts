import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { citext, createdAt, updatedAt } from '../../platform/db/columns.ts'
import { organizations } from '../organizations/organizations.schema.ts'
import { adminUnits } from '../admin-units/admin-units.schema.ts'

/**
 * Doanh nghiệp — enterprises are not organizations of the platform (they have no accounts): a register
 * kept by the organization that oversees them (`organization_id`, which also scopes who sees them).
 * State enterprises hold the workers' conference under Law 10/2022 Art. 69; other employers under the
 * labour law it refers to (Art. 82).
 */
export const enterprises = pgTable(
  'enterprises',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    taxCode: citext('tax_code').notNull().unique(),
    ownership: text('ownership').notNull(),
    workforce: integer('workforce').notNull(),
    /** Last month of the fiscal year (12 = calendar year); the conference window follows it (Art. 69). */
    fiscalYearEndMonth: integer('fiscal_year_end_month').notNull().default(12),
    hasTradeUnion: boolean('has_trade_union').notNull().default(true),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    adminUnitId: uuid('admin_unit_id').references(() => adminUnits.id),
    adminUnitCode: text('admin_unit_code'),
    address: text('address'),
    /** 'active' | 'inactive' (`enterprise-lifecycle.ts`): an inactive one is no longer required to hold it. */
    status: text('status').notNull().default('active'),
    /** Why it is no longer followed (dissolved, moved away, merged…), kept while inactive. */
    inactiveReason: text('inactive_reason'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('enterprises_organization_idx').on(t.organizationId),
    check('enterprises_ownership_check', sql`${t.ownership} in ('state', 'private')`),
    check('enterprises_status_check', sql`${t.status} in ('active', 'inactive')`),
    check('enterprises_workforce_check', sql`${t.workforce} >= 0`),
    check('enterprises_fiscal_month_check', sql`${t.fiscalYearEndMonth} between 1 and 12`),
  ],
)

/**
 * Hội nghị cán bộ, công chức, viên chức, người lao động (`kind` 'staff', of an organization) or hội nghị
 * người lao động (`kind` 'workers', of an enterprise) covering one year. The input is kept as given; the
 * checks (quorum, window, form) are computed by `conference-rules.ts` and stored with their reasons, so
 * an invalid conference is recorded, marked invalid, never refused. `status` 'skipped' records that an
 * organization with at most 7 staff did not hold it, which the law allows (Art. 51).
 */
export const democracyConferences = pgTable(
  'democracy_conferences',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    /** The organization that held it, or for an enterprise the organization that oversees it (scope). */
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    provinceCode: text('province_code'),
    year: integer('year').notNull(),
    status: text('status').notNull().default('held'),
    heldOn: date('held_on', { mode: 'string' }),
    form: text('form'),
    staffTotal: integer('staff_total').notNull(),
    expectedCount: integer('expected_count'),
    presentCount: integer('present_count'),
    quorumMet: boolean('quorum_met'),
    windowFrom: date('window_from', { mode: 'string' }).notNull(),
    windowTo: date('window_to', { mode: 'string' }).notNull(),
    /** 'on_time' | 'early' | 'late' | null (not held). */
    timing: text('timing'),
    valid: boolean('valid').notNull(),
    /** [{ code, message, source }] — why it is invalid or flagged. */
    findings: jsonb('findings').notNull().default([]),
    ruleSource: text('rule_source').notNull(),
    note: text('note'),
    /** 'recorded' | 'withdrawn' (`conference-lifecycle.ts`): a withdrawn record no longer counts. */
    state: text('state').notNull().default('recorded'),
    withdrawnReason: text('withdrawn_reason'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('democracy_conferences_year_idx').on(t.year, t.kind),
    index('democracy_conferences_organization_idx').on(t.organizationId, t.year),
    index('democracy_conferences_enterprise_idx').on(t.enterpriseId, t.year),
    check('democracy_conferences_kind_check', sql`${t.kind} in ('staff', 'workers')`),
    check('democracy_conferences_status_check', sql`${t.status} in ('held', 'skipped')`),
    check('democracy_conferences_form_check', sql`${t.form} is null or ${t.form} in ('full', 'delegates')`),
    check(
      'democracy_conferences_enterprise_check',
      sql`(${t.kind} = 'workers') = (${t.enterpriseId} is not null)`,
    ),
    check('democracy_conferences_year_check', sql`${t.year} between 2000 and 2100`),
    check('democracy_conferences_state_check', sql`${t.state} in ('recorded', 'withdrawn')`),
    check(
      'democracy_conferences_withdrawn_check',
      sql`(${t.state} = 'withdrawn') = (${t.withdrawnReason} is not null)`,
    ),
  ],
)

/**
 * Lịch sử hội nghị — every record, correction and withdrawal, with the reason and, for a correction or a
 * withdrawal, the values as they were before (the conference row and its resolutions).
 */
export const democracyConferenceEvents = pgTable(
  'democracy_conference_events',
  {
    id: uuid('id').primaryKey(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => democracyConferences.id),
    provinceCode: text('province_code'),
    action: text('action').notNull(),
    reason: text('reason'),
    previous: jsonb('previous'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('democracy_conference_events_conference_idx').on(t.conferenceId, t.at),
    check('democracy_conference_events_action_check', sql`${t.action} in ('record', 'correct', 'withdraw')`),
  ],
)

/** Nghị quyết hội nghị — each resolution put to the vote, with the votes and whether it passed (> 50 %). */
export const democracyResolutions = pgTable(
  'democracy_resolutions',
  {
    id: uuid('id').primaryKey(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => democracyConferences.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code'),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    votesFor: integer('votes_for').notNull(),
    votesAgainst: integer('votes_against').notNull(),
    abstentions: integer('abstentions').notNull().default(0),
    passed: boolean('passed').notNull(),
  },
  (t) => [unique('democracy_resolutions_position_unique').on(t.conferenceId, t.position)],
)

/**
 * Quy chế dân chủ — each version of an organization's internal democracy rules; every version is kept,
 * the current one is the latest in force.
 */
export const democracyRules = pgTable(
  'democracy_rules',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    versionNumber: integer('version_number').notNull(),
    title: text('title').notNull(),
    decisionNumber: text('decision_number').notNull(),
    adoptedOn: date('adopted_on', { mode: 'string' }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    content: text('content'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('democracy_rules_version_unique').on(t.organizationId, t.versionNumber),
    check('democracy_rules_dates_check', sql`${t.effectiveFrom} >= ${t.adoptedOn}`),
  ],
)
