import { and, asc, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.ts'
import { organizations } from '../organizations/index.ts'
import {
  democracyConferenceEvents,
  democracyConferences,
  democracyResolutions,
  democracyRules,
  enterprises,
} from './democracy.schema.ts'

export type EnterpriseRow = typeof enterprises.$inferSelect
export type ConferenceRow = typeof democracyConferences.$inferSelect
export type ResolutionRow = typeof democracyResolutions.$inferSelect
export type RulesRow = typeof democracyRules.$inferSelect
export type ConferenceEventRow = typeof democracyConferenceEvents.$inferSelect

const rowsOf = async <T>(ex: Executor, query: SQL): Promise<T[]> =>
  ((await ex.execute(query)) as unknown as { rows: T[] }).rows

export async function findEnterprise(ex: Executor, id: string) {
  const [found] = await ex
    .select({ row: enterprises, organizationPath: organizations.path, organizationName: organizations.name })
    .from(enterprises)
    .innerJoin(organizations, eq(organizations.id, enterprises.organizationId))
    .where(eq(enterprises.id, id))
  return found ?? null
}

export async function findEnterpriseByTaxCode(ex: Executor, taxCode: string) {
  const [row] = await ex
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(eq(enterprises.taxCode, taxCode))
  return row ?? null
}

export async function insertEnterprise(
  ex: Executor,
  row: typeof enterprises.$inferInsert,
): Promise<EnterpriseRow> {
  const [inserted] = await ex.insert(enterprises).values(row).returning()
  if (!inserted) throw new Error('enterprise insert returned nothing')
  return inserted
}

export async function updateEnterpriseRow(
  ex: Executor,
  id: string,
  patch: Partial<typeof enterprises.$inferInsert>,
): Promise<EnterpriseRow> {
  const [updated] = await ex
    .update(enterprises)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(enterprises.id, id))
    .returning()
  if (!updated) throw new Error('enterprise update returned nothing')
  return updated
}

/** Locks the enterprise row for a change, with its organization's path and name. */
export async function findEnterpriseForUpdate(ex: Executor, id: string) {
  const [found] = await ex
    .select({ row: enterprises, organizationPath: organizations.path, organizationName: organizations.name })
    .from(enterprises)
    .innerJoin(organizations, eq(organizations.id, enterprises.organizationId))
    .where(eq(enterprises.id, id))
    .for('update', { of: enterprises })
  return found ?? null
}

export async function listEnterprises(
  ex: Executor,
  f: {
    scope: SQL
    organizationPath?: string
    ownership?: string
    status?: string
    q?: string
    after: string | null
  },
  limit: number,
) {
  const conditions: SQL[] = [f.scope]
  if (f.status) conditions.push(eq(enterprises.status, f.status))
  if (f.organizationPath) conditions.push(sql`${organizations.path} like ${f.organizationPath + '%'}`)
  if (f.ownership) conditions.push(eq(enterprises.ownership, f.ownership))
  if (f.q)
    conditions.push(
      sql`(vn_fold(${enterprises.name}) like ${'%' + f.q + '%'} or ${enterprises.taxCode}::text like ${f.q + '%'})`,
    )
  if (f.after) conditions.push(lt(enterprises.id, f.after))
  return ex
    .select({ row: enterprises, organizationName: organizations.name })
    .from(enterprises)
    .innerJoin(organizations, eq(organizations.id, enterprises.organizationId))
    .where(and(...conditions))
    .orderBy(desc(enterprises.id))
    .limit(limit)
}

export async function insertConference(
  ex: Executor,
  row: typeof democracyConferences.$inferInsert,
): Promise<ConferenceRow> {
  const [inserted] = await ex.insert(democracyConferences).values(row).returning()
  if (!inserted) throw new Error('conference insert returned nothing')
  return inserted
}

export async function insertResolutions(ex: Executor, rows: (typeof democracyResolutions.$inferInsert)[]) {
  if (rows.length) await ex.insert(democracyResolutions).values(rows)
}

export async function findConference(ex: Executor, id: string, lock = false) {
  const query = ex
    .select({
      row: democracyConferences,
      organizationPath: organizations.path,
      organizationName: organizations.name,
      enterpriseName: enterprises.name,
    })
    .from(democracyConferences)
    .innerJoin(organizations, eq(organizations.id, democracyConferences.organizationId))
    .leftJoin(enterprises, eq(enterprises.id, democracyConferences.enterpriseId))
    .where(eq(democracyConferences.id, id))
  const [found] = lock ? await query.for('update', { of: democracyConferences }) : await query
  return found ?? null
}

/** Writes a correction or a withdrawal if nobody changed the row since `version` was read. */
export async function updateConferenceRow(
  ex: Executor,
  id: string,
  version: number,
  patch: Partial<typeof democracyConferences.$inferInsert>,
): Promise<ConferenceRow | null> {
  const [updated] = await ex
    .update(democracyConferences)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(democracyConferences.id, id), eq(democracyConferences.version, version)))
    .returning()
  return updated ?? null
}

export async function deleteResolutions(ex: Executor, conferenceId: string) {
  await ex.delete(democracyResolutions).where(eq(democracyResolutions.conferenceId, conferenceId))
}

export async function insertConferenceEvent(
  ex: Executor,
  row: typeof democracyConferenceEvents.$inferInsert,
): Promise<void> {
  await ex.insert(democracyConferenceEvents).values(row)
}

