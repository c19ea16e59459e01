import { and, asc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm'
import { newestFirst, type Executor } from '../../platform/db/database.ts'
import { organizations } from '../organizations/index.ts'
import {
  activities,
  activityDailyCounts,
  activityMonthlyCounts,
  activityParticipants,
  commitmentEvents,
  commitments,
} from './activities.schema.ts'

export type ActivityRow = typeof activities.$inferSelect
export type NewActivity = typeof activities.$inferInsert
export type CommitmentRow = typeof commitments.$inferSelect
export type NewCommitment = typeof commitments.$inferInsert
export type CommitmentEventRow = typeof commitmentEvents.$inferSelect

export interface Scoped<T> {
  row: T
  organizationPath: string
  organizationName: string
}

const rowsOf = async <T>(ex: Executor, query: SQL): Promise<T[]> =>
  ((await ex.execute(query)) as unknown as { rows: T[] }).rows

export async function findActivity(
  ex: Executor,
  id: string,
  lock = false,
): Promise<Scoped<ActivityRow> | null> {
  const query = ex
    .select({ row: activities, organizationPath: organizations.path, organizationName: organizations.name })
    .from(activities)
    .innerJoin(organizations, eq(organizations.id, activities.organizationId))
    .where(eq(activities.id, id))
  const [found] = lock ? await query.for('update', { of: activities }) : await query
  return found ?? null
}

export async function insertActivity(ex: Executor, row: NewActivity): Promise<ActivityRow> {
  const [inserted] = await ex.insert(activities).values(row).returning()
  if (!inserted) throw new Error('activity insert returned nothing')
  return inserted
}

export async function updateActivityRow(
  ex: Executor,
  id: string,
  version: number,
  patch: Partial<NewActivity>,
): Promise<ActivityRow | null> {
  const [updated] = await ex
    .update(activities)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(activities.id, id), eq(activities.version, version)))
    .returning()
  return updated ?? null
}

export async function replaceParticipants(
  ex: Executor,
  activityId: string,
  provinceCode: string | null,
  counts: Record<string, number>,
): Promise<void> {
  await ex.delete(activityParticipants).where(eq(activityParticipants.activityId, activityId))
  const rows = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([groupCode, count]) => ({ activityId, groupCode, count, provinceCode }))
  if (rows.length) await ex.insert(activityParticipants).values(rows)
}

export async function participantsOf(ex: Executor, activityId: string): Promise<Record<string, number>> {
  const rows = await ex
    .select({ group: activityParticipants.groupCode, count: activityParticipants.count })
    .from(activityParticipants)
    .where(eq(activityParticipants.activityId, activityId))
  return Object.fromEntries(rows.map((r) => [r.group, r.count]))
}

/** The summary key of an activity; null when it does not count (cancelled). */
export interface SummaryKey {
  organizationId: string
  day: string
  kind: string
  level: string
  adminUnitId: string | null
}

export const summaryKeyOf = (a: ActivityRow): SummaryKey | null =>
  a.status === 'cancelled'
    ? null
    : {
        organizationId: a.organizationId,
        day: a.startsOn,
        kind: a.kind,
        level: a.level,
        adminUnitId: a.adminUnitId,
      }

/** Adds (or, negative, removes) an activity's counts in both summary tables, in the caller's transaction. */
export async function bumpSummary(
  ex: Executor,
  key: SummaryKey,
  activitiesDelta: number,
  participantsDelta: number,
): Promise<void> {
  const month = `${key.day.slice(0, 7)}-01`
  const base = {
    organizationId: key.organizationId,
    kind: key.kind,
    level: key.level,
    adminUnitId: key.adminUnitId,
    activities: activitiesDelta,
    participants: participantsDelta,
  }
  await ex
    .insert(activityDailyCounts)
    .values({ ...base, day: key.day })
    .onConflictDoUpdate({
      target: [
        activityDailyCounts.organizationId,
        activityDailyCounts.day,
        activityDailyCounts.kind,
        activityDailyCounts.level,
        activityDailyCounts.adminUnitId,
      ],
      set: {
        activities: sql`${activityDailyCounts.activities} + ${activitiesDelta}`,
        participants: sql`${activityDailyCounts.participants} + ${participantsDelta}`,
      },
    })
  await ex
    .insert(activityMonthlyCounts)
    .values({ ...base, month })
    .onConflictDoUpdate({
      target: [
        activityMonthlyCounts.organizationId,
        activityMonthlyCounts.month,
        activityMonthlyCounts.kind,
        activityMonthlyCounts.level,
        activityMonthlyCounts.adminUnitId,
      ],
      set: {
        activities: sql`${activityMonthlyCounts.activities} + ${activitiesDelta}`,
        participants: sql`${activityMonthlyCounts.participants} + ${participantsDelta}`,
      },
    })
}

