import { sql } from 'drizzle-orm'
import {
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
  uuid,
} from 'drizzle-orm/pg-core'
import { createdAt, updatedAt } from '../../platform/db/columns.ts'
import { organizations } from '../organizations/organizations.schema.ts'
import { cases } from '../cases/cases.schema.ts'

/** Địa điểm tiếp công dân of an organization (Law 42/2013 Art. 10–16; NĐ 154/2026). */
export const receptionPlaces = pgTable(
  'reception_places',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    name: text('name').notNull(),
    address: text('address').notNull(),
    /** Giờ tiếp, as published (e.g. "Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ"). */
    hours: text('hours').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('reception_places_organization_idx').on(t.organizationId)],
)

/** Cán bộ tiếp công dân thường xuyên — the roster of regular reception officers. */
export const receptionOfficers = pgTable(
  'reception_officers',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    userId: uuid('user_id'),
    fullName: text('full_name').notNull(),
    title: text('title').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('reception_officers_organization_idx').on(t.organizationId)],
)

/**
 * Lịch tiếp công dân — one scheduled reception session (periodic or ad hoc by a head, online, or a
 * regular day at the desk). `host_role` picks the frequency rule (`reception.frequency.<role>`). A held
 * session records who attended and ends with a conclusion notice (NĐ 154/2026 Art. 25).
 */
export const receptionSessions = pgTable(
  'reception_sessions',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    date: date('date', { mode: 'string' }).notNull(),
    startTime: text('start_time'),
    endTime: text('end_time'),
    kind: text('kind').notNull(),
    hostRole: text('host_role').notNull(),
    hostName: text('host_name').notNull(),
    hostTitle: text('host_title').notNull(),
    placeId: uuid('place_id').references(() => receptionPlaces.id),
    place: text('place').notNull(),
    status: text('status').notNull().default('planned'),
    /** Online sessions (NĐ 154/2026 Ch. V): link, recording reference, day the citizen was notified. */
    onlineLink: text('online_link'),
    recordingRef: text('recording_ref'),
    noticeSentOn: date('notice_sent_on', { mode: 'string' }),
    attendees: jsonb('attendees').notNull().default([]),
    conclusionNumber: text('conclusion_number'),
    conclusionDate: date('conclusion_date', { mode: 'string' }),
    conclusion: text('conclusion'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('reception_sessions_organization_date_idx').on(t.organizationId, t.date),
    check('reception_sessions_kind_check', sql`${t.kind} in ('regular', 'periodic', 'ad_hoc', 'online')`),
    check('reception_sessions_status_check', sql`${t.status} in ('planned', 'held', 'cancelled')`),
  ],
)

/** Chỉ đạo in a head's conclusion notice: a task with an owner and a deadline, followed until done. */
export const receptionTasks = pgTable(
  'reception_tasks',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => receptionSessions.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    direction: text('direction').notNull(),
    owner: text('owner').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    doneOn: date('done_on', { mode: 'string' }),
    result: text('result'),
    createdAt: createdAt(),
  },
  (t) => [
    index('reception_tasks_session_idx').on(t.sessionId),
    index('reception_tasks_open_idx').on(t.organizationId, t.status, t.dueDate),
    check('reception_tasks_status_check', sql`${t.status} in ('open', 'done')`),
  ],
)

/**
 * Lượt tiếp công dân — one visit at the desk (or online), a row of the register (form 03/TCD).
 * `content_kinds` holds the register's type codes (KN, TC, KN-PA); mixed content has several.
 */
