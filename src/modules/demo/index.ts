import { systemActor } from '../../platform/access/actor.ts'
import type { Context } from '../../platform/context.ts'
import type { Database } from '../../platform/db/database.ts'
import {
  createOrganization,
  findOrganizationByCode,
  findRootOrganization,
  updateOrganization,
} from '../organizations/index.ts'
import { createUser, findUserByUsername } from '../users/index.ts'
import { loadDemoCases, type CaseDeps } from '../cases/index.ts'
import { loadDemoReception } from '../reception/index.ts'
import { loadDemoActivities } from '../activities/index.ts'
import { loadDemoModels } from '../models/index.ts'
import { loadDemoEmulation } from '../emulation/index.ts'
import { loadDemoFriendly } from '../friendly-government/index.ts'
import { loadDemoDemocracy } from '../democracy/index.ts'
import { DEMO_PASSWORD, demoOrganizations, demoUsers, type DemoOrganization } from './demo-data.ts'

export { DEMO_PASSWORD, demoUsers } from './demo-data.ts'

/**
 * Demo communes and the administrative-unit codes their citizens' addresses use (sample codes in the
 * QĐ 19/2025 format; unit validation is wired by the administrative-units module).
 */
const demoCaseUnits: Record<string, string> = {
  'HN-BADINH': '00004',
  'HN-HOANKIEM': '00070',
  'HN-SOCSON': '04930',
}

/**
 * Loads the demo tree, accounts and (given the field-encryption key) a few hundred cases; what already
 * exists is left alone, so it can run at every start.
 */
export async function loadDemoData(
  db: Database,
  caseDeps?: CaseDeps,
): Promise<{ organizations: number; users: number; cases: number; activities: number }> {
  const ctx: Context = { actor: systemActor('Dữ liệu mẫu'), db, requestId: null }
  const root = await findRootOrganization(db.db)
  if (!root) throw new Error('root organization missing: run reference seeding first')
  let organizations = 0
  let users = 0
  const add = async (org: DemoOrganization): Promise<void> => {
    const existing = await findOrganizationByCode(db.db, org.code)
    if (existing && org.adminUnitCode && !existing.adminUnitId)
      await updateOrganization(ctx, existing.id, { adminUnitCode: org.adminUnitCode })
    if (existing && org.contacts && !existing.email) await updateOrganization(ctx, existing.id, org.contacts)
    if (!existing) {
      const parent = org.parent ? await findOrganizationByCode(db.db, org.parent) : root
      if (!parent) throw new Error(`demo parent ${org.parent} missing`)
      await createOrganization(ctx, {
        parentId: parent.id,
        code: org.code,
        name: org.name,
        kind: org.kind,
        provinceCode: '01',
        adminUnitCode: org.adminUnitCode ?? null,
        ...org.contacts,
      })
      organizations++
    }
    for (const child of org.children ?? []) await add(child)
  }
  for (const org of demoOrganizations) await add(org)
  for (const user of demoUsers) {
    if (await findUserByUsername(db.db, user.username)) continue
    const organization = await findOrganizationByCode(db.db, user.organization)
    if (!organization) throw new Error(`demo organization ${user.organization} missing`)
    await createUser(ctx, { ...user, password: DEMO_PASSWORD, organizationId: organization.id, email: null })
    users++
  }
  let cases = 0
  if (caseDeps) {
    const units = []
    for (const [code, unitCode] of Object.entries(demoCaseUnits)) {
      const organization = await findOrganizationByCode(db.db, code)
      if (organization) units.push({ id: organization.id, unitCode, provinceCode: organization.provinceCode })
    }
    cases = await loadDemoCases(db, caseDeps, units)
    await loadDemoReception(db, caseDeps)
  }
  const activities = await loadDemoActivities(db)
  await loadDemoModels(db)
  await loadDemoEmulation(db)
  await loadDemoFriendly(db)
  await loadDemoDemocracy(db)
  return { organizations, users, cases, activities }
}
