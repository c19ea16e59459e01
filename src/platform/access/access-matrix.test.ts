import { describe, expect, it } from 'vitest'
import { authorize, covers, userActor } from './actor.ts'
import { permissions, rolePermissions, roles, type Permission, type Role } from './permissions.ts'

// The tree used by the matrix: root ─ province ─ commune, and a sibling commune.
const ROOT = '/root/'
const PROVINCE = '/root/province/'
const COMMUNE = '/root/province/commune/'
const SIBLING = '/root/province/sibling/'

const actorAt = (role: Role, path: string) =>
  userActor({
    id: '00000000-0000-7000-8000-0000000000aa',
    username: 'nguoi.dung',
    fullName: 'Người Dùng',
    organizationId: '00000000-0000-7000-8000-0000000000bb',
    organizationPath: path,
    provinceCode: '01',
    roles: [role],
  })

/** What the law of this platform says each role may do: kept beside the test, not derived from the code. */
const reads: readonly Permission[] = ['calendar.read', 'rules.read', 'admin_units.read']
const caseWork: readonly Permission[] = ['cases.read', 'cases.intake', 'cases.handle']
const activityWork: readonly Permission[] = ['activities.read', 'activities.record', 'commitments.manage']
const channelWork: readonly Permission[] = ['hotline.read', 'hotline.log', 'mail.read']
const movementWork: readonly Permission[] = [
  'models.read',
  'models.manage',
  'emulation.read',
  'emulation.manage',
  'friendly.read',
  'friendly.assess',
  'democracy.read',
  'democracy.manage',
]
const movementReads: readonly Permission[] = [
  'models.read',
  'emulation.read',
  'friendly.read',
  'democracy.read',
]
const expected: Record<Role, readonly Permission[]> = {
  system_admin: permissions.filter((p) => p !== 'cases.reveal_identity'),
  unit_admin: permissions.filter(
    (p) =>
      ![
        'rules.manage',
        'cases.intake',
        'cases.handle',
        'cases.reveal_identity',
        'reception.record',
        'activities.record',
        'commitments.manage',
        'hotline.log',
        'models.manage',
        'models.recognise',
        'emulation.manage',
        'emulation.review',
        'friendly.assess',
        'friendly.rate',
      ].includes(p),
  ),
  leader: [
    'users.read',
    'organizations.read',
    'audit.read',
    ...reads,
    ...caseWork,
    'cases.reveal_identity',
    'reception.read',
    'reception.record',
    'reception.manage',
    ...activityWork,
    ...channelWork,
    'mail.manage',
    ...movementWork,
    'models.recognise',
    'emulation.review',
    'friendly.rate',
  ],
  handler: [
    'organizations.read',
    ...reads,
    ...caseWork,
    'reception.read',
    'activities.read',
    ...channelWork,
    'models.read',
  ],
  reception_officer: [
    'organizations.read',
    ...reads,
    'cases.read',
    'cases.intake',
    'reception.read',
    'reception.record',
    'activities.read',
    ...channelWork,
    'models.read',
  ],
  mobilization_officer: ['organizations.read', ...reads, 'reception.read', ...activityWork, ...movementWork],
  supervisor: [
    'users.read',
    'organizations.read',
    'audit.read',
    ...reads,
    'cases.read',
    'reception.read',
    'activities.read',
    'hotline.read',
    'mail.read',
    ...movementReads,
  ],
  viewer: ['organizations.read', ...reads, 'activities.read', ...movementReads],
}

const cases = roles.flatMap((role) =>
  permissions.flatMap((permission) =>
    (['inside', 'outside'] as const).map((where) => ({ role, permission, where })),
  ),
)

describe('access-control matrix: every role × every permission × inside/outside its subtree', () => {
  it.each(cases)('$role / $permission / $where', ({ role, permission, where }) => {
    const actor = actorAt(role, PROVINCE)
    const target = { organizationPath: where === 'inside' ? COMMUNE : '/root/other-province/x/' }
    const granted = expected[role].includes(permission)
    const allowed = granted && (where === 'inside' || role === 'system_admin')
    if (allowed) expect(() => authorize(actor, permission, target)).not.toThrow()
    else
      expect(() => authorize(actor, permission, target)).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN' }),
      )
  })

  it('declares exactly the expected permissions per role', () => {
    for (const role of roles) expect([...rolePermissions[role]].sort()).toEqual([...expected[role]].sort())
  })
})

describe('subtree scope', () => {
  it('covers the own organization and everything below it, not siblings or parents', () => {
    const actor = actorAt('unit_admin', PROVINCE)
    expect(covers(actor, PROVINCE)).toBe(true)
    expect(covers(actor, COMMUNE)).toBe(true)
    expect(covers(actor, ROOT)).toBe(false)
    expect(covers(actorAt('unit_admin', COMMUNE), SIBLING)).toBe(false)
  })

  it('gives a system admin every organization wherever it sits', () => {
    expect(covers(actorAt('system_admin', COMMUNE), ROOT)).toBe(true)
  })

  it('does not mistake a path prefix of another id for a parent', () => {
    expect(covers(actorAt('unit_admin', '/root/prov/'), '/root/province/')).toBe(false)
  })
})
