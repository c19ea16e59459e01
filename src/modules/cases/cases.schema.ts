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
import { createdAt, updatedAt } from '../../platform/db/columns.ts'
import { organizations } from '../organizations/organizations.schema.ts'
import { codeListTable } from '../code-lists/code-lists.schema.ts'

/**
 * Vụ việc phức tạp, kéo dài — letters about the same matter are linked into one matter that counts the
 * repeats, so leaders see which complex matters stay open (issue 6).
 */
export const matters = pgTable(
  'matters',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    title: text('title').notNull(),
    /** Letters linked to the matter, the first one included. */
    letterCount: integer('letter_count').notNull().default(1),
    complex: boolean('complex').notNull().default(false),
    status: text('status').notNull().default('open'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('matters_organization_idx').on(t.organizationId, t.status),
    check('matters_status_check', sql`${t.status} in ('open', 'closed')`),
  ],
)

/**
 * Hồ sơ vụ việc — one complaint, denunciation, petition or feedback. A letter with mixed content is split
 * into several cases sharing `letter_id` (Law 42 Art. 25). `version` is the optimistic-concurrency counter
 * every state change checks and bumps. The running legal clock: `clock_key` (rule-book key before the
 * complex/remote variant), `clock_start` (step date it counts from), `due_date` and `due_rule_key` (the
 * variant the rule book used); a stopped clock has all four null.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    trackingCode: text('tracking_code').notNull().unique(),
    kind: text('kind').notNull(),
    instance: text('instance'),
    lifecycleId: text('lifecycle_id').notNull(),
    status: text('status').notNull(),
    version: integer('version').notNull().default(1),
    channel: text('channel').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    field: text('field').notNull().default('other'),
    summary: text('summary').notNull(),
    content: text('content').notNull(),
    /** Not identifying: the citizen's name, or a fixed label when the identity is protected or absent. */
    citizenDisplay: text('citizen_display').notNull(),
    anonymous: boolean('anonymous').notNull().default(false),
    protectIdentity: boolean('protect_identity').notNull().default(false),
    complexity: text('complexity').notNull().default('normal'),
    remote: boolean('remote').notNull().default(false),
    extensionCount: integer('extension_count').notNull().default(0),
    matterId: uuid('matter_id').references(() => matters.id),
    letterId: uuid('letter_id').notNull(),
    /** Forwarded letters keep the forwarding body's letter number and date. */
    forwardedBy: text('forwarded_by'),
    forwardedLetterNumber: text('forwarded_letter_number'),
    forwardedLetterDate: date('forwarded_letter_date', { mode: 'string' }),
    assigneeId: uuid('assignee_id'),
    clockKey: text('clock_key'),
    clockStart: date('clock_start', { mode: 'string' }),
    dueDate: date('due_date', { mode: 'string' }),
    dueRuleKey: text('due_rule_key'),
    publicAnswer: text('public_answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    rating: integer('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    /** Public submissions: when the citizen consented to personal-data processing (Law 91/2025). */
    consentedAt: timestamp('consented_at', { withTimezone: true }),
    /** The citizen agreed that the answer (never the name) be published on the portal's answers page. */
    publishConsent: boolean('publish_consent').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('cases_received_idx').on(t.receivedAt.desc(), t.id.desc()),
    index('cases_organization_received_idx').on(t.organizationId, t.receivedAt.desc(), t.id.desc()),
    // Overdue and due-soon views walk this in deadline order (most urgent first) and count from it.
    index('cases_due_idx')
      .on(t.dueDate, t.id)
      .where(sql`${t.dueDate} is not null`),
    index('cases_assignee_idx').on(t.assigneeId),
    index('cases_letter_idx').on(t.letterId),
    index('cases_matter_idx').on(t.matterId),
    index('cases_published_idx')
      .on(t.answeredAt.desc(), t.id.desc())
      .where(sql`${t.publishConsent} and ${t.publicAnswer} is not null`),
    check('cases_kind_check', sql`${t.kind} in ('complaint', 'denunciation', 'petition', 'feedback')`),
    check(
      'cases_channel_check',
      sql`${t.channel} in ('in_person', 'portal', 'hotline', 'email', 'post', 'forwarded')`,
    ),
    check('cases_complexity_check', sql`${t.complexity} in ('normal', 'complex', 'especially_complex')`),
    check('cases_rating_check', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
)

/**
 * Công dân của hồ sơ. For a protected identity (a denouncer, Law on Denunciations Art. 8(3), 47(2)) the
 * identity fields stay null and `sealed` holds them as AES-256-GCM encrypted JSON; `display_name` is then
 * a fixed, non-identifying label.
 */
export const caseCitizens = pgTable(
  'case_citizens',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    provinceCode: text('province_code'),
    position: integer('position').notNull().default(0),
    displayName: text('display_name').notNull(),
    fullName: text('full_name'),
    idNumber: text('id_number'),
    phone: text('phone'),
    email: text('email'),
    unitCode: text('unit_code'),
    addressDetail: text('address_detail'),
    sealed: text('sealed'),
    createdAt: createdAt(),
  },
  (t) => [index('case_citizens_case_idx').on(t.caseId)],
)

/** Dòng thời gian — every step taken on a case, with the deadline it set. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
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
    dueRuleKey: text('due_rule_key'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
)

/** Every look at a protected identity, with the reason given (Law on Denunciations Art. 47(2)). */
export const identityReveals = pgTable(
  'identity_reveals',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    provinceCode: text('province_code'),
    userId: uuid('user_id'),
    userName: text('user_name').notNull(),
    reason: text('reason').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('identity_reveals_case_idx').on(t.caseId)],
)

/**
 * In-app notifications (deadline reminders, escalations, daily digests). `dedupe_key` makes the daily job
 * idempotent. Texts carry tracking codes and dates, never a protected identity.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    organizationId: uuid('organization_id'),
    provinceCode: text('province_code'),
    caseId: uuid('case_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    unique('notifications_dedupe_unique').on(t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt.desc()),
  ],
)

/**
 * Thư báo cho công dân — what the citizen is told at a step (accepted, guided to the competent body,
 * forwarded, filed, answered with thanks): shown on the tracking page and, when the citizen gave an
 * e-mail address, sent by the outbox job. Written in the step's transaction, so no notice is lost; no
 * personal data in the text (it is addressed to "Ông/Bà").
 */
export const citizenNotices = pgTable(
  'citizen_notices',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    provinceCode: text('province_code'),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** Where to send it (a citizen's own e-mail, never a protected one); null = tracking page only. */
    email: text('email'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** Taken by a sender at this time (a sender that died leaves it to be taken again after 10 minutes). */
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [
    index('citizen_notices_case_idx').on(t.caseId, t.createdAt),
    index('citizen_notices_unsent_idx')
      .on(t.createdAt)
      .where(sql`${t.sentAt} is null and ${t.email} is not null`),
  ],
)

/**
 * Lĩnh vực — the classification of letters: the nine built-in codes of the issue, plus those an
 * administrator adds (nationwide by a system administrator, for its own subtree by a unit administrator).
 * Never deleted (cases keep their code); deactivated instead.
 */
export const caseFields = codeListTable('case_fields')
