import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { isDatabase, rows, type Database, type Executor } from '../../platform/db/database.ts'
import { processCache } from '../../platform/db/process-cache.ts'
import { adminUnits, adminUnitSuccessions, referenceData } from './admin-units.schema.ts'

export type AdminUnitRow = typeof adminUnits.$inferSelect

/** The unit was in force on that date (bounds inclusive; null = unknown start / still in force). */
export const inForceOn = (at: string): SQL =>
  sql`(${adminUnits.validFrom} is null or ${adminUnits.validFrom} <= ${at}) and (${adminUnits.validTo} is null or ${adminUnits.validTo} >= ${at})`

/** The unit that had this code on that date: a code alone does not identify a unit. */
/**
 * Every version of a code, read for each address of an intake: kept a minute in this process, forgotten
 * when this process adds units (the reference load runs before the server starts).
 */
const versionsCache = processCache<string, AdminUnitRow[]>(60_000)

export const forgetUnits = (db: Database): void => versionsCache.forget(db)

/** From this process's cache given the database; as the transaction sees it given one. */
export async function findUnitAt(
  db: Database | Executor,
  code: string,
  at: string,
): Promise<AdminUnitRow | undefined> {
  if (isDatabase(db)) {
    const versions = await versionsCache.get(db, code, async () => {
      const found = await db.db.select().from(adminUnits).where(eq(adminUnits.code, code))
      return found.length ? found : undefined
    })
    return versions?.find(
      (u) => (u.validFrom === null || u.validFrom <= at) && (u.validTo === null || u.validTo >= at),
    )
  }
  const [row] = await db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.code, code), inForceOn(at)))
    .limit(1)
  return row
}

export async function findUnitById(ex: Executor, id: string): Promise<AdminUnitRow | undefined> {
  const [row] = await ex.select().from(adminUnits).where(eq(adminUnits.id, id))
  return row
}

/** The chain of parents, nearest first. */
export async function parentsOf(ex: Executor, unit: AdminUnitRow): Promise<AdminUnitRow[]> {
  const chain: AdminUnitRow[] = []
  let parentId = unit.parentId
  while (parentId) {
    const parent = await findUnitById(ex, parentId)
    if (!parent) break
    chain.push(parent)
    parentId = parent.parentId
  }
  return chain
}

export interface SuccessionRow {
  unit: AdminUnitRow
  effectiveDate: string
  legalAct: string
}

/** Predecessors (direction 'from') or successors ('to') of a unit, with the date and legal act. */
export async function successionsOf(
  ex: Executor,
  unitId: string,
  direction: 'predecessors' | 'successors',
): Promise<SuccessionRow[]> {
  const other = alias(adminUnits, 'other')
  const [own, theirs] =
    direction === 'predecessors'
      ? [adminUnitSuccessions.successorId, adminUnitSuccessions.predecessorId]
      : [adminUnitSuccessions.predecessorId, adminUnitSuccessions.successorId]
  const found = await ex
    .select({
      unit: other,
      effectiveDate: adminUnitSuccessions.effectiveDate,
      legalAct: adminUnitSuccessions.legalAct,
    })
    .from(adminUnitSuccessions)
    .innerJoin(other, eq(other.id, theirs))
    .where(eq(own, unitId))
    .orderBy(asc(other.code))
  return found
}

/**
 * Every unit reachable from the seeds through successions (seeds included), in one recursive query;
 * `current` are those of them in force on `today`.
 */
export async function successionClosure(
  ex: Executor,
  seedIds: string[],
  today: string,
): Promise<{ reached: string[]; current: AdminUnitRow[] }> {
  if (seedIds.length === 0) return { reached: [], current: [] }
  const found = await rows<{ id: string; current: boolean }>(
    ex,
    sql`with recursive chain(id) as (
          select unnest(${`{${seedIds.join(',')}}`}::uuid[])
          union
          select s.successor_id from admin_unit_successions s join chain c on s.predecessor_id = c.id
        )
        select u.id, ((u.valid_from is null or u.valid_from <= ${today})
                      and (u.valid_to is null or u.valid_to >= ${today})) as current
        from chain join admin_units u on u.id = chain.id`,
  )
  const currentIds = found.filter((r) => r.current).map((r) => r.id)
  const current =
    currentIds.length === 0
      ? []
      : await ex
          .select()
          .from(adminUnits)
          .where(inArray(adminUnits.id, currentIds))
          .orderBy(asc(adminUnits.code))
  return { reached: found.map((r) => r.id), current }
}

export async function childIds(ex: Executor, parentIds: string[]): Promise<string[]> {
  if (parentIds.length === 0) return []
  const found = await ex
    .select({ id: adminUnits.id })
    .from(adminUnits)
    .where(inArray(adminUnits.parentId, parentIds))
  return found.map((r) => r.id)
}

/** Units in force on a date, counted by level and type (reference levels only). */
export async function countByType(
  ex: Executor,
  at: string,
): Promise<{ level: string; type: string; count: number }[]> {
  return ex
    .select({ level: adminUnits.level, type: adminUnits.type, count: sql<number>`count(*)::int` })
    .from(adminUnits)
    .where(and(inForceOn(at), sql`${adminUnits.level} <> 'below_commune'`))
    .groupBy(adminUnits.level, adminUnits.type)
}

export async function insertUnits(
  ex: Executor,
  values: (typeof adminUnits.$inferInsert)[],
): Promise<AdminUnitRow[]> {
  if (values.length === 0) return []
  return ex.insert(adminUnits).values(values).returning()
}

/** Codes of the units below one commune, to number the next ones. */
export async function localCodesUnder(ex: Executor, parentId: string): Promise<AdminUnitRow[]> {
  return ex
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.parentId, parentId), eq(adminUnits.level, 'below_commune')))
}

export const LOCAL_REVISION = 'admin_units.local'

/** Marks the unit list as changed, so that every process reloads its in-memory search index. */
export async function bumpRevision(ex: Executor, revision: string): Promise<void> {
  await ex
    .insert(referenceData)
    .values({ name: LOCAL_REVISION, fingerprint: revision })
    .onConflictDoUpdate({ target: referenceData.name, set: { fingerprint: revision, loadedAt: sql`now()` } })
}

/** The versions the search index depends on: reference data and local units. */
export async function currentRevision(ex: Executor): Promise<string> {
  const found = await ex
    .select({ name: referenceData.name, fingerprint: referenceData.fingerprint })
    .from(referenceData)
    .where(sql`${referenceData.name} like 'admin_units%'`)
    .orderBy(asc(referenceData.name))
  return found.map((r) => r.fingerprint).join('|')
}

export async function allUnits(ex: Executor): Promise<AdminUnitRow[]> {
  return ex.select().from(adminUnits)
}
