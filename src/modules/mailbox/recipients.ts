import type { Executor } from '../../platform/db/database.ts'
import { findOrganizationByCode, type OrganizationRow } from '../organizations/index.ts'

/**
 * The organization an inbound address belongs to. Until organizations carry their own `email` column, an
 * organization's inbox is `<its code in lower case>@<any domain>`, e.g. `hn-badinh@danvan.local`.
 * (When `organizations.email` lands, look it up here first — this is the only place that maps addresses.)
 */
export async function organizationForAddress(
  db: Executor,
  address: string,
): Promise<OrganizationRow | undefined> {
  const local = address.trim().toLowerCase().split('@')[0] ?? ''
  if (!/^[a-z0-9][a-z0-9._-]{1,62}$/.test(local)) return undefined
  return findOrganizationByCode(db, local.toUpperCase())
}

/** The inbox address of an organization, as the listener accepts it. */
export const addressOf = (organization: { code: string }, domain: string): string =>
  `${organization.code.toLowerCase()}@${domain}`
