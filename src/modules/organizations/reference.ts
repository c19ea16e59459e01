import type { Executor } from '../../platform/db/database.ts'
import { findRootOrganization, insertOrganization, type OrganizationRow } from './organizations.repo.ts'

export const ROOT_ORGANIZATION_ID = '00000000-0000-7000-8000-000000000001'

/** The root of the organization tree: the platform itself, above every ministry and province. */
export async function ensureRootOrganization(ex: Executor): Promise<OrganizationRow> {
  const existing = await findRootOrganization(ex)
  if (existing) return existing
  return insertOrganization(ex, {
    id: ROOT_ORGANIZATION_ID,
    parentId: null,
    path: `/${ROOT_ORGANIZATION_ID}/`,
    code: 'DVS',
    name: 'Hệ thống Dân Vận Số',
    kind: 'system',
    provinceCode: null,
  })
}