export const conferenceEventsOf = (ex: Executor, conferenceId: string): Promise<ConferenceEventRow[]> =>
  ex
    .select()
    .from(democracyConferenceEvents)
    .where(eq(democracyConferenceEvents.conferenceId, conferenceId))
    .orderBy(asc(democracyConferenceEvents.at), asc(democracyConferenceEvents.id))

export async function resolutionsOf(ex: Executor, conferenceId: string): Promise<ResolutionRow[]> {
  return ex
    .select()
    .from(democracyResolutions)
    .where(eq(democracyResolutions.conferenceId, conferenceId))
    .orderBy(democracyResolutions.position)
}

export async function listConferences(
  ex: Executor,
  f: {
    scope: SQL
    kind?: string
    year?: number
    organizationPath?: string
    enterpriseId?: string
    valid?: boolean
    after: { year: number; id: string } | null
  },
  limit: number,
) {
  const c = democracyConferences
  const conditions: SQL[] = [f.scope]
  if (f.kind) conditions.push(eq(c.kind, f.kind))
  if (f.year) conditions.push(eq(c.year, f.year))
  if (f.organizationPath) conditions.push(sql`${organizations.path} like ${f.organizationPath + '%'}`)
  if (f.enterpriseId) conditions.push(eq(c.enterpriseId, f.enterpriseId))
  if (f.valid !== undefined) conditions.push(eq(c.valid, f.valid))
  if (f.after)
    conditions.push(or(lt(c.year, f.after.year), and(eq(c.year, f.after.year), lt(c.id, f.after.id))) as SQL)
  return ex
    .select({ row: c, organizationName: organizations.name, enterpriseName: enterprises.name })
    .from(c)
    .innerJoin(organizations, eq(organizations.id, c.organizationId))
    .leftJoin(enterprises, eq(enterprises.id, c.enterpriseId))
    .where(and(...conditions))
    .orderBy(desc(c.year), desc(c.id))
    .limit(limit)
}

export interface CoverageRow {
  id: string
  name: string
  kind: string
  held: boolean
  heldValid: boolean
  skipped: boolean
  late: boolean
}

/** Every active agency of the subtree with what it recorded for the year (staff conferences). */
export async function agencyCoverage(
  ex: Executor,
  year: number,
  subtreePath: string,
  kinds: readonly string[],
  scope: SQL,
): Promise<CoverageRow[]> {
  return rowsOf<CoverageRow>(
    ex,
    sql`select o.id, o.name, o.kind,
      coalesce(bool_or(c.status = 'held'), false) as held,
      coalesce(bool_or(c.status = 'held' and c.valid), false) as "heldValid",
      coalesce(bool_or(c.status = 'skipped'), false) as skipped,
      coalesce(bool_or(c.status = 'held' and c.valid and c.timing = 'late'), false) as late
    from organizations o
    left join democracy_conferences c on c.organization_id = o.id and c.kind = 'staff' and c.year = ${year}
      and c.state = 'recorded'
    where o.path like ${subtreePath + '%'} and o.status = 'active'
      and o.kind in (${sql.join(
        kinds.map((k) => sql`${k}`),
        sql`, `,
      )}) and ${scope}
    group by o.id, o.name, o.kind`,
  )
}

/** Every active enterprise overseen in the subtree with its workers' conferences of the year. */
export async function enterpriseCoverage(
  ex: Executor,
  year: number,
  subtreePath: string,
  scope: SQL,
): Promise<(CoverageRow & { ownership: string })[]> {
  return rowsOf(
    ex,
    sql`select e.id, e.name, e.ownership, 'enterprise' as kind,
      coalesce(bool_or(c.status = 'held'), false) as held,
      coalesce(bool_or(c.status = 'held' and c.valid), false) as "heldValid",
      false as skipped,
      coalesce(bool_or(c.status = 'held' and c.valid and c.timing = 'late'), false) as late
    from enterprises e
    join organizations o on o.id = e.organization_id
    left join democracy_conferences c on c.enterprise_id = e.id and c.kind = 'workers' and c.year = ${year}
      and c.state = 'recorded'
    where o.path like ${subtreePath + '%'} and e.status = 'active' and ${scope}
    group by e.id, e.name, e.ownership`,
  )
}

export async function rulesOf(ex: Executor, organizationId: string): Promise<RulesRow[]> {
  return ex
    .select()
    .from(democracyRules)
    .where(eq(democracyRules.organizationId, organizationId))
    .orderBy(desc(democracyRules.versionNumber))
}

export async function findRules(ex: Executor, id: string) {
  const [found] = await ex
    .select({ row: democracyRules, organizationPath: organizations.path })
    .from(democracyRules)
    .innerJoin(organizations, eq(organizations.id, democracyRules.organizationId))
    .where(eq(democracyRules.id, id))
  return found ?? null
}

export async function nextRulesVersion(ex: Executor, organizationId: string): Promise<number> {
  // Lock the organization row so two versions adopted at once do not take the same number.
  await ex.execute(sql`select id from organizations where id = ${organizationId} for update`)
  const [row] = await rowsOf<{ next: number }>(
    ex,
    sql`select coalesce(max(version_number), 0)::int + 1 as next from democracy_rules where organization_id = ${organizationId}`,
  )
  return row?.next ?? 1
}

export async function insertRules(ex: Executor, row: typeof democracyRules.$inferInsert): Promise<RulesRow> {
  const [inserted] = await ex.insert(democracyRules).values(row).returning()
  if (!inserted) throw new Error('rules insert returned nothing')
  return inserted
}
