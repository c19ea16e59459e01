import { sql } from 'drizzle-orm'
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { createdAt, updatedAt } from '../../platform/db/columns.ts'
import { organizations } from '../organizations/organizations.schema.ts'

/**
 * Đăng ký thi đua — a collective's (the organization itself) or an individual's yearly registration, with
 * the fields it declares "Dân vận khéo" (model field codes) and its targets `{text, target}`. Year-end:
 * the self-assessment against each target, the review by the emulation council (hội đồng thi đua) and the
 * mobilization board (ban dân vận), and the commendation or its refusal.
 */
export const emulationRegistrations = pgTable(
  'emulation_registrations',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    year: integer('year').notNull(),
    registrantKind: text('registrant_kind').notNull(),
    personName: text('person_name'),
    personPosition: text('person_position'),
    title: text('title').notNull(),
    danVanKheoFields: jsonb('dan_van_kheo_fields').notNull().default([]),
    targets: jsonb('targets').notNull().default([]),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('registered'),
    selfAssessment: jsonb('self_assessment'),
    selfAssessedOn: date('self_assessed_on', { mode: 'string' }),
    councilOpinion: text('council_opinion'),
    boardOpinion: text('board_opinion'),
    reviewProposal: text('review_proposal'),
    reviewedOn: date('reviewed_on', { mode: 'string' }),
    commendation: jsonb('commendation'),
    outcomeReason: text('outcome_reason'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('emulation_registrations_organization_year_idx').on(t.organizationId, t.year),
    index('emulation_registrations_year_idx').on(t.year, t.status),
    uniqueIndex('emulation_registrations_collective_unique')
      .on(t.organizationId, t.year)
      .where(sql`${t.registrantKind} = 'collective'`),
    check('emulation_registrations_kind_check', sql`${t.registrantKind} in ('collective', 'individual')`),
    check(
      'emulation_registrations_status_check',
      sql`${t.status} in ('registered', 'self_assessed', 'reviewed', 'commended', 'not_commended')`,
    ),
    check(
      'emulation_registrations_person_check',
      sql`${t.registrantKind} = 'collective' or ${t.personName} is not null`,
    ),
    check(
      'emulation_registrations_proposal_check',
      sql`${t.reviewProposal} is null or ${t.reviewProposal} in ('commend', 'not_commend')`,
    ),
  ],
)

/** Lịch sử đăng ký thi đua — every step, with what was sent. */
export const emulationEvents = pgTable(
  'emulation_events',
  {
    id: uuid('id').primaryKey(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => emulationRegistrations.id),
    provinceCode: text('province_code'),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    body: jsonb('body').notNull().default({}),
  },
  (t) => [index('emulation_events_registration_idx').on(t.registrationId, t.at)],
)

/**
 * Giao ước thi đua — signed by a government body (`organization_id`) with one or more unions and mass
 * organizations, stored by name and kind (they need not have an account here), with criteria
 * `{text, target}`; assessed at year end against each criterion.
 */
export const emulationPacts = pgTable(
  'emulation_pacts',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    parties: jsonb('parties').notNull(),
    criteria: jsonb('criteria').notNull(),
    status: text('status').notNull().default('signed'),
    assessment: jsonb('assessment'),
    assessedOn: date('assessed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('emulation_pacts_organization_year_idx').on(t.organizationId, t.year),
    check('emulation_pacts_status_check', sql`${t.status} in ('signed', 'assessed')`),
  ],
)
