import { eq } from 'drizzle-orm'
import { covers, type Actor } from '../../platform/access/actor.ts'
import type { Executor } from '../../platform/db/database.ts'
import { validationFailed, type FieldError } from '../../platform/errors.ts'
import { findUnitAt, type AdminUnitRow } from '../admin-units/index.ts'
import { organizations } from '../organizations/index.ts'
import { kinds, type ActivityKind, type ActivityLevel } from './kinds.ts'
import { kindLabels, messages } from './messages.ts'

/** The district level ended on 01/07/2025 (legal-facts §10). */
export const REFORM_DATE = '2025-07-01'

const fieldErrors = (prefix: string, issues: { path: PropertyKey[]; message: string }[]): FieldError[] =>
  issues.map((i) => ({ path: [prefix, ...i.path.map(String)].join('.'), message: i.message }))

/** The kind's own fields, validated by the kind's schema; errors name `details.<field>`. */
export function parseDetails(kind: ActivityKind, details: unknown): Record<string, unknown> {
  const result = kinds[kind].details.safeParse(details ?? {})
  if (!result.success) throw validationFailed(fieldErrors('details', result.error.issues))
  return result.data as Record<string, unknown>
}

/** Participant counts: only the groups the kind declares. Returns the counts and their total. */
export function checkParticipants(kind: ActivityKind, counts: Record<string, number>): number {
  const allowed = kinds[kind].groups as readonly string[]
  const errors = Object.keys(counts)
    .filter((g) => !allowed.includes(g))
    .map((g) => ({ path: `participants.${g}`, message: messages.groupNotCounted(kindLabels[kind]) }))
  if (errors.length) throw validationFailed(errors)
  return Object.values(counts).reduce((sum, n) => sum + n, 0)
}

export interface OrganizationRef {
  id: string
  path: string
  name: string
  provinceCode: string | null
  adminUnitCode: string | null
  parentId: string | null
}

export async function organizationInScope(
  ex: Executor,
  actor: Actor,
  id: string,
  path = 'organizationId',
): Promise<OrganizationRef> {
  const [found] = await ex
    .select({
      id: organizations.id,
      path: organizations.path,
      name: organizations.name,
      provinceCode: organizations.provinceCode,
      adminUnitCode: organizations.adminUnitCode,
      parentId: organizations.parentId,
    })
    .from(organizations)
    .where(eq(organizations.id, id))
  if (!found || !covers(actor, found.path))
    throw validationFailed([{ path, message: messages.organizationNotFound }])
  return found
}

const levelOfUnit = (unit: AdminUnitRow): ActivityLevel =>
  unit.level === 'province' ? 'province' : unit.level === 'district' ? 'district' : 'commune'

/**
 * Where and at which level it happened: the unit named (or the organization's own unit) as it was on the
 * day, and the level given or read from that unit. A named code unknown on that day is an error; the
 * organization's unit not yet in force then (an activity before the 2025 reform) is left out.
 */
export async function placeOf(
  ex: Executor,
  organization: OrganizationRef,
  startsOn: string,
  unitCode: string | null | undefined,
  level: ActivityLevel | undefined,
): Promise<{ unit: AdminUnitRow | null; level: ActivityLevel }> {
  let unit: AdminUnitRow | null = null
  if (unitCode) {
    unit = (await findUnitAt(ex, unitCode, startsOn)) ?? null
    if (!unit)
      throw validationFailed([{ path: 'unitCode', message: messages.unitNotFound(unitCode, startsOn) }])
  } else if (unitCode === undefined && organization.adminUnitCode) {
    unit = (await findUnitAt(ex, organization.adminUnitCode, startsOn)) ?? null
  }
  const chosen: ActivityLevel =
    level ?? (unit ? levelOfUnit(unit) : organization.provinceCode ? 'province' : 'central')
  if (chosen === 'district' && startsOn >= REFORM_DATE)
    throw validationFailed([{ path: 'level', message: messages.levelMismatch }])
  return { unit, level: chosen }
}
