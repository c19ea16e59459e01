import type { Executor } from '../../platform/db/database.ts'
import type { UnitDetail, UnitSummary } from '../../contracts/admin-units.ts'
import { vietnamDateOf } from '../calendar/dates.ts'
import {
  childIds,
  countByType,
  findUnitAt,
  parentsOf,
  successionsOf,
  successionClosure,
  type AdminUnitRow,
  type SuccessionRow,
} from './admin-units.repo.ts'

/** Today in Vietnam (UTC+7), the default date of every question about the map. */
export const todayInVietnam = (): string => vietnamDateOf(Date.now())

const ref = (u: AdminUnitRow) => ({
  code: u.code,
  name: u.name,
  type: u.type,
  level: u.level as UnitDetail['level'],
})
const presentSuccession = (s: SuccessionRow) => ({
  ...ref(s.unit),
  validFrom: s.unit.validFrom,
  validTo: s.unit.validTo,
  effectiveDate: s.effectiveDate,
  legalAct: s.legalAct,
})

/** The unit that had `code` on `at`, with its parents and history; undefined when no unit had it. */
export async function unitDetail(ex: Executor, code: string, at: string): Promise<UnitDetail | undefined> {
  const unit = await findUnitAt(ex, code, at)
  if (!unit) return undefined
  const [parents, predecessors, successors] = await Promise.all([
    parentsOf(ex, unit),
    successionsOf(ex, unit.id, 'predecessors'),
    successionsOf(ex, unit.id, 'successors'),
  ])
  return {
    ...ref(unit),
    parents: parents.map(ref),
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    predecessors: predecessors.map(presentSuccession),
    successors: successors.map(presentSuccession),
  }
}

/**
 * Today's units for a unit of any date: follows the successions (many-to-many) to the units in force
 * `today`; a unit in force today is its own answer. A unit without successors that is no longer in force
 * (a district, abolished on 01/07/2025) answers with what its children became. Used by reports that roll
 * data recorded under an old map up into today's provinces and communes (legal-facts §10: say which).
 */
export async function currentUnitsOf(
  ex: Executor,
  unit: AdminUnitRow,
  today: string = todayInVietnam(),
): Promise<AdminUnitRow[]> {
  const { reached, current } = await successionClosure(ex, [unit.id], today)
  if (current.length > 0) return current
  return (await successionClosure(ex, await childIds(ex, reached), today)).current
}

/** `currentUnitsOf` by code and date: undefined when no unit had that code on that date. */
export async function mapToCurrent(
  ex: Executor,
  code: string,
  at: string,
  today: string = todayInVietnam(),
): Promise<AdminUnitRow[] | undefined> {
  const unit = await findUnitAt(ex, code, at)
  return unit ? currentUnitsOf(ex, unit, today) : undefined
}

const levelTotals = { province: 'provinces', district: 'districts', commune: 'communes' } as const

/** How many units of each level and type were in force on a date. */
export async function unitSummary(ex: Executor, at: string): Promise<UnitSummary> {
  const summary: UnitSummary = { at, provinces: 0, districts: 0, communes: 0, byType: {} }
  for (const { level, type, count } of await countByType(ex, at)) {
    const total = levelTotals[level as keyof typeof levelTotals]
    if (total) summary[total] += count
    summary.byType[type] = (summary.byType[type] ?? 0) + count
  }
  return summary
}
