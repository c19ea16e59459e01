import { covers, type Actor } from '../../platform/access/actor.ts'
import type { Executor } from '../../platform/db/database.ts'
import { validationFailed } from '../../platform/errors.ts'
import { findOrganization, findRootOrganization, type OrganizationRow } from '../organizations/index.ts'
import { messages } from './messages.ts'

/** The organization named (default: the caller's own, or the root for a system actor) if in scope. */
export async function organizationInScope(
  ex: Executor,
  actor: Actor,
  id: string | undefined,
  path = 'organizationId',
): Promise<OrganizationRow> {
  const wanted = id ?? actor.organizationId
  const found = wanted ? await findOrganization(ex, wanted) : await findRootOrganization(ex)
  if (!found || !covers(actor, found.path))
    throw validationFailed([{ path, message: messages.organizationNotFound }])
  return found
}
