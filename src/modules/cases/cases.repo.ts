import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm'
import { queryRows, type Executor } from '../../platform/db/database.ts'
import { fieldList, insertValues } from '../../platform/db/plain-insert.ts'
import { organizations } from '../organizations/index.ts'
import { caseCitizens, caseEvents, cases, identityReveals, matters } from './cases.schema.ts'

export type CaseRow = typeof cases.$inferSelect
export type NewCase = typeof cases.$inferInsert
export type NewCitizen = typeof caseCitizens.$inferInsert
export type NewEvent = typeof caseEvents.$inferInsert
export type CitizenRow = typeof caseCitizens.$inferSelect
export type EventRow = typeof caseEvents.$inferSelect
export type MatterRow = typeof matters.$inferSelect

export interface ScopedCase {
  row: CaseRow
  organizationPath: string
  organizationName: string
}

/** A case with its organization's path and name; `lock` takes the row lock of a state change. */
export async function findCase(db: Executor, id: string, lock = false): Promise<ScopedCase | null> {
  const query = db
    .select({ row: cases, organizationPath: organizations.path, organizationName: organizations.name })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(cases.id, id))
  const [found] = lock ? await query.for('update', { of: cases }) : await query
  return found ?? null
}

export async function findCaseByTrackingCode(db: Executor, code: string): Promise<ScopedCase | null> {
  const [found] = await db
    .select({ row: cases, organizationPath: organizations.path, organizationName: organizations.name })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(cases.trackingCode, code))
  return found ?? null
}

/**
 * New cases with their citizens and first timeline events, written by one statement (data-modifying CTEs)
 * whatever their number: a group commit of intakes costs one round trip to the database. Plain SQL from
 * the tables' definitions (see plain-insert.ts): the query builder cost more than the write.
 *
 * `alone`: the statement is its whole transaction (run on the pool, it commits on its own). It then also
 * writes the cases' search rows — nothing later in the transaction can change what they are built from —
 * and `alone.also`, more common table expressions (`name as (…)`, comma-separated) with their parameters
 * numbered after `offset`: e.g. the audit entries, committed with the rows. Inside a longer transaction
 * the search rows are left to the deferred triggers, which build them at commit from the final rows.
 */
export async function insertNewCases(
  db: Executor,
  rows: NewCase[],
  citizens: NewCitizen[],
  events: NewEvent[],
  alone?: { also: (offset: number) => { ctes: string; params: unknown[] } },
): Promise<CaseRow[]> {
  const created = insertValues(cases, rows)
  const first = insertValues(caseEvents, events, created.params.length)
  const people = citizens.length
    ? insertValues(caseCitizens, citizens, created.params.length + first.params.length)
    : undefined
  const params = [...created.params, ...first.params, ...(people?.params ?? [])]
  const more = alone?.also(params.length)
  return queryRows<CaseRow>(
    db,
    `with created as (${created.text} returning *), first as (${first.text})` +
      (people ? `, people as (${people.text} returning *)` : '') +
      (more ? `, searched as (${searchRows(people !== undefined)}), ${more.ctes}` : '') +
      ` select ${fieldList(cases)} from created`,
    more ? [...params, ...more.params] : params,
    { prepare: true },
  )
}

/**
 * The search rows of the cases the statement creates (`created`, and their citizens in `people`), built by
 * the same functions as case_search_refresh() (migration 0021). Written here, in the creating statement,
 * they are already there when the deferred search triggers fire at commit, and those stop at once; the
 * rows are built together instead of by one trigger call each (a fifth of the database's time during
 * intake, measured at 1,000,000 cases).
 */
const searchRows = (withPeople: boolean): string =>
  `insert into case_search (case_id, province_code, doc, names, tsv, updated_at)
   select c.id, c.province_code, d.doc, case_search_names(c.tracking_code, c.citizen_display, p.people),
          to_tsvector('simple'::regconfig, d.doc), now()
     from created c
     ${
       withPeople
         ? `left join lateral (
       select string_agg(case_search_person(cc.full_name, cc.phone, cc.id_number, cc.address_detail), ' '
                         order by cc.position) as people
         from people cc where cc.case_id = c.id and cc.sealed is null) p on true`
         : 'cross join (select null::text as people) p'
     }
     cross join lateral (
       select case_search_doc(c.tracking_code, c.summary, c.citizen_display, p.people, c.content) as doc) d`

/** Applies a change only if nobody changed the case since `version` was read; null when someone did. */
export async function updateCase(
  db: Executor,
  id: string,
  version: number,
  patch: Partial<NewCase>,
): Promise<CaseRow | null> {
  const [updated] = await db
    .update(cases)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning()
  return updated ?? null
}

export async function insertCitizens(
  db: Executor,
  rows: (typeof caseCitizens.$inferInsert)[],
): Promise<void> {
  if (rows.length) await db.insert(caseCitizens).values(rows)
}

