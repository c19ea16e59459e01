import { desc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.ts'
import { adminUnits } from '../admin-units/admin-units.schema.ts'
import { organizations } from './organizations.schema.ts'

/** Cấp của cơ quan, đơn vị: central, province, (old) district, commune, or below the commune. */
export type OrganizationLevel = 'central' | 'province' | 'district' | 'commune' | 'below_commune'

/**
 * The level an organization works at. It is read from the administrative unit it serves, or — for a body
 * attached to none (a department, the Party's mobilization board, the Front of a commune) — from the
 * nearest organization above it that serves one. A chain without any unit is central when it has no
 * province (the system, a ministry) and provincial otherwise.
 */
export async function organizationLevel(ex: Executor, organizationId: string): Promise<OrganizationLevel> {
  const [self] = await ex
    .select({ path: organizations.path, provinceCode: organizations.provinceCode })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
  if (!self) throw new Error(`organization ${organizationId} not found`)
  const [served] = await ex
    .select({ level: adminUnits.level })
    .from(organizations)
    .innerJoin(adminUnits, eq(adminUnits.id, organizations.adminUnitId))
    .where(sql`${self.path} like ${organizations.path} || '%'`)
    .orderBy(desc(sql`length(${organizations.path})`))
    .limit(1)
  if (served) return served.level as OrganizationLevel
  return self.provinceCode ? 'province' : 'central'
}