/** Rebuilds both summary tables from the activities, set-based (bulk loads, repair). */
export async function rebuildActivitySummary(ex: Executor): Promise<void> {
  await ex.execute(sql`delete from activity_daily_counts`)
  await ex.execute(sql`delete from activity_monthly_counts`)
  await ex.execute(sql`
    insert into activity_daily_counts (organization_id, day, kind, level, admin_unit_id, activities, participants)
    select organization_id, starts_on, kind, level, admin_unit_id, count(*), sum(participants_total)
    from activities where status <> 'cancelled'
    group by organization_id, starts_on, kind, level, admin_unit_id`)
  await ex.execute(sql`
    insert into activity_monthly_counts (organization_id, month, kind, level, admin_unit_id, activities, participants)
    select organization_id, date_trunc('month', day)::date, kind, level, admin_unit_id, sum(activities), sum(participants)
    from activity_daily_counts
    group by organization_id, date_trunc('month', day)::date, kind, level, admin_unit_id`)
}

/**
 * One line of the summary: the counts per (kind, level), per month or per unit as recorded — three
 * grouping sets of one scan, so the answer stays a few hundred rows whatever the number of activities.
 */
export interface SummaryRow {
  set: 'kind_level' | 'month' | 'unit'
  kind: string | null
  level: string | null
  month: string | null
  adminUnitId: string | null
  activities: number
  participants: number
}

const firstOfMonth = (iso: string) => `${iso.slice(0, 7)}-01`
function nextMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}
function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}

/**
 * Counts per kind, level, unit as recorded and month, for the organizations under `organizationPath` and
 * the days `from`..`to`: whole months from the monthly table, the days of partial months at the edges
 * from the daily table — a few thousand summary rows at most, whatever the number of activities.
 */
export async function summaryRows(
  ex: Executor,
  organizationPath: string | null,
  from: string,
  to: string,
): Promise<SummaryRow[]> {
  const fullStart = from === firstOfMonth(from) ? from : nextMonth(from)
  const afterTo = nextDay(to)
  const fullEnd = afterTo === firstOfMonth(afterTo) ? afterTo : firstOfMonth(to)
  const scope = (column: SQL) =>
    organizationPath === null
      ? sql`true`
      : sql`${column} in (select o.id from organizations o where o.path like ${organizationPath + '%'})`
  const parts: SQL[] = []
  if (fullStart < fullEnd) {
    parts.push(sql`select month, kind, level, admin_unit_id, activities, participants
      from activity_monthly_counts
      where month >= ${fullStart} and month < ${fullEnd} and ${scope(sql`organization_id`)}`)
    const edges: SQL[] = []
    if (from < fullStart) edges.push(sql`(day >= ${from} and day < ${fullStart})`)
    if (fullEnd <= to) edges.push(sql`(day >= ${fullEnd} and day <= ${to})`)
    if (edges.length)
      parts.push(sql`select date_trunc('month', day)::date, kind, level, admin_unit_id, activities, participants
        from activity_daily_counts where (${sql.join(edges, sql` or `)}) and ${scope(sql`organization_id`)}`)
  } else {
    parts.push(sql`select date_trunc('month', day)::date, kind, level, admin_unit_id, activities, participants
      from activity_daily_counts where day >= ${from} and day <= ${to} and ${scope(sql`organization_id`)}`)
  }
  return rowsOf<SummaryRow>(
    ex,
    sql`select case grouping(kind, level, month, admin_unit_id) when 3 then 'kind_level' when 13 then 'month' else 'unit' end as set,
          kind, level, admin_unit_id as "adminUnitId", to_char(month, 'YYYY-MM') as month,
          sum(activities)::int as activities, sum(participants)::bigint as participants
        from (${sql.join(parts, sql` union all `)}) x (month, kind, level, admin_unit_id, activities, participants)
        group by grouping sets ((kind, level), (month), (admin_unit_id))`,
  )
}

export interface ActivityFilters {
  scope: SQL
  kind?: string
  organizationPath?: string
  from?: string
  to?: string
  status?: string
  q?: string
  upcomingFrom?: string
  after: { startsOn: string; id: string } | null
}

