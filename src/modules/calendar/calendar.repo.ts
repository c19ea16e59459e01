import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.ts'
import { calendarOverrides } from './calendar.schema.ts'

export type OverrideRow = typeof calendarOverrides.$inferSelect

const live = isNull(calendarOverrides.removedAt)

/** Overrides that apply: active and not removed, oldest first (a later entry wins on the same date). */
export async function listApplyingOverrides(ex: Executor): Promise<OverrideRow[]> {
  return ex
    .select()
    .from(calendarOverrides)
    .where(and(live, eq(calendarOverrides.active, true)))
    .orderBy(asc(calendarOverrides.createdAt), asc(calendarOverrides.id))
}

/** Overrides not removed (active or not) touching `year` (recurring ones from their first year on), or all. */
export async function listOverrides(ex: Executor, year: number | null): Promise<OverrideRow[]> {
  const inYear =
    year === null
      ? undefined
      : or(
          and(
            eq(calendarOverrides.recurring, false),
            sql`extract(year from ${calendarOverrides.date}) = ${year}`,
          ),
          and(eq(calendarOverrides.recurring, true), lte(calendarOverrides.date, `${year}-12-31`)),
        )
  return ex
    .select()
    .from(calendarOverrides)
    .where(and(live, inYear))
    .orderBy(asc(calendarOverrides.date), asc(calendarOverrides.createdAt))
}

export async function findOverride(ex: Executor, id: string): Promise<OverrideRow | undefined> {
  const [row] = await ex
    .select()
    .from(calendarOverrides)
    .where(and(eq(calendarOverrides.id, id), live))
    .for('update')
  return row
}

export async function insertOverride(
  ex: Executor,
  row: typeof calendarOverrides.$inferInsert,
): Promise<OverrideRow> {
  const [inserted] = await ex.insert(calendarOverrides).values(row).returning()
  if (!inserted) throw new Error('insert returned nothing')
  return inserted
}

/** Inserts a shipped reference row unless its key exists (even removed: removal is the admin's choice). */
export async function insertReferenceOverride(
  ex: Executor,
  row: typeof calendarOverrides.$inferInsert,
): Promise<void> {
  await ex
    .insert(calendarOverrides)
    .values(row)
    .onConflictDoNothing({ target: calendarOverrides.referenceKey })
}

export async function updateOverride(
  ex: Executor,
  id: string,
  patch: Partial<Pick<OverrideRow, 'active' | 'removedAt' | 'removedBy'>>,
): Promise<OverrideRow> {
  const [updated] = await ex
    .update(calendarOverrides)
    .set(patch)
    .where(eq(calendarOverrides.id, id))
    .returning()
  if (!updated) throw new Error('update returned nothing')
  return updated
}