export const receptionVisits = pgTable(
  'reception_visits',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    visitedAt: timestamp('visited_at', { withTimezone: true }).notNull(),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    sessionId: uuid('session_id').references(() => receptionSessions.id),
    officerId: uuid('officer_id'),
    officerName: text('officer_name').notNull(),
    groupSize: integer('group_size').notNull().default(1),
    /** Văn bản cử người đại diện: reference and attachment of the appointment signed by all. */
    appointment: jsonb('appointment'),
    summary: text('summary').notNull(),
    contentKinds: text('content_kinds').array().notNull(),
    /** Cơ quan đã giải quyết hết thẩm quyền, when one already did. */
    resolvedBy: text('resolved_by'),
    withinCompetence: boolean('within_competence').notNull().default(true),
    guidance: text('guidance'),
    /** Cơ quan tiếp nhận và số văn bản chuyển đơn. */
    transferredTo: text('transferred_to'),
    documentsReceived: text('documents_received'),
    /** Giấy biên nhận (mẫu 02/TCD) given for the documents received. */
    receiptIssued: boolean('receipt_issued').notNull().default(false),
    outcome: text('outcome').notNull(),
    refusalGround: text('refusal_ground'),
    repeatOfId: uuid('repeat_of_id'),
    followUp: text('follow_up'),
    note: text('note'),
    onlineLink: text('online_link'),
    recordingRef: text('recording_ref'),
    noticeSentOn: date('notice_sent_on', { mode: 'string' }),
    /**
     * The people of this visit are kept secret (Law on Denunciations 2018 Art. 47(2)): its content includes
     * a denunciation (TC) or it opens or links a case whose identity is protected. Their identities are then
     * stored only sealed in `reception_visit_citizens.sealed`.
     */
    identityProtected: boolean('identity_protected').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('reception_visits_organization_idx').on(t.organizationId, t.visitedAt.desc(), t.id.desc()),
    index('reception_visits_visited_idx').on(t.visitedAt.desc(), t.id.desc()),
    index('reception_visits_session_idx').on(t.sessionId),
    check('reception_visits_kind_check', sql`${t.kind} in ('regular', 'periodic', 'ad_hoc', 'online')`),
    check('reception_visits_outcome_check', sql`${t.outcome} in ('cases', 'guided', 'refused', 'recorded')`),
    check('reception_visits_group_check', sql`${t.groupSize} >= 1`),
  ],
)

/**
 * Công dân của lượt tiếp: the people named (group members, representatives flagged). For a visit whose
 * identity is protected every identifying field (name, ID number, phone, address and its unit code) is
 * only inside `sealed` — AES-256-GCM JSON, as for `case_citizens` — and the plain columns are null; what
 * stays plain is the position and the representative flag, which name nobody.
 */
export const receptionVisitCitizens = pgTable(
  'reception_visit_citizens',
  {
    id: uuid('id').primaryKey(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => receptionVisits.id),
    provinceCode: text('province_code'),
    position: integer('position').notNull(),
    fullName: text('full_name'),
    idNumber: text('id_number'),
    phone: text('phone'),
    unitCode: text('unit_code'),
    addressDetail: text('address_detail'),
    representative: boolean('representative').notNull().default(false),
    sealed: text('sealed'),
  },
  (t) => [
    index('reception_visit_citizens_visit_idx').on(t.visitId),
    index('reception_visit_citizens_id_number_idx').on(t.idNumber),
    index('reception_visit_citizens_name_idx').using('gin', sql`vn_fold(${t.fullName}) gin_trgm_ops`),
    check(
      'reception_visit_citizens_sealed_check',
      sql`case when ${t.sealed} is null then ${t.fullName} is not null
        else coalesce(${t.fullName}, ${t.idNumber}, ${t.phone}, ${t.unitCode}, ${t.addressDetail}) is null end`,
    ),
  ],
)

/** Hồ sơ created from, or linked to, a visit. */
export const receptionVisitCases = pgTable(
  'reception_visit_cases',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => receptionVisits.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    provinceCode: text('province_code'),
    relation: text('relation').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.visitId, t.caseId] }),
    index('reception_visit_cases_case_idx').on(t.caseId),
    check('reception_visit_cases_relation_check', sql`${t.relation} in ('created', 'linked')`),
  ],
)

/** Thông báo từ chối tiếp công dân (mẫu 01/TCD), due within the rule book's period and tracked. */
export const receptionRefusalNotices = pgTable(
  'reception_refusal_notices',
  {
    id: uuid('id').primaryKey(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => receptionVisits.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    ground: text('ground').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    dueRuleKey: text('due_rule_key').notNull(),
    status: text('status').notNull().default('pending'),
    number: text('number'),
    issuedOn: date('issued_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('reception_refusal_notices_visit_idx').on(t.visitId),
    index('reception_refusal_notices_due_idx').on(t.organizationId, t.status, t.dueDate),
    check('reception_refusal_notices_status_check', sql`${t.status} in ('pending', 'issued')`),
  ],
)