export async function listActivities(ex: Executor, f: ActivityFilters, limit: number) {
  const conditions: SQL[] = [f.scope]
  if (f.kind) conditions.push(eq(activities.kind, f.kind))
  if (f.organizationPath)
    conditions.push(
      sql`${activities.organizationId} in (select o.id from organizations o where o.path like ${f.organizationPath + '%'})`,
    )
  if (f.from) conditions.push(gte(activities.startsOn, f.from))
  if (f.to) conditions.push(lte(activities.startsOn, f.to))
  if (f.status) conditions.push(eq(activities.status, f.status))
  if (f.q) conditions.push(sql`vn_fold(${activities.title}) like ${'%' + f.q + '%'}`)
  const select = ex
    .select({ row: activities, organizationName: organizations.name })
    .from(activities)
    .innerJoin(organizations, eq(organizations.id, activities.organizationId))
  if (f.upcomingFrom) {
    conditions.push(eq(activities.status, 'planned'), gte(activities.startsOn, f.upcomingFrom))
    if (f.after)
      conditions.push(
        or(
          sql`${activities.startsOn} > ${f.after.startsOn}`,
          and(eq(activities.startsOn, f.after.startsOn), sql`${activities.id} > ${f.after.id}`),
        ) as SQL,
      )
    return select
      .where(and(...conditions))
      .orderBy(asc(activities.startsOn), asc(activities.id))
      .limit(limit)
  }
  if (f.after)
    conditions.push(
      or(
        lt(activities.startsOn, f.after.startsOn),
        and(eq(activities.startsOn, f.after.startsOn), lt(activities.id, f.after.id)),
      ) as SQL,
    )
  return select
    .where(and(...conditions))
    .orderBy(newestFirst(activities.startsOn), newestFirst(activities.id))
    .limit(limit)
}

export async function findCommitment(
  ex: Executor,
  id: string,
  lock = false,
): Promise<Scoped<CommitmentRow> | null> {
  const query = ex
    .select({ row: commitments, organizationPath: organizations.path, organizationName: organizations.name })
    .from(commitments)
    .innerJoin(organizations, eq(organizations.id, commitments.organizationId))
    .where(eq(commitments.id, id))
  const [found] = lock ? await query.for('update', { of: commitments }) : await query
  return found ?? null
}

export async function insertCommitment(ex: Executor, row: NewCommitment): Promise<CommitmentRow> {
  const [inserted] = await ex.insert(commitments).values(row).returning()
  if (!inserted) throw new Error('commitment insert returned nothing')
  return inserted
}

export async function updateCommitmentRow(
  ex: Executor,
  id: string,
  version: number,
  patch: Partial<NewCommitment>,
): Promise<CommitmentRow | null> {
  const [updated] = await ex
    .update(commitments)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(commitments.id, id), eq(commitments.version, version)))
    .returning()
  return updated ?? null
}

export async function insertCommitmentEvent(ex: Executor, row: typeof commitmentEvents.$inferInsert) {
  await ex.insert(commitmentEvents).values(row)
}

export const commitmentEventsOf = (ex: Executor, id: string): Promise<CommitmentEventRow[]> =>
  ex
    .select()
    .from(commitmentEvents)
    .where(eq(commitmentEvents.commitmentId, id))
    .orderBy(asc(commitmentEvents.at), asc(commitmentEvents.id))

export const commitmentsOfActivity = (ex: Executor, activityId: string): Promise<CommitmentRow[]> =>
  ex
    .select()
    .from(commitments)
    .where(eq(commitments.activityId, activityId))
    .orderBy(asc(commitments.dueDate), asc(commitments.id))

export interface CommitmentFilters {
  scope: SQL
  status?: string
  openDueBefore?: string
  dueBetween?: [string, string]
  owner?: string
  activityId?: string
  kind?: string
  after: { dueDate: string; id: string } | null
}

export async function listCommitments(ex: Executor, f: CommitmentFilters, limit: number) {
  const conditions: SQL[] = [f.scope]
  if (f.status) conditions.push(eq(commitments.status, f.status))
  if (f.kind) conditions.push(eq(commitments.kind, f.kind))
  if (f.openDueBefore)
    conditions.push(
      inArray(commitments.status, ['open', 'extended']),
      lt(commitments.dueDate, f.openDueBefore),
    )
  if (f.dueBetween)
    conditions.push(
      inArray(commitments.status, ['open', 'extended']),
      gte(commitments.dueDate, f.dueBetween[0]),
      lte(commitments.dueDate, f.dueBetween[1]),
    )
  if (f.owner) conditions.push(eq(commitments.ownerOrganizationId, f.owner))
  if (f.activityId) conditions.push(eq(commitments.activityId, f.activityId))
  if (f.after)
    conditions.push(
      or(
        sql`${commitments.dueDate} > ${f.after.dueDate}`,
        and(eq(commitments.dueDate, f.after.dueDate), sql`${commitments.id} > ${f.after.id}`),
      ) as SQL,
    )
  return ex
    .select({
      row: commitments,
      activityTitle: activities.title,
      activityKind: activities.kind,
      activityStartsOn: activities.startsOn,
    })
    .from(commitments)
    .innerJoin(activities, eq(activities.id, commitments.activityId))
    .where(and(...conditions))
    .orderBy(asc(commitments.dueDate), asc(commitments.id))
    .limit(limit)
}
