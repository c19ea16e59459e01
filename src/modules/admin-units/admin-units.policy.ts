import type { Actor } from '../../platform/access/actor.ts'
import type { AdminUnitRow } from './admin-units.repo.ts'

/** What an organization covers on the map: its attached unit, else its province code. */
export interface OrganizationPlace {
  adminUnit: Pick<AdminUnitRow, 'id' | 'code' | 'level'> | null
  provinceCode: string | null
}

/**
 * May the actor add units below this commune? Units below the commune have no national list: the commune
 * keeps it (Law 10/2022/QH15 on grassroots democracy works through thôn and tổ dân phố). A system admin may
 * everywhere; a commune organization for its own commune; a provincial organization for the communes of
 * its province.
 */
export function mayManageBelow(actor: Actor, place: OrganizationPlace, commune: AdminUnitRow): boolean {
  if (actor.global) return true
  const unit = place.adminUnit
  if (unit?.level === 'commune') return unit.id === commune.id
  if (unit?.level === 'province') return unit.code === commune.provinceCode
  if (unit) return false
  return place.provinceCode !== null && place.provinceCode === commune.provinceCode
}
