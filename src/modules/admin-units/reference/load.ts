import { eq, sql } from 'drizzle-orm'
import type { Database } from '../../../platform/db/database.ts'
import { adminUnitSuccessions, referenceData } from '../admin-units.schema.ts'
import { buildReferenceData, fingerprintReferenceFiles } from './build.ts'

/** Bump when the way units are built from the files changes: the next start reloads them. */
const LOADER_VERSION = 'admin-units/1'
export const REFERENCE_NAME = 'admin_units'
/** Rows per INSERT: few round trips, yet each statement (its own transaction) stays short. */
const BATCH = 2000

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
 * version is loaded already. Otherwise rows are upserted by their stable ids in batches, each its own short
 * transaction (the embedded database has one backend), references no longer in the data are removed when
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
  // One JSON parameter per batch: far fewer bound parameters than a multi-row VALUES list, which the
  // embedded database's wire protocol parses slowly.
  for (let i = 0; i < data.units.length; i += BATCH) {
    const batch = JSON.stringify(data.units.slice(i, i + BATCH))
    await db.execute(sql`
      insert into admin_units (id, code, name, short_name, type, level, parent_id, province_code,
                               valid_from, valid_to, search_key, source)
      select id, code, name, "shortName", type, level, "parentId", "provinceCode", "validFrom", "validTo",
             "searchKey", 'reference'
      from json_to_recordset(${batch}::json) as x(id uuid, code text, name text, "shortName" text, type text,
           level text, "parentId" uuid, "provinceCode" text, "validFrom" date, "validTo" date, "searchKey" text)
      on conflict (id) do update set code = excluded.code, name = excluded.name,
        short_name = excluded.short_name, type = excluded.type, level = excluded.level,
        parent_id = excluded.parent_id, province_code = excluded.province_code,
        valid_from = excluded.valid_from, valid_to = excluded.valid_to, search_key = excluded.search_key,
        updated_at = now()`)
  }
  await db.delete(adminUnitSuccessions)
  for (let i = 0; i < data.successions.length; i += BATCH) {
    const batch = JSON.stringify(data.successions.slice(i, i + BATCH))
    await db.execute(sql`
      insert into admin_unit_successions (predecessor_id, successor_id, effective_date, legal_act)
      select "predecessorId", "successorId", "effectiveDate", "legalAct"
      from json_to_recordset(${batch}::json) as x("predecessorId" uuid, "successorId" uuid,
           "effectiveDate" date, "legalAct" text)`)
  }
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
