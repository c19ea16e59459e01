import { sql } from 'drizzle-orm'
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { createdAt, updatedAt } from '../../platform/db/columns.ts'
import { organizations } from '../organizations/organizations.schema.ts'
import { codeListTable } from '../code-lists/code-lists.schema.ts'
import { adminUnits } from '../admin-units/admin-units.schema.ts'

const STATUSES = sql.raw(
  `'draft', 'submitted', 'returned', 'recognised', 'awarded', 'replicated', 'withdrawn'`,
)
const LEVELS = sql.raw(`'commune', 'district', 'province', 'central'`)

/**
 * Lĩnh vực của mô hình "Dân vận khéo" — no national list was found (legal-facts §7), so the fields are data:
 * six built-in codes, and those an administrator adds (nationwide, or for its own subtree). Never deleted
 * (models keep their code); retired with `active = false`.
 */
export const modelFields = codeListTable('model_fields')

/**
 * Mô hình (a collective's model) or điển hình (an individual exemplar) of the "Dân vận khéo" movement.
 * `organization_id` is the registering unit (scope); `admin_unit_id` the unit where it was applied, as in
 * force on the start of its period (legal-facts §10). `results` are figures `{label, value, unit}`.
 * `current_level` / `recognised_on` are the highest recognition so far (kept with `model_recognitions`).
 */
export const models = pgTable(
  'models',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    adminUnitId: uuid('admin_unit_id').references(() => adminUnits.id),
    adminUnitCode: text('admin_unit_code'),
    fieldCode: text('field_code')
      .notNull()
      .references(() => modelFields.code),
    title: text('title').notNull(),
    personName: text('person_name'),
    personPosition: text('person_position'),
    goal: text('goal').notNull(),
    mobilisation: text('mobilisation').notNull(),
    results: jsonb('results').notNull().default([]),
    resultsText: text('results_text'),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }),
    status: text('status').notNull().default('draft'),
    currentLevel: text('current_level'),
    recognisedOn: date('recognised_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('models_organization_idx').on(t.organizationId, t.createdAt.desc()),
    index('models_recognised_idx')
      .on(t.recognisedOn.desc(), t.id)
      .where(sql`${t.status} in ('recognised', 'awarded', 'replicated')`),
    check('models_kind_check', sql`${t.kind} in ('model', 'exemplar')`),
    check('models_status_check', sql`${t.status} in (${STATUSES})`),
    check('models_level_check', sql`${t.currentLevel} is null or ${t.currentLevel} in (${LEVELS})`),
    check('models_person_check', sql`${t.kind} = 'model' or ${t.personName} is not null`),
    check('models_period_check', sql`${t.periodTo} is null or ${t.periodTo} >= ${t.periodFrom}`),
  ],
)

/** Công nhận — every recognition kept: level, deciding body, decision number and date. */
export const modelRecognitions = pgTable(
  'model_recognitions',
  {
    id: uuid('id').primaryKey(),
    modelId: uuid('model_id')
      .notNull()
      .references(() => models.id),
    provinceCode: text('province_code'),
    level: text('level').notNull(),
    decidingBody: text('deciding_body').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('model_recognitions_model_idx').on(t.modelId, t.decidedOn),
    index('model_recognitions_decided_idx').on(t.decidedOn),
    check('model_recognitions_level_check', sql`${t.level} in (${LEVELS})`),
    // The district level ended on 01/07/2025 (legal-facts §10): kept for history only.
    check(
      'model_recognitions_district_check',
      sql`${t.level} <> 'district' or ${t.decidedOn} < '2025-07-01'`,
    ),
  ],
)

/** Khen thưởng — bằng khen, giấy khen: by whom, decision number and date. */
export const modelAwards = pgTable(
  'model_awards',
  {
    id: uuid('id').primaryKey(),
    modelId: uuid('model_id')
      .notNull()
      .references(() => models.id),
    provinceCode: text('province_code'),
    form: text('form').notNull(),
    awardedBy: text('awarded_by').notNull(),
    decisionNumber: text('decision_number').notNull(),
    awardedOn: date('awarded_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('model_awards_model_idx').on(t.modelId, t.awardedOn),
    index('model_awards_awarded_idx').on(t.awardedOn),
    check('model_awards_form_check', sql`${t.form} in ('certificate_of_merit', 'commendation_certificate')`),
  ],
)

/** Lịch sử — every step of the lifecycle, with what was sent. */
export const modelEvents = pgTable(
  'model_events',
  {
    id: uuid('id').primaryKey(),
    modelId: uuid('model_id')
      .notNull()
      .references(() => models.id),
    provinceCode: text('province_code'),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    body: jsonb('body').notNull().default({}),
  },
  (t) => [index('model_events_model_idx').on(t.modelId, t.at)],
)
