/**
 * Every permission and every role, declared in one place. A module adds its permissions here; handlers
 * ask `authorize(actor, permission, target)` and never inspect roles themselves.
 */
export const permissions = [
  'users.read',
  'users.manage',
  'organizations.read',
  'organizations.manage',
  'audit.read',
  'tokens.manage',
  'calendar.read',
  'calendar.manage',
  'rules.read',
  'rules.manage',
  'admin_units.read',
  'admin_units.manage',
  'cases.read',
  'cases.intake',
  'cases.handle',
  'cases.reveal_identity',
  'documents.manage',
] as const
export type Permission = (typeof permissions)[number]

export const roles = [
  'system_admin',
  'unit_admin',
  'leader',
  'handler',
  'reception_officer',
  'mobilization_officer',
  'supervisor',
  'viewer',
] as const
export type Role = (typeof roles)[number]

/**
 * Seeing a protected denouncer's identity is a leader's decision, given with a reason (Law on
 * Denunciations Art. 8(3), 47(2)): not even a system administrator holds it.
 */
const everything: readonly Permission[] = permissions.filter((p) => p !== 'cases.reveal_identity')

/** Case work of the officials who receive and handle letters. */
const caseWork: readonly Permission[] = ['cases.read', 'cases.intake', 'cases.handle']

/**
 * Reference reads every official needs: the working-day calendar, the rule book of legal deadlines and
 * the administrative units.
 */
const referenceReads: readonly Permission[] = ['calendar.read', 'rules.read', 'admin_units.read']

export const rolePermissions: Record<Role, readonly Permission[]> = {
  /** Quản trị hệ thống — every permission, over every organization. */
  system_admin: everything,
  /**
   * Quản trị đơn vị — accounts and organizations of its own subtree, calendar overrides of its own
   * province, units below its communes; the rule book of legal deadlines is nationwide and only a system admin versions it.
   */
  unit_admin: everything.filter((p) => p !== 'rules.manage' && p !== 'cases.intake' && p !== 'cases.handle'),
  /** Lãnh đạo — sees its staff and the audit trail of its unit. */
  leader: [
    'users.read',
    'organizations.read',
    'audit.read',
    ...referenceReads,
    ...caseWork,
    'cases.reveal_identity',
  ],
  /** Chuyên viên xử lý */
  handler: ['organizations.read', ...referenceReads, ...caseWork],
  /** Cán bộ tiếp công dân — receives letters and sees the cases of its unit. */
  reception_officer: ['organizations.read', ...referenceReads, 'cases.read', 'cases.intake'],
  /** Cán bộ dân vận */
  mobilization_officer: ['organizations.read', ...referenceReads],
  /** Giám sát — read-only over what it supervises. */
  supervisor: ['users.read', 'organizations.read', 'audit.read', ...referenceReads, 'cases.read'],
  /** Người xem */
  viewer: ['organizations.read', ...referenceReads],
}

/** Roles whose holders see every organization, not only their own subtree. */
export const globalRoles: readonly Role[] = ['system_admin']

/** Roles a unit admin may not hand out. */
export const restrictedRoles: readonly Role[] = ['system_admin']

export function permissionsOf(assigned: readonly string[]): Permission[] {
  const granted = new Set<Permission>()
  for (const role of assigned) for (const p of rolePermissions[role as Role] ?? []) granted.add(p)
  return permissions.filter((p) => granted.has(p))
}

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value)
