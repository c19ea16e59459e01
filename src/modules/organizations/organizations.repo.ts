import { and, asc, eq, gt, isNull, type SQL } from 'drizzle-orm'
import { isDatabase, type Database, type Executor } from '../../platform/db/database.ts'
import { processCache } from '../../platform/db/process-cache.ts'
import { organizations } from './organizations.schema.ts'

export type OrganizationRow = typeof organizations.$inferSelect

/** Organizations read on every intake: kept a minute in this process, forgotten when one is updated. */
const organizationCache = processCache<string, OrganizationRow>(60_000)

export const forgetOrganizations = (db: Database): void => organizationCache.forget(db)

/** From this process's cache given the database; as the transaction sees it given one. */
export async function findOrganization(
  db: Database | Executor,
  id: string,
): Promise<OrganizationRow | undefined> {
  const read = async (ex: Executor) =>
    (await ex.select().from(organizations).where(eq(organizations.id, id)))[0]
  return isDatabase(db) ? organizationCache.get(db, id, () => read(db.db)) : read(db)
}

export async function findOrganizationByCode(
  ex: Executor,
  code: string,
): Promise<OrganizationRow | undefined> {
  const [row] = await ex.select().from(organizations).where(eq(organizations.code, code))
  return row
}

/** Organizations in tree order (by path), after the cursor path, within the given scope. */
export async function listOrganizations(
  ex: Executor,
  scope: SQL,
  after: string | null,
  limit: number,
): Promise<OrganizationRow[]> {
  return ex
    .select()
    .from(organizations)
    .where(and(scope, after ? gt(organizations.path, after) : undefined))
    .orderBy(asc(organizations.path))
    .limit(limit)
}

export async function insertOrganization(
  ex: Executor,
  row: typeof organizations.$inferInsert,
): Promise<OrganizationRow> {
  const [inserted] = await ex.insert(organizations).values(row).returning()
  if (!inserted) throw new Error('insert returned nothing')
  return inserted
}

export async function updateOrganizationRow(
  ex: Executor,
  id: string,
  patch: Partial<
    Pick<
      OrganizationRow,
      | 'name'
      | 'kind'
      | 'status'
      | 'adminUnitId'
      | 'adminUnitCode'
      | 'contactPhone'
      | 'hotline'
      | 'email'
      | 'address'
    >
  >,
): Promise<OrganizationRow> {
  const [updated] = await ex
    .update(organizations)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(organizations.id, id))
    .returning()
  if (!updated) throw new Error('update returned nothing')
  return updated
}

export async function findRootOrganization(ex: Executor): Promise<OrganizationRow | undefined> {
  const [row] = await ex.select().from(organizations).where(isNull(organizations.parentId)).limit(1)
  return row
}
