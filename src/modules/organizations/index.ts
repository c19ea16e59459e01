export { organizationRoutes } from './organizations.routes.ts'
export { createOrganization } from './commands/createOrganization.ts'
export { updateOrganization } from './commands/updateOrganization.ts'
export {
  findOrganization,
  findOrganizationByCode,
  findRootOrganization,
  insertOrganization,
} from './organizations.repo.ts'
export type { OrganizationRow } from './organizations.repo.ts'
export { presentOrganization } from './organizations.present.ts'
export { organizations } from './organizations.schema.ts'
export { ensureRootOrganization, ROOT_ORGANIZATION_ID } from './reference.ts'
export { organizationLevel, type OrganizationLevel } from './organization-level.ts'
