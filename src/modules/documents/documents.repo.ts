import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.ts'
import { adminUnits } from '../admin-units/index.ts'
import { documentTemplates } from './documents.schema.ts'

export type TemplateRow = typeof documentTemplates.$inferSelect

/**
 * The latest version of each override of `type` for the given organizations and the nationwide one
 * (organization null), newest version first.
 */
export async function overridesOf(
  db: Executor,
  type: string,
  organizationIds: string[],
): Promise<TemplateRow[]> {
  const ofOrganizations = organizationIds.length
    ? or(isNull(documentTemplates.organizationId), inArray(documentTemplates.organizationId, organizationIds))
    : isNull(documentTemplates.organizationId)
  return db
    .select()
    .from(documentTemplates)
    .where(and(eq(documentTemplates.type, type), ofOrganizations))
    .orderBy(desc(documentTemplates.version))
}

/** The highest version of one organization's (or the nationwide) override; 0 when none. */
export async function latestVersion(
  db: Executor,
  type: string,
  organizationId: string | null,
): Promise<number> {
  const [row] = await db
    .select({ version: sql<number>`coalesce(max(${documentTemplates.version}), 0)::int` })
    .from(documentTemplates)
    .where(
      and(
        eq(documentTemplates.type, type),
        organizationId === null
          ? isNull(documentTemplates.organizationId)
          : eq(documentTemplates.organizationId, organizationId),
      ),
    )
  return row?.version ?? 0
}

export async function insertTemplate(
  db: Executor,
  row: typeof documentTemplates.$inferInsert,
): Promise<TemplateRow> {
  const [inserted] = await db.insert(documentTemplates).values(row).returning()
  if (!inserted) throw new Error('template insert returned nothing')
  return inserted
}

/** Serializes saves of one template (organization, type) so two admins never take the same version. */
export async function lockTemplate(db: Executor, type: string, organizationId: string | null): Promise<void> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`document_template:${organizationId ?? 'national'}:${type}`}))`,
  )
}

/** The current name of an administrative unit by code (for a citizen's address). */
export async function unitNameOf(db: Executor, code: string | null): Promise<string | null> {
  if (!code) return null
  const [row] = await db
    .select({ name: adminUnits.name })
    .from(adminUnits)
    .where(and(eq(adminUnits.code, code), isNull(adminUnits.validTo)))
    .limit(1)
  return row?.name ?? null
}