export const citizensOf = (db: Executor, caseId: string): Promise<CitizenRow[]> =>
  db.select().from(caseCitizens).where(eq(caseCitizens.caseId, caseId)).orderBy(asc(caseCitizens.position))

export async function insertEvent(db: Executor, row: typeof caseEvents.$inferInsert): Promise<void> {
  await db.insert(caseEvents).values(row)
}

export const eventsOf = (db: Executor, caseId: string): Promise<EventRow[]> =>
  db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id))

export async function insertReveal(db: Executor, row: typeof identityReveals.$inferInsert): Promise<void> {
  await db.insert(identityReveals).values(row)
}

export interface CaseFilters {
  scope: SQL
  status?: string
  kind?: string
  field?: string
  organizationId?: string
  assigneeId?: string
  /** Due before `today` (the clock still running). */
  overdueBefore?: string
  /** Due between the two dates, inclusive. */
  dueBetween?: [string, string]
  /**
   * Where the previous page ended: (received_at, id) newest first, or — for the overdue and due-soon
   * views, which list the most urgent first — (due_date, id) ascending.
   */
  after?: { key: string; id: string } | null
}

/** Deadline views (overdue, due soon) are ordered by due date; every other list by arrival, newest first. */
export const byDeadline = (f: CaseFilters): boolean => Boolean(f.overdueBefore || f.dueBetween)

function conditions(f: CaseFilters): SQL[] {
  const where: SQL[] = [f.scope]
  if (f.status) where.push(eq(cases.status, f.status))
  if (f.kind) where.push(eq(cases.kind, f.kind))
  if (f.field) where.push(eq(cases.field, f.field))
  if (f.organizationId) where.push(eq(cases.organizationId, f.organizationId))
  if (f.assigneeId) where.push(eq(cases.assigneeId, f.assigneeId))
  if (f.overdueBefore) where.push(sql`${cases.dueDate} < ${f.overdueBefore}`)
  if (f.dueBetween) where.push(sql`${cases.dueDate} between ${f.dueBetween[0]} and ${f.dueBetween[1]}`)
  return where
}

/**
 * Keyset page in the order of the indexes that serve it: (received_at, id) descending — written `nulls
 * last` as the index is — or (due_date, id) ascending for the deadline views.
 */
export function listCases(db: Executor, f: CaseFilters, limit: number): Promise<CaseRow[]> {
  const where = conditions(f)
  const deadline = byDeadline(f)
  if (f.after)
    where.push(
      deadline
        ? sql`(${cases.dueDate}, ${cases.id}) > (${f.after.key}::date, ${f.after.id}::uuid)`
        : sql`(${cases.receivedAt}, ${cases.id}) < (${f.after.key}::timestamptz, ${f.after.id}::uuid)`,
    )
  return db
    .select()
    .from(cases)
    .where(and(...where))
    .orderBy(
      ...(deadline
        ? [asc(cases.dueDate), asc(cases.id)]
        : [sql`${cases.receivedAt} desc nulls last`, sql`${cases.id} desc nulls last`]),
    )
    .limit(limit)
}

/** How many cases in scope are overdue and due within `days` (the inbox badges). */
export async function deadlineCounts(
  db: Executor,
  scope: SQL,
  today: string,
  soonUntil: string,
): Promise<{ overdue: number; dueSoon: number }> {
  const [row] = await db
    .select({
      overdue: sql<number>`count(*) filter (where ${cases.dueDate} < ${today})::int`,
      dueSoon: sql<number>`count(*) filter (where ${cases.dueDate} between ${today} and ${soonUntil})::int`,
    })
    .from(cases)
    .where(and(scope, sql`${cases.dueDate} is not null`))
  return { overdue: row?.overdue ?? 0, dueSoon: row?.dueSoon ?? 0 }
}

export async function findMatter(db: Executor, id: string): Promise<MatterRow | null> {
  const [found] = await db.select().from(matters).where(eq(matters.id, id))
  return found ?? null
}

export async function insertMatter(db: Executor, row: typeof matters.$inferInsert): Promise<void> {
  await db.insert(matters).values(row)
}

export async function countMatterLetter(db: Executor, id: string, complex: boolean): Promise<void> {
  await db
    .update(matters)
    .set({
      letterCount: sql`${matters.letterCount} + 1`,
      complex: sql`${matters.complex} or ${complex}`,
      updatedAt: new Date(),
    })
    .where(eq(matters.id, id))
}

export const listOpenMatters = (db: Executor, scope: SQL, limit: number): Promise<MatterRow[]> =>
  db
    .select()
    .from(matters)
    .where(and(scope, eq(matters.status, 'open')))
    .orderBy(desc(matters.letterCount), desc(matters.updatedAt))
    .limit(limit)
