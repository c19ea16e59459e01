import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { and, eq, isNull } from 'drizzle-orm'
import { z } from 'zod'
import type { Database } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import { criterionSchema, thresholdSchema } from './criteria.ts'
import { friendlyCriteriaSets } from './friendly.schema.ts'

const EXAMPLE_FILE = fileURLToPath(
  new URL('../../../db/reference/friendly-government/example-criteria-2023.json', import.meta.url),
)

const referenceSet = z.strictObject({
  code: z.string(),
  name: z.string(),
  issuer: z.string(),
  effectiveFrom: z.iso.date(),
  effectiveTo: z.iso.date().nullable(),
  isExample: z.boolean(),
  note: z.string(),
  criteria: z.array(criterionSchema).min(10),
  thresholds: z.array(thresholdSchema),
})
export type ReferenceCriteriaSet = z.infer<typeof referenceSet>

/** The shipped example set (db/reference/friendly-government), checked on every read. */
export function exampleCriteriaSet(): ReferenceCriteriaSet {
  return referenceSet.parse(JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')))
}

/**
 * Loads the example set as the default (no province) at every start, once: a version already present
 * (same code and first day) is left alone, so a set in use never changes under its evaluations.
 */
export async function loadFriendlyCriteria(db: Database): Promise<{ inserted: number }> {
  const set = exampleCriteriaSet()
  const [existing] = await db.db
    .select({ id: friendlyCriteriaSets.id })
    .from(friendlyCriteriaSets)
    .where(
      and(
        eq(friendlyCriteriaSets.code, set.code),
        eq(friendlyCriteriaSets.effectiveFrom, set.effectiveFrom),
        isNull(friendlyCriteriaSets.provinceCode),
      ),
    )
  if (existing) return { inserted: 0 }
  await db.db
    .insert(friendlyCriteriaSets)
    .values({ id: newId(), ...set, organizationId: null, provinceCode: null, createdBy: null })
    .onConflictDoNothing()
  return { inserted: 1 }
}
