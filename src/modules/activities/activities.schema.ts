import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { createdAt, updatedAt } from '../../platform/db/columns.ts'
import { organizations } from '../organizations/organizations.schema.ts'
import { adminUnits } from '../admin-units/admin-units.schema.ts'

const KINDS = sql.raw(
  `'dialogue', 'supervision', 'social_criticism', 'training', 'dissemination', 'field_visit', 'coordination_programme', 'neighbourhood_activity', 'cofunded_project'`,
)
const LEVELS = sql.raw(`'central', 'province', 'district', 'commune'`)

/**
 * Hoạt động dân vận — one row per dialogue conference, supervision, training, field visit… (issue 10).
 * `level` is the level of government at the time (cấp huyện for history); `admin_unit_id` is the unit in
 * force on `starts_on` where it happened (the code kept as recorded, legal-facts §10); `details` holds the
 * kind's own fields, validated by the kind's schema (kinds.ts). `participants_total` is the sum of the
 * participant counts, kept with them.
 */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    level: text('level').notNull(),
    adminUnitId: uuid('admin_unit_id').references(() => adminUnits.id),
    adminUnitCode: text('admin_unit_code'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    startTime: text('start_time'),
    status: text('status').notNull().default('held'),
    title: text('title').notNull(),
    place: text('place'),
    details: jsonb('details').notNull().default({}),
    participantsTotal: integer('participants_total').notNull().default(0),
    publicSummary: text('public_summary'),
    published: boolean('published').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('activities_organization_starts_idx').on(t.organizationId, t.startsOn.desc(), t.id.desc()),
    index('activities_starts_idx').on(t.startsOn.desc(), t.id.desc()),
    index('activities_kind_starts_idx').on(t.kind, t.startsOn.desc()),
    index('activities_planned_idx')
      .on(t.startsOn)
      .where(sql`${t.status} = 'planned'`),
    check('activities_kind_check', sql`${t.kind} in (${KINDS})`),
    check('activities_level_check', sql`${t.level} in (${LEVELS})`),
    check('activities_status_check', sql`${t.status} in ('planned', 'held', 'cancelled')`),
    check('activities_dates_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
)

/**
 * Số người tham dự theo nhóm — (activity, group) → count. Narrow on purpose (sized for 5,000,000 rows):
 * the primary key is the only index and answers "the counts of one activity".
 */
export const activityParticipants = pgTable(
  'activity_participants',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    groupCode: text('group_code').notNull(),
    count: integer('count').notNull(),
    provinceCode: text('province_code'),
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.groupCode] }),
    check('activity_participants_count_check', sql`${t.count} >= 0`),
  ],
)

/**
 * Summary tables maintained in the same transaction as every activity write (and rebuilt set-based by
 * `rebuildActivitySummary`): counts of activities and participants per organization, kind, level, unit as
 * recorded and day (`activity_daily_counts`) or month (`activity_monthly_counts`, `month` = first day).
 * A summary over a period reads whole months from the monthly table and the edge days from the daily one.
 */
const summaryColumns = () => ({
  organizationId: uuid('organization_id').notNull(),
  kind: text('kind').notNull(),
  level: text('level').notNull(),
  adminUnitId: uuid('admin_unit_id'),
  activities: integer('activities').notNull().default(0),
  participants: bigint('participants', { mode: 'number' }).notNull().default(0),
})

export const activityDailyCounts = pgTable(
  'activity_daily_counts',
  { day: date('day', { mode: 'string' }).notNull(), ...summaryColumns() },
  (t) => [
    unique('activity_daily_counts_key')
      .on(t.organizationId, t.day, t.kind, t.level, t.adminUnitId)
      .nullsNotDistinct(),
    index('activity_daily_counts_day_idx').on(t.day, t.organizationId),
  ],
)

export const activityMonthlyCounts = pgTable(
  'activity_monthly_counts',
  { month: date('month', { mode: 'string' }).notNull(), ...summaryColumns() },
  (t) => [
    unique('activity_monthly_counts_key')
      .on(t.organizationId, t.month, t.kind, t.level, t.adminUnitId)
      .nullsNotDistinct(),
    index('activity_monthly_counts_month_idx').on(t.month, t.organizationId),
  ],
)

/**
 * Cam kết (a dialogue's answer turned into a promise) or kiến nghị giám sát / phản biện (a recommendation
 * the supervised body must answer in writing, legal-facts §8): owner, due date from the rule book, status
 * followed to the end. `organization_id` is the activity's organization (scope); the owner may be an
 * organization of the platform, a user, or only named (a body outside the platform).
 */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    kind: text('kind').notNull().default('commitment'),
    question: text('question').notNull(),
    content: text('content').notNull(),
    ownerOrganizationId: uuid('owner_organization_id').references(() => organizations.id),
    ownerUserId: uuid('owner_user_id'),
    ownerName: text('owner_name').notNull(),
    committedOn: date('committed_on', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    dueRuleKey: text('due_rule_key'),
    status: text('status').notNull().default('open'),
    extensionCount: integer('extension_count').notNull().default(0),
    completedOn: date('completed_on', { mode: 'string' }),
    result: text('result'),
    responseReference: text('response_reference'),
    published: boolean('published').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('commitments_activity_idx').on(t.activityId),
    index('commitments_organization_due_idx').on(t.organizationId, t.dueDate, t.id),
    index('commitments_owner_idx').on(t.ownerOrganizationId),
    index('commitments_open_due_idx')
      .on(t.dueDate)
      .where(sql`${t.status} in ('open', 'extended')`),
    check('commitments_kind_check', sql`${t.kind} in ('commitment', 'recommendation')`),
    check('commitments_status_check', sql`${t.status} in ('open', 'done', 'extended', 'cancelled')`),
  ],
)

/** Lịch sử cam kết — every step, with the due date it left. */
export const commitmentEvents = pgTable(
  'commitment_events',
  {
    id: uuid('id').primaryKey(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id),
    provinceCode: text('province_code'),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    stepDate: date('step_date', { mode: 'string' }).notNull(),
    body: jsonb('body').notNull().default({}),
    dueDate: date('due_date', { mode: 'string' }),
  },
  (t) => [index('commitment_events_commitment_idx').on(t.commitmentId, t.at)],
)
