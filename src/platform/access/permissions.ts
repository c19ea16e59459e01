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
  /** Add or retire field codes (lĩnh vực) for letters: system admin nationwide, unit admin for its subtree. */
  'cases.configure',
  'reception.read',
  'reception.record',
  'reception.manage',
  'activities.read',
  'activities.record',
  'commitments.manage',
  'hotline.read',
  'hotline.log',
  'mail.read',
  'mail.manage',
  'documents.manage',
  /** Mô hình "Dân vận khéo": read, register and submit, recognise/return/award, add field codes. */
  'models.read',
  'models.manage',
  'models.recognise',
  'models.configure',
  /** Thi đua: registrations and pacts; the council's and board's review and the commendation. */
  'emulation.read',
  'emulation.manage',
  'emulation.review',
  /** "Chính quyền thân thiện vì nhân dân phục vụ": read, self-assess (the unit), rate (the level above). */
  'friendly.read',
  'friendly.assess',
  'friendly.rate',
  /** A province's own criteria set (versions). */
  'friendly.configure',
  /** Grassroots democracy: conferences, enterprises register, internal democracy rules. */
  'democracy.read',
  'democracy.manage',
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

/** The hotline and the e-mail inbox: log calls, read the drafts that mail turns into (issue 8). */
const channelWork: readonly Permission[] = ['hotline.read', 'hotline.log', 'mail.read']

/** Recording mobilization activities and following their commitments to the end (issue 10). */
const activityWork: readonly Permission[] = ['activities.read', 'activities.record', 'commitments.manage']

/**
 * The movement of the unit (issue 11): registering "Dân vận khéo" models and emulation registrations,
 * pacts and self-assessments; the friendly-government self-assessment and the grassroots-democracy records.
 */
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

/** Reading models, emulation, evaluations and democracy records (supervisors, viewers). */
const movementReads: readonly Permission[] = [
  'models.read',
  'emulation.read',
  'friendly.read',
  'democracy.read',
]

export const rolePermissions: Record<Role, readonly Permission[]> = {
  /** Quản trị hệ thống — every permission, over every organization. */
  system_admin: everything,
  /**
   * Quản trị đơn vị — accounts and organizations of its own subtree, calendar overrides of its own
   * province, units below its communes; the rule book of legal deadlines is nationwide and only a system admin versions it.
   */
  unit_admin: everything.filter(
    (p) =>
      p !== 'rules.manage' &&
      p !== 'cases.intake' &&
      p !== 'cases.handle' &&
      p !== 'reception.record' &&
      p !== 'activities.record' &&
      p !== 'commitments.manage' &&
      p !== 'hotline.log' &&
      p !== 'models.manage' &&
      p !== 'models.recognise' &&
      p !== 'emulation.manage' &&
      p !== 'emulation.review' &&
      p !== 'friendly.assess' &&
      p !== 'friendly.rate',
  ),
  /** Lãnh đạo — sees its staff and the audit trail of its unit; recognises and awards models, reviews emulation. */
  leader: [
    'users.read',
    'organizations.read',
    'audit.read',
    ...referenceReads,
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
  /** Chuyên viên xử lý */
  handler: [
    'organizations.read',
    ...referenceReads,
    ...caseWork,
    'reception.read',
    'activities.read',
    ...channelWork,
    'models.read',
  ],
  /** Cán bộ tiếp công dân — receives letters and sees the cases of its unit. */
  reception_officer: [
    'organizations.read',
    ...referenceReads,
    'cases.read',
    'cases.intake',
    'reception.read',
    'reception.record',
    'activities.read',
    ...channelWork,
    'models.read',
  ],
  /**
   * Cán bộ dân vận — records dialogues, supervision, trainings… and follows their commitments; registers
   * models and emulation; fills the unit's friendly-government self-assessment and democracy records.
   */
  mobilization_officer: [
    'organizations.read',
    ...referenceReads,
    'reception.read',
    ...activityWork,
    ...movementWork,
  ],
  /** Giám sát — read-only over what it supervises. */
  supervisor: [
    'users.read',
    'organizations.read',
    'audit.read',
    ...referenceReads,
    'cases.read',
    'reception.read',
    'activities.read',
    'hotline.read',
    'mail.read',
    ...movementReads,
  ],
  /** Người xem */
  viewer: ['organizations.read', ...referenceReads, 'activities.read', ...movementReads],
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
