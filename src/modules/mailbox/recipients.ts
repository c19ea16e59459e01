import { eq } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.ts'
import { findOrganizationByCode, organizations, type OrganizationRow } from '../organizations/index.ts'

/**
 * The organization an inbound address belongs to: the one whose published e-mail (`organizations.email`,
 * case-insensitive) it is; failing that, `<organization code in lower case>@<any domain>`, e.g.
 * `hn-badinh@danvan.local`, so an organization without a published address still has an inbox.
 */
export async function organizationForAddress(
  db: Executor,
  address: string,
): Promise<OrganizationRow | undefined> {
  const normalized = address.trim().toLowerCase()
  const [published] = await db
    .select()
    .from(organizations)
    .where(eq(organizations.email, normalized))
    .limit(1)
  if (published) return published
  const local = normalized.split('@')[0] ?? ''
  if (!/^[a-z0-9][a-z0-9._-]{1,62}$/.test(local)) return undefined
  return findOrganizationByCode(db, local.toUpperCase())
}

/** The inbox address of an organization: its published e-mail, or the code address the listener accepts. */
export const addressOf = (organization: { code: string; email?: string | null }, domain: string): string =>
  organization.email ?? `${organization.code.toLowerCase()}@${domain}`
