import { eq, sql } from 'drizzle-orm'
import type { Database } from '../../../platform/db/database.ts'
import { adminUnits, adminUnitSuccessions, referenceData } from '../admin-units.schema.ts'
import { buildReferenceData, fingerprintReferenceFiles } from './build.ts'

/** Bump when the way units are built from the files changes: the next start reloads them. */
const LOADER_VERSION = 'admin-units/1'
export const REFERENCE_NAME = 'admin_units'
/** Rows per INSERT: large enough for few round trips, small enough for short transactions. */
const BATCH = 1000

export interface LoadOutcome {
  loaded: boolean
  fingerprint: string
  milliseconds: number
  units?: number
  successions?: number
  gaps?: number
}

export const referenceFingerprint = (): string => fingerprintReferenceFiles(LOADER_VERSION)

/**
 * Loads the vendored administrative units at every start, idempotently: nothing happens when the same data
 * version is loaded already. Otherwise rows are upserted by their stable ids in batches of their own short
 * transactions (the embedded database has one backend), references no longer in the data are removed when
 * nothing points at them, and the fingerprint is written last — an interrupted load is redone next time.
 */
export async function loadReferenceUnits(database: Database): Promise<LoadOutcome> {
  const started = performance.now()
  const fingerprint = referenceFingerprint()
  const [current] = await database.db
    .select({ fingerprint: referenceData.fingerprint })
    .from(referenceData)
    .where(eq(referenceData.name, REFERENCE_NAME))
  if (current?.fingerprint === fingerprint)
    return { loaded: false, fingerprint, milliseconds: Math.round(performance.now() - started) }

  const data = buildReferenceData()
  const { db } = database
  for (let i = 0; i < data.units.length; i += BATCH) {
    const batch = data.units.slice(i, i + BATCH).map((u) => ({ ...u, source: 'reference' }))
    await db
      .insert(adminUnits)
      .values(batch)
      .onConflictDoUpdate({
        target: adminUnits.id,
        set: {
          code: sql`excluded.code`,
          name: sql`excluded.name`,
          shortName: sql`excluded.short_name`,
          type: sql`excluded.type`,
          level: sql`excluded.level`,
          parentId: sql`excluded.parent_id`,
          provinceCode: sql`excluded.province_code`,
          validFrom: sql`excluded.valid_from`,
          validTo: sql`excluded.valid_to`,
          searchKey: sql`excluded.search_key`,
          updatedAt: sql`now()`,
        },
      })
  }
  await db.delete(adminUnitSuccessions)
  for (let i = 0; i < data.successions.length; i += BATCH)
    await db.insert(adminUnitSuccessions).values(data.successions.slice(i, i + BATCH))
  const ids = data.units.map((u) => u.id)
  await db.execute(sql`
    delete from admin_units u
    where u.source = 'reference' and not (u.id = any(${`{${ids.join(',')}}`}::uuid[]))
      and not exists (select 1 from admin_units c where c.parent_id = u.id)
      and not exists (select 1 from organizations o where o.admin_unit_id = u.id)`)
  const summary = {
    units: data.units.length,
    successions: data.successions.length,
    gaps: data.gaps.length,
    fixes: data.fixes.length,
  }
  await db
    .insert(referenceData)
    .values({ name: REFERENCE_NAME, fingerprint, summary })
    .onConflictDoUpdate({ target: referenceData.name, set: { fingerprint, summary, loadedAt: sql`now()` } })
  return { loaded: true, fingerprint, milliseconds: Math.round(performance.now() - started), ...summary }
}
