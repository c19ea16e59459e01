import { sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.ts'

export interface UnitOption {
  code: string
  name: string
  provinceCode: string
  level?: string
}

/** Administrative units in force on `today` ('YYYY-MM-DD') of one level, optionally of one province. */
export async function unitsInForce(
  db: Executor,
  level: 'province' | 'commune',
  today: string,
  provinceCode?: string,
): Promise<UnitOption[]> {
  const result = await db.execute<{ code: string; name: string; province_code: string }>(sql`
    select code, name, province_code from admin_units
    where level = ${level}
      and (valid_from is null or valid_from <= ${today})
      and (valid_to is null or valid_to >= ${today})
      ${provinceCode ? sql`and province_code = ${provinceCode}` : sql``}
    order by search_key, code`)
  return result.rows.map((r) => ({ code: r.code, name: r.name, provinceCode: r.province_code }))
}

export async function unitInForce(db: Executor, code: string, today: string): Promise<UnitOption | null> {
  const result = await db.execute<{ code: string; name: string; province_code: string; level: string }>(sql`
    select code, name, province_code, level from admin_units
    where code = ${code} and level in ('province', 'commune')
      and (valid_from is null or valid_from <= ${today})
      and (valid_to is null or valid_to >= ${today})
    limit 1`)
  const r = result.rows[0]
  return r ? { code: r.code, name: r.name, provinceCode: r.province_code, level: r.level } : null
}

/** An organization as the portal shows it, with its public contacts. */
export interface PortalOrganization {
  id: string
  code: string
  name: string
  kind: string
  path: string
  adminUnitCode: string | null
  contactPhone: string | null
  hotline: string | null
  email: string | null
  address: string | null
}

const columns = sql`o.id, o.code, o.name, o.kind, o.path, o.admin_unit_code,
  o.contact_phone, o.hotline, o.email, o.address`

type OrganizationRecord = {
  id: string
  code: string
  name: string
  kind: string
  path: string
  admin_unit_code: string | null
  contact_phone: string | null
  hotline: string | null
  email: string | null
  address: string | null
}

const present = (r: OrganizationRecord): PortalOrganization => ({
  id: r.id,
  code: r.code,
  name: r.name,
  kind: r.kind,
  path: r.path,
  adminUnitCode: r.admin_unit_code,
  contactPhone: r.contact_phone,
  hotline: r.hotline,
  email: r.email,
  address: r.address,
})

/** Active organizations serving an administrative unit, and every active organization below them. */
export async function organizationsOfUnit(db: Executor, unitCode: string): Promise<PortalOrganization[]> {
  const result = await db.execute<OrganizationRecord>(sql`
    select ${columns} from organizations o
    where o.status = 'active' and exists (
      select 1 from organizations top
      where top.admin_unit_code = ${unitCode} and top.status = 'active'
        and o.path like top.path || '%'
        -- not inside a lower organization serving another unit (a commune under the province)
        and not exists (
          select 1 from organizations mid
          where mid.admin_unit_code is not null and mid.admin_unit_code <> ${unitCode}
            and mid.path like top.path || '_%' and o.path like mid.path || '%'))
    order by o.path`)
  return result.rows.map(present)
}

/** Every active organization a citizen may send to (not the system root), in tree order. */
export async function receivingOrganizations(db: Executor): Promise<PortalOrganization[]> {
  const result = await db.execute<OrganizationRecord>(sql`
    select ${columns} from organizations o
    where o.status = 'active' and o.kind <> 'system'
    order by o.path`)
  return result.rows.map(present)
}
