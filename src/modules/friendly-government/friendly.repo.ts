import { and, asc, desc, eq, isNull, lt, or, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.ts'
import { organizations } from '../organizations/index.ts'
import type { Criterion, Threshold } from './criteria.ts'
import {
  friendlyCriteriaSets,
  friendlyEvaluationEvents,
  friendlyEvaluations,
  friendlyScores,
} from './friendly.schema.ts'

export type CriteriaSetRow = Omit<typeof friendlyCriteriaSets.$inferSelect, 'criteria' | 'thresholds'> & {
  criteria: Criterion[]
  thresholds: Threshold[]
}
export type EvaluationRow = typeof friendlyEvaluations.$inferSelect
export type NewEvaluation = typeof friendlyEvaluations.$inferInsert
export type ScoreRow = typeof friendlyScores.$inferSelect
export type EventRow = typeof friendlyEvaluationEvents.$inferSelect

export interface ScopedEvaluation {
  row: EvaluationRow
  organizationPath: string
  organizationName: string
}

const asSet = (row: typeof friendlyCriteriaSets.$inferSelect): CriteriaSetRow => ({
  ...row,
  criteria: row.criteria as Criterion[],
  thresholds: row.thresholds as Threshold[],
})

export async function findCriteriaSet(ex: Executor, id: string): Promise<CriteriaSetRow | null> {
  const [row] = await ex.select().from(friendlyCriteriaSets).where(eq(friendlyCriteriaSets.id, id))
  return row ? asSet(row) : null
}

/**
 * The set in force on `date` for a province: the province's own if it has one in force that day, else
 * the default (no province).
 */
export async function criteriaSetInForce(
  ex: Executor,
  provinceCode: string | null,
  date: string,
): Promise<CriteriaSetRow | null> {
  const [row] = await ex
    .select()
    .from(friendlyCriteriaSets)
    .where(
      and(
        sql`${friendlyCriteriaSets.effectiveFrom} <= ${date}`,
        or(isNull(friendlyCriteriaSets.effectiveTo), sql`${friendlyCriteriaSets.effectiveTo} >= ${date}`),
        provinceCode
          ? or(eq(friendlyCriteriaSets.provinceCode, provinceCode), isNull(friendlyCriteriaSets.provinceCode))
          : isNull(friendlyCriteriaSets.provinceCode),
      ),
    )
    .orderBy(sql`${friendlyCriteriaSets.provinceCode} is null`, desc(friendlyCriteriaSets.effectiveFrom))
    .limit(1)
  return row ? asSet(row) : null
}

/** Every version visible to a province (its own and the default), newest first. */
export async function listCriteriaSets(
  ex: Executor,
  provinceCode: string | null | 'all',
): Promise<CriteriaSetRow[]> {
  const rows = await ex
    .select()
    .from(friendlyCriteriaSets)
    .where(
      provinceCode === 'all'
        ? undefined
        : provinceCode
          ? or(eq(friendlyCriteriaSets.provinceCode, provinceCode), isNull(friendlyCriteriaSets.provinceCode))
          : isNull(friendlyCriteriaSets.provinceCode),
    )
    .orderBy(asc(friendlyCriteriaSets.code), desc(friendlyCriteriaSets.effectiveFrom))
  return rows.map(asSet)
}

export async function versionsOfSet(ex: Executor, code: string): Promise<CriteriaSetRow[]> {
  const rows = await ex
    .select()
    .from(friendlyCriteriaSets)
    .where(eq(friendlyCriteriaSets.code, code))
    .orderBy(desc(friendlyCriteriaSets.effectiveFrom))
    .for('update')
  return rows.map(asSet)
}

export async function closeSetVersion(ex: Executor, id: string, lastDay: string): Promise<void> {
  await ex.update(friendlyCriteriaSets).set({ effectiveTo: lastDay }).where(eq(friendlyCriteriaSets.id, id))
}

export async function insertCriteriaSet(
  ex: Executor,
  row: typeof friendlyCriteriaSets.$inferInsert,
): Promise<CriteriaSetRow> {
  const [inserted] = await ex.insert(friendlyCriteriaSets).values(row).returning()
  if (!inserted) throw new Error('criteria set insert returned nothing')
  return asSet(inserted)
}

export async function findEvaluation(
  ex: Executor,
  id: string,
  lock = false,
): Promise<ScopedEvaluation | null> {
  const query = ex
    .select({
      row: friendlyEvaluations,
      organizationPath: organizations.path,
      organizationName: organizations.name,
    })
    .from(friendlyEvaluations)
    .innerJoin(organizations, eq(organizations.id, friendlyEvaluations.organizationId))
    .where(eq(friendlyEvaluations.id, id))
  const [found] = lock ? await query.for('update', { of: friendlyEvaluations }) : await query
  return found ?? null
}

export async function findEvaluationOf(ex: Executor, organizationId: string, year: number) {
  const [row] = await ex
    .select({ id: friendlyEvaluations.id })
    .from(friendlyEvaluations)
    .where(and(eq(friendlyEvaluations.organizationId, organizationId), eq(friendlyEvaluations.year, year)))
  return row ?? null
}

export async function insertEvaluation(ex: Executor, row: NewEvaluation): Promise<EvaluationRow> {
  const [inserted] = await ex.insert(friendlyEvaluations).values(row).returning()
  if (!inserted) throw new Error('evaluation insert returned nothing')
  return inserted
}

export async function updateEvaluationRow(
  ex: Executor,
  id: string,
  version: number,
  patch: Partial<NewEvaluation>,
): Promise<EvaluationRow | null> {
  const [updated] = await ex
    .update(friendlyEvaluations)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(friendlyEvaluations.id, id), eq(friendlyEvaluations.version, version)))
    .returning()
  return updated ?? null
}

