import { and, asc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm'
import { newestFirst, type Executor } from '../../platform/db/database.ts'
import { cases } from '../cases/index.ts'
import { organizations } from '../organizations/index.ts'
import {
  receptionOfficers,
  receptionPlaces,
  receptionRefusalNotices,
  receptionSessions,
  receptionTasks,
  receptionVisitCases,
  receptionVisitCitizens,
  receptionVisits,
} from './reception.schema.ts'

export type VisitRow = typeof receptionVisits.$inferSelect
export type VisitCitizenRow = typeof receptionVisitCitizens.$inferSelect
export type SessionRow = typeof receptionSessions.$inferSelect
export type TaskRow = typeof receptionTasks.$inferSelect
export type NoticeRow = typeof receptionRefusalNotices.$inferSelect
export type PlaceRow = typeof receptionPlaces.$inferSelect

export interface ScopedVisit {
  row: VisitRow
  organizationPath: string
}

export async function findVisit(db: Executor, id: string): Promise<ScopedVisit | null> {
  const [found] = await db
    .select({ row: receptionVisits, organizationPath: organizations.path })
    .from(receptionVisits)
    .innerJoin(organizations, eq(organizations.id, receptionVisits.organizationId))
    .where(eq(receptionVisits.id, id))
  return found ?? null
}

export const citizensOfVisit = (db: Executor, visitId: string): Promise<VisitCitizenRow[]> =>
  db
    .select()
    .from(receptionVisitCitizens)
    .where(eq(receptionVisitCitizens.visitId, visitId))
    .orderBy(asc(receptionVisitCitizens.position))

export const citizensOfVisits = (db: Executor, visitIds: string[]): Promise<VisitCitizenRow[]> =>
  visitIds.length
    ? db
        .select()
        .from(receptionVisitCitizens)
        .where(inArray(receptionVisitCitizens.visitId, visitIds))
        .orderBy(asc(receptionVisitCitizens.position))
    : Promise.resolve([])

export const casesOfVisits = (db: Executor, visitIds: string[]) =>
  visitIds.length
    ? db
        .select({
          visitId: receptionVisitCases.visitId,
          id: cases.id,
          trackingCode: cases.trackingCode,
          kind: cases.kind,
          letterId: cases.letterId,
          matterId: cases.matterId,
          protectIdentity: cases.protectIdentity,
          relation: receptionVisitCases.relation,
        })
        .from(receptionVisitCases)
        .innerJoin(cases, eq(cases.id, receptionVisitCases.caseId))
        .where(inArray(receptionVisitCases.visitId, visitIds))
        .orderBy(asc(cases.receivedAt), asc(cases.id))
    : Promise.resolve([])

export const noticeOfVisit = async (db: Executor, visitId: string): Promise<NoticeRow | null> =>
  (await db.select().from(receptionRefusalNotices).where(eq(receptionRefusalNotices.visitId, visitId)))[0] ??
  null

export interface VisitFilters {
  scope: SQL
  organizationIds?: SQL
  from?: string
  to?: string
  q?: string
  after?: { visitedAt: Date; id: string } | null
}

function visitConditions(f: VisitFilters): SQL[] {
  const conditions: SQL[] = [f.scope]
  if (f.organizationIds) conditions.push(f.organizationIds)
  if (f.from) conditions.push(gte(receptionVisits.visitDate, f.from))
  if (f.to) conditions.push(lte(receptionVisits.visitDate, f.to))
  if (f.q) {
    const like = `%${f.q}%`
    conditions.push(
      or(
        sql`vn_fold(${receptionVisits.summary}) like vn_fold(${like})`,
        sql`exists (select 1 from reception_visit_citizens c where c.visit_id = ${receptionVisits.id}
              and (vn_fold(c.full_name) like vn_fold(${like}) or c.id_number = upper(${f.q})))`,
      ) as SQL,
    )
  }
  return conditions
}

export function listVisits(db: Executor, f: VisitFilters, limit: number): Promise<VisitRow[]> {
  const conditions = visitConditions(f)
  if (f.after)
    conditions.push(
      sql`(${receptionVisits.visitedAt}, ${receptionVisits.id}) < (${f.after.visitedAt.toISOString()}::timestamptz, ${f.after.id}::uuid)`,
    )
  return db
    .select()
    .from(receptionVisits)
    .where(and(...conditions))
    .orderBy(newestFirst(receptionVisits.visitedAt), newestFirst(receptionVisits.id))
    .limit(limit)
}

/** Register rows: oldest first, every visit of the range (bounded by the caller's range check). */
export function registerVisits(db: Executor, f: VisitFilters): Promise<VisitRow[]> {
  return db
    .select()
    .from(receptionVisits)
    .where(and(...visitConditions(f)))
    .orderBy(asc(receptionVisits.visitedAt), asc(receptionVisits.id))
}

/**
 * The latest earlier visit to the organization by the same citizen (same ID number; or, for a citizen
 * named without one, the same name folded without diacritics) about the same matter: a summary alike
 * (trigram similarity) or a case already linked. Only plain identities compare: the people of a protected
 * visit are sealed (their columns are null), so such a visit is never found here.
 */
export async function findRepeatVisit(
  db: Executor,
  q: {
    organizationId: string
    before: Date
    idNumbers: string[]
    foldedNames: string[]
    summary: string
    caseIds: string[]
  },
): Promise<VisitRow | null> {
  const ids = q.idNumbers.length ? q.idNumbers : ['']
  const names = q.foldedNames.length ? q.foldedNames : ['']
  const caseIds = q.caseIds.length ? q.caseIds : ['00000000-0000-0000-0000-000000000000']
  const rows = await db.execute(sql`
    select v.id from reception_visits v
    where v.organization_id = ${q.organizationId} and not v.identity_protected
      and v.visited_at < ${q.before.toISOString()}::timestamptz
      and exists (
        select 1 from reception_visit_citizens c where c.visit_id = v.id
          and (upper(c.id_number) in (${sql.join(
            ids.map((i) => sql`${i.toUpperCase()}`),
            sql`, `,
          )})
            or (c.id_number is null and vn_fold(c.full_name) in (${sql.join(
              names.map((n) => sql`${n}`),
              sql`, `,
            )}))))
      and (similarity(vn_fold(v.summary), vn_fold(${q.summary})) >= 0.3
        or exists (select 1 from reception_visit_cases vc where vc.visit_id = v.id
          and vc.case_id in (${sql.join(
            caseIds.map((c) => sql`${c}::uuid`),
            sql`, `,
          )})))
    order by v.visited_at desc nulls last, v.id desc nulls last
    limit 1`)
  const id = (rows.rows[0] as { id?: string } | undefined)?.id
  if (!id) return null
  return (await db.select().from(receptionVisits).where(eq(receptionVisits.id, id)))[0] ?? null
}

/**
 * Earlier visits and cases of a citizen, looked up by ID number or by name typed without diacritics. A
 * protected visit or case (sealed people) is never found: the lookup would confirm who denounced.
 */
export async function lookupCitizen(db: Executor, scope: SQL, caseScope: SQL, q: string) {
  const like = `%${q}%`
  const visits = await db.execute(sql`
    select distinct on (v.id) v.id, v.visit_date, v.summary, v.outcome, c.full_name, c.id_number,
      c.address_detail, c.unit_code, c.phone
    from reception_visits v join reception_visit_citizens c on c.visit_id = v.id
    where ${scope} and not v.identity_protected and c.sealed is null
      and (upper(c.id_number) = upper(${q}) or vn_fold(c.full_name) like vn_fold(${like}))
    order by v.id desc
    limit 20`)
  const found = await db.execute(sql`
    select distinct on (k.id) k.id, k.tracking_code, k.kind, k.status, k.summary, k.received_on, cc.full_name,
      cc.id_number
    from cases k join case_citizens cc on cc.case_id = k.id
    where ${caseScope} and cc.sealed is null
      and (upper(cc.id_number) = upper(${q}) or vn_fold(cc.full_name) like vn_fold(${like}))
    order by k.id desc
    limit 20`)
  return { visits: visits.rows, cases: found.rows }
}

export async function findSession(db: Executor, id: string) {
  const [found] = await db
    .select({ row: receptionSessions, organizationPath: organizations.path })
    .from(receptionSessions)
    .innerJoin(organizations, eq(organizations.id, receptionSessions.organizationId))
    .where(eq(receptionSessions.id, id))
  return found ?? null
}

export const sessionsBetween = (db: Executor, organizationIds: SQL, from: string, to: string) =>
  db
    .select()
    .from(receptionSessions)
    .where(and(organizationIds, gte(receptionSessions.date, from), lte(receptionSessions.date, to)))
    .orderBy(asc(receptionSessions.date), asc(receptionSessions.startTime), asc(receptionSessions.id))

export const tasksOfSessions = (db: Executor, sessionIds: string[]): Promise<TaskRow[]> =>
  sessionIds.length
    ? db
        .select()
        .from(receptionTasks)
        .where(inArray(receptionTasks.sessionId, sessionIds))
        .orderBy(asc(receptionTasks.dueDate), asc(receptionTasks.id))
    : Promise.resolve([])

export async function findTask(db: Executor, id: string) {
  const [found] = await db
    .select({ row: receptionTasks, organizationPath: organizations.path })
    .from(receptionTasks)
    .innerJoin(organizations, eq(organizations.id, receptionTasks.organizationId))
    .where(eq(receptionTasks.id, id))
  return found ?? null
}

export async function findNotice(db: Executor, id: string) {
  const [found] = await db
    .select({ row: receptionRefusalNotices, organizationPath: organizations.path })
    .from(receptionRefusalNotices)
    .innerJoin(organizations, eq(organizations.id, receptionRefusalNotices.organizationId))
    .where(eq(receptionRefusalNotices.id, id))
  return found ?? null
}

export const placesOf = (db: Executor, organizationId: string): Promise<PlaceRow[]> =>
  db
    .select()
    .from(receptionPlaces)
    .where(and(eq(receptionPlaces.organizationId, organizationId), eq(receptionPlaces.active, true)))
    .orderBy(asc(receptionPlaces.name))

export const officersOf = (db: Executor, organizationId: string) =>
  db
    .select()
    .from(receptionOfficers)
    .where(and(eq(receptionOfficers.organizationId, organizationId), eq(receptionOfficers.active, true)))
    .orderBy(asc(receptionOfficers.fullName))

/** Organizations of a subtree (by path prefix), or the one organization. */
export const organizationFilter = (
  column: typeof receptionVisits.organizationId,
  id: string,
  subtree: boolean,
): SQL =>
  subtree
    ? sql`${column} in (select o.id from organizations o where o.path like (select p.path from organizations p where p.id = ${id}) || '%')`
    : sql`${column} = ${id}`
