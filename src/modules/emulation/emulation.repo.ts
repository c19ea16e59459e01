import { and, asc, desc, eq, lt, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.ts'
import { organizations } from '../organizations/index.ts'
import { emulationEvents, emulationPacts, emulationRegistrations } from './emulation.schema.ts'

export type RegistrationRow = typeof emulationRegistrations.$inferSelect
export type NewRegistration = typeof emulationRegistrations.$inferInsert
export type PactRow = typeof emulationPacts.$inferSelect
export type NewPact = typeof emulationPacts.$inferInsert
export type EmulationEventRow = typeof emulationEvents.$inferSelect

export interface Scoped<T> {
  row: T
  organizationPath: string
  organizationName: string
}

export async function findRegistration(
  ex: Executor,
  id: string,
  lock = false,
): Promise<Scoped<RegistrationRow> | null> {
  const query = ex
    .select({
      row: emulationRegistrations,
      organizationPath: organizations.path,
      organizationName: organizations.name,
    })
    .from(emulationRegistrations)
    .innerJoin(organizations, eq(organizations.id, emulationRegistrations.organizationId))
    .where(eq(emulationRegistrations.id, id))
  const [found] = lock ? await query.for('update', { of: emulationRegistrations }) : await query
  return found ?? null
}

export async function findPact(ex: Executor, id: string, lock = false): Promise<Scoped<PactRow> | null> {
  const query = ex
    .select({
      row: emulationPacts,
      organizationPath: organizations.path,
      organizationName: organizations.name,
    })
    .from(emulationPacts)
    .innerJoin(organizations, eq(organizations.id, emulationPacts.organizationId))
    .where(eq(emulationPacts.id, id))
  const [found] = lock ? await query.for('update', { of: emulationPacts }) : await query
  return found ?? null
}

/** Inserts a collective's registration unless it already has one for the year (null then). */
export async function insertRegistration(
  ex: Executor,
  row: NewRegistration,
): Promise<RegistrationRow | null> {
  const [inserted] = await ex.insert(emulationRegistrations).values(row).onConflictDoNothing().returning()
  return inserted ?? null
}

export async function insertPact(ex: Executor, row: NewPact): Promise<PactRow> {
  const [inserted] = await ex.insert(emulationPacts).values(row).returning()
  if (!inserted) throw new Error('pact insert returned nothing')
  return inserted
}

export async function updateRegistrationRow(
  ex: Executor,
  id: string,
  version: number,
  patch: Partial<NewRegistration>,
): Promise<RegistrationRow | null> {
  const [updated] = await ex
    .update(emulationRegistrations)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(emulationRegistrations.id, id), eq(emulationRegistrations.version, version)))
    .returning()
  return updated ?? null
}

export async function updatePactRow(
  ex: Executor,
  id: string,
  version: number,
  patch: Partial<NewPact>,
): Promise<PactRow | null> {
  const [updated] = await ex
    .update(emulationPacts)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(emulationPacts.id, id), eq(emulationPacts.version, version)))
    .returning()
  return updated ?? null
}

export async function insertEmulationEvent(ex: Executor, row: typeof emulationEvents.$inferInsert) {
  await ex.insert(emulationEvents).values(row)
}

export const registrationEventsOf = (ex: Executor, id: string): Promise<EmulationEventRow[]> =>
  ex
    .select()
    .from(emulationEvents)
    .where(eq(emulationEvents.registrationId, id))
    .orderBy(asc(emulationEvents.at), asc(emulationEvents.id))

interface ListFilters {
  scope: SQL
  year?: number
  status?: string
  registrantKind?: string
  organizationPath?: string
  after: string | null
}

export async function listRegistrations(ex: Executor, f: ListFilters, limit: number) {
  const conditions: SQL[] = [f.scope]
  if (f.year) conditions.push(eq(emulationRegistrations.year, f.year))
  if (f.status) conditions.push(eq(emulationRegistrations.status, f.status))
  if (f.registrantKind) conditions.push(eq(emulationRegistrations.registrantKind, f.registrantKind))
  if (f.organizationPath) conditions.push(sql`${organizations.path} like ${f.organizationPath + '%'}`)
  if (f.after) conditions.push(lt(emulationRegistrations.id, f.after))
  return ex
    .select({ row: emulationRegistrations, organizationName: organizations.name })
    .from(emulationRegistrations)
    .innerJoin(organizations, eq(organizations.id, emulationRegistrations.organizationId))
    .where(and(...conditions))
    .orderBy(desc(emulationRegistrations.id))
    .limit(limit)
}

export async function listPacts(ex: Executor, f: Omit<ListFilters, 'registrantKind'>, limit: number) {
  const conditions: SQL[] = [f.scope]
  if (f.year) conditions.push(eq(emulationPacts.year, f.year))
  if (f.status) conditions.push(eq(emulationPacts.status, f.status))
  if (f.organizationPath) conditions.push(sql`${organizations.path} like ${f.organizationPath + '%'}`)
  if (f.after) conditions.push(lt(emulationPacts.id, f.after))
  return ex
    .select({ row: emulationPacts, organizationName: organizations.name })
    .from(emulationPacts)
    .innerJoin(organizations, eq(organizations.id, emulationPacts.organizationId))
    .where(and(...conditions))
    .orderBy(desc(emulationPacts.id))
    .limit(limit)
}
