import { eq } from 'drizzle-orm'
import { covers, type Actor } from '../../platform/access/actor.ts'
import type { Database, Executor } from '../../platform/db/database.ts'
import { validationFailed } from '../../platform/errors.ts'
import { organizations } from '../organizations/index.ts'
import { ruleBookOf, versionAt } from '../rules/index.ts'
import { messages } from './messages.ts'

export interface OrganizationRef {
  id: string
  path: string
  name: string
  provinceCode: string | null
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
    })
    .from(organizations)
    .where(eq(organizations.id, id))
  if (!found || !covers(actor, found.path))
    throw validationFailed([{ path, message: messages.organizationNotFound }])
  return found
}

/**
 * The registration window of a year from the rule book (`emulation.registration_window`, in force on the
 * first day of the year): `{opens, closes}` as day-month within the year.
 */
export async function registrationWindow(
  db: Database,
  year: number,
): Promise<{ from: string; to: string; source: string } | null> {
  const rule = versionAt(await ruleBookOf(db), 'emulation.registration_window', `${year}-01-01`)
  const value = rule?.value as { opens?: string; closes?: string } | undefined
  if (!rule || !value?.opens || !value.closes) return null
  return { from: `${year}-${value.opens}`, to: `${year}-${value.closes}`, source: rule.source }
}