export async function insertScoreRows(
  ex: Executor,
  rows: (typeof friendlyScores.$inferInsert)[],
): Promise<void> {
  if (rows.length) await ex.insert(friendlyScores).values(rows)
}

export async function scoresOf(ex: Executor, evaluationId: string): Promise<ScoreRow[]> {
  return ex.select().from(friendlyScores).where(eq(friendlyScores.evaluationId, evaluationId))
}

export async function updateScore(
  ex: Executor,
  id: string,
  patch: Partial<typeof friendlyScores.$inferInsert>,
): Promise<void> {
  await ex.update(friendlyScores).set(patch).where(eq(friendlyScores.id, id))
}

export async function findScore(ex: Executor, id: string): Promise<ScoreRow | null> {
  const [row] = await ex.select().from(friendlyScores).where(eq(friendlyScores.id, id))
  return row ?? null
}

/** How many evidence files each score row of an evaluation has. */
export async function evidenceFileCounts(ex: Executor, evaluationId: string): Promise<Map<string, number>> {
  const result = (await ex.execute(sql`
    select s.id, count(a.id)::int as files
    from friendly_scores s join attachments a on a.owner_type = 'friendly_evidence' and a.owner_id = s.id
    where s.evaluation_id = ${evaluationId}
    group by s.id`)) as unknown as { rows: { id: string; files: number }[] }
  return new Map(result.rows.map((r) => [r.id, r.files]))
}

export async function insertEvent(
  ex: Executor,
  row: typeof friendlyEvaluationEvents.$inferInsert,
): Promise<void> {
  await ex.insert(friendlyEvaluationEvents).values(row)
}

export async function eventsOf(ex: Executor, evaluationId: string): Promise<EventRow[]> {
  return ex
    .select()
    .from(friendlyEvaluationEvents)
    .where(eq(friendlyEvaluationEvents.evaluationId, evaluationId))
    .orderBy(asc(friendlyEvaluationEvents.at), asc(friendlyEvaluationEvents.id))
}

export interface EvaluationFilter {
  scope: SQL
  year?: number
  status?: string
  rating?: string
  organizationPath?: string
  /** Submitted evaluations strictly below this organization (the reviewer's queue). */
  reviewBelow?: { path: string; organizationId: string | null }
  q?: string
  after: { year: number; id: string } | null
}

export async function listEvaluations(ex: Executor, f: EvaluationFilter, limit: number) {
  const e = friendlyEvaluations
  const conditions: SQL[] = [f.scope]
  if (f.year) conditions.push(eq(e.year, f.year))
  if (f.status) conditions.push(eq(e.status, f.status))
  if (f.rating) conditions.push(eq(e.rating, f.rating))
  if (f.organizationPath) conditions.push(sql`${organizations.path} like ${f.organizationPath + '%'}`)
  if (f.reviewBelow) {
    conditions.push(eq(e.status, 'submitted'))
    conditions.push(sql`${organizations.path} like ${f.reviewBelow.path + '%'}`)
    if (f.reviewBelow.organizationId)
      conditions.push(sql`${e.organizationId} <> ${f.reviewBelow.organizationId}`)
  }
  if (f.q) conditions.push(sql`vn_fold(${organizations.name}) like ${'%' + f.q + '%'}`)
  if (f.after)
    conditions.push(or(lt(e.year, f.after.year), and(eq(e.year, f.after.year), lt(e.id, f.after.id))) as SQL)
  return ex
    .select({ row: e, organizationName: organizations.name, organizationPath: organizations.path })
    .from(e)
    .innerJoin(organizations, eq(organizations.id, e.organizationId))
    .where(and(...conditions))
    .orderBy(desc(e.year), desc(e.id))
    .limit(limit)
}

export interface ProvinceSummaryRow {
  provinceCode: string | null
  provinceName: string | null
  evaluated: number
  good: number
  fair: number
  average: number
  notMet: number
  inProgress: number
}

/** Per province, the evaluations of one year under an organization's subtree, counted by rating. */
export async function summaryByProvince(
  ex: Executor,
  year: number,
  subtreePath: string,
  scope: SQL,
): Promise<ProvinceSummaryRow[]> {
  const result = (await ex.execute(sql`
    select e.province_code as "provinceCode",
      (select u.name from admin_units u
        where u.code = e.province_code and u.level = 'province' and u.valid_to is null
        limit 1) as "provinceName",
      count(*) filter (where e.status = 'rated')::int as evaluated,
      count(*) filter (where e.rating = 'good')::int as good,
      count(*) filter (where e.rating = 'fair')::int as fair,
      count(*) filter (where e.rating = 'average')::int as average,
      count(*) filter (where e.rating = 'not_met')::int as "notMet",
      count(*) filter (where e.status <> 'rated')::int as "inProgress"
    from friendly_evaluations e
    join organizations o on o.id = e.organization_id
    where e.year = ${year} and o.path like ${subtreePath + '%'} and ${scope}
    group by e.province_code
    order by e.province_code nulls last`)) as unknown as { rows: ProvinceSummaryRow[] }
  return result.rows
}
