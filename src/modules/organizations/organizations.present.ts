import type { OrganizationKind, OrganizationView } from '../../contracts/organizations.ts'
import type { OrganizationRow } from './organizations.repo.ts'

export const presentOrganization = (row: OrganizationRow): OrganizationView => ({
  id: row.id,
  parentId: row.parentId,
  code: row.code,
  name: row.name,
  kind: row.kind as OrganizationKind,
  provinceCode: row.provinceCode,
  status: row.status as OrganizationView['status'],
  adminUnitId: row.adminUnitId,
  adminUnitCode: row.adminUnitCode,
  contactPhone: row.contactPhone,
  hotline: row.hotline,
  email: row.email,
  address: row.address,
})
