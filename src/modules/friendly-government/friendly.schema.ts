import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { createdAt, updatedAt } from '../../platform/db/columns.ts'
import { organizations } from '../organizations/organizations.schema.ts'

/**
 * Bộ tiêu chí "Chính quyền thân thiện vì nhân dân phục vụ" — one row per version of a set. A province
 * defines its own (`province_code` set, issued by `organization_id`); rows with `province_code` null are
 * the default (the shipped example) used where a province has none. Criteria and thresholds of a version
 * never change once an evaluation uses it: a change is a new version with a later `effective_from`.
 */
export const friendlyCriteriaSets = pgTable(
  'friendly_criteria_sets',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    issuer: text('issuer').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    provinceCode: text('province_code'),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** Last day in force (inclusive); null = open-ended. */
    effectiveTo: date('effective_to', { mode: 'string' }),
    /** [{ code, group, text, maxPoints, evidenceTypes, source }] */
    criteria: jsonb('criteria').notNull(),
    /** [{ rating, minScore }], highest first. */
    thresholds: jsonb('thresholds').notNull(),
    isExample: boolean('is_example').notNull().default(false),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('friendly_criteria_sets_code_from_unique').on(t.code, t.effectiveFrom),
    index('friendly_criteria_sets_province_idx').on(t.provinceCode, t.effectiveFrom),
    check(
      'friendly_criteria_sets_period_check',
      sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`,
    ),
  ],
)

/**
 * Đánh giá một năm — the self-assessment of one organization (usually a commune) for one year, then the
 * review and rating by the level above. `criteria_set_id` is the set in force on 31/12 of the year.
 */
export const friendlyEvaluations = pgTable(
  'friendly_evaluations',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    provinceCode: text('province_code'),
    year: integer('year').notNull(),
    criteriaSetId: uuid('criteria_set_id')
      .notNull()
      .references(() => friendlyCriteriaSets.id),
    status: text('status').notNull().default('draft'),
    selfTotal: numeric('self_total', { precision: 6, scale: 1, mode: 'number' }),
    finalTotal: numeric('final_total', { precision: 6, scale: 1, mode: 'number' }),
    rating: text('rating'),
    selfSummary: text('self_summary'),
    reviewComment: text('review_comment'),
    reviewerOrganizationId: uuid('reviewer_organization_id').references(() => organizations.id),
    reviewerName: text('reviewer_name'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('friendly_evaluations_organization_year_unique').on(t.organizationId, t.year),
    index('friendly_evaluations_year_idx').on(t.year, t.provinceCode),
    check(
      'friendly_evaluations_status_check',
      sql`${t.status} in ('draft', 'submitted', 'returned', 'rated')`,
    ),
    check(
      'friendly_evaluations_rating_check',
      sql`${t.rating} is null or ${t.rating} in ('good', 'fair', 'average', 'not_met')`,
    ),
    check('friendly_evaluations_year_check', sql`${t.year} between 2000 and 2100`),
  ],
)

/**
 * Điểm từng tiêu chí — the unit's own score and evidence, then the reviewer's score. Files of evidence are
 * attachments owned by this row (`friendly_evidence`).
 */
export const friendlyScores = pgTable(
  'friendly_scores',
  {
    id: uuid('id').primaryKey(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => friendlyEvaluations.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code'),
    criterionCode: text('criterion_code').notNull(),
    selfScore: numeric('self_score', { precision: 5, scale: 1, mode: 'number' }),
    evidence: text('evidence'),
    links: jsonb('links').notNull().default([]),
    reviewedScore: numeric('reviewed_score', { precision: 5, scale: 1, mode: 'number' }),
    reviewNote: text('review_note'),
  },
  (t) => [unique('friendly_scores_criterion_unique').on(t.evaluationId, t.criterionCode)],
)

/** Lịch sử đánh giá — every step, who took it and what it carried. */
export const friendlyEvaluationEvents = pgTable(
  'friendly_evaluation_events',
  {
    id: uuid('id').primaryKey(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => friendlyEvaluations.id, { onDelete: 'cascade' }),
    provinceCode: text('province_code'),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    comment: text('comment'),
  },
  (t) => [index('friendly_evaluation_events_evaluation_idx').on(t.evaluationId, t.at)],
)
