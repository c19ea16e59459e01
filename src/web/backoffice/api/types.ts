// Shapes of the JSON returned by the Dân Vận Số HTTP API (see the API contract).

export type UserStatus = 'active' | 'disabled'
export type OrganizationStatus = 'active' | 'inactive'

export type Permission =
  | 'users.read'
  | 'users.manage'
  | 'organizations.read'
  | 'organizations.manage'
  | 'audit.read'
  | 'tokens.manage'
  | 'calendar.read'
  | 'calendar.manage'
  | 'rules.read'
  | 'rules.manage'
  | 'admin_units.read'
  | 'admin_units.manage'
  | 'cases.read'
  | 'cases.intake'
  | 'cases.handle'
  | 'cases.reveal_identity'
  | 'reception.read'
  | 'reception.record'
  | 'reception.manage'
  | 'activities.read'
  | 'activities.record'
  | 'commitments.manage'
  | 'hotline.read'
  | 'hotline.log'
  | 'mail.read'
  | 'mail.manage'
  | 'documents.manage'
  | 'models.read'
  | 'models.manage'
  | 'models.recognise'
  | 'models.configure'
  | 'emulation.read'
  | 'emulation.manage'
  | 'emulation.review'
  | 'friendly.read'
  | 'friendly.assess'
  | 'friendly.rate'
  | 'friendly.configure'
  | 'democracy.read'
  | 'democracy.manage'

export interface User {
  id: string
  username: string
  fullName: string
  email: string | null
  organizationId: string
  organizationName: string
  roles: string[]
  status: UserStatus
  createdAt: string
  lastLoginAt: string | null
}

export interface Organization {
  id: string
  parentId: string | null
  code: string
  name: string
  kind: string
  provinceCode: string | null
  status: OrganizationStatus
  adminUnitId: string | null
  adminUnitCode: string | null
  contactPhone: string | null
  hotline: string | null
  email: string | null
  address: string | null
}

export type AdminUnitLevel = 'province' | 'district' | 'commune' | 'below_commune'

/** An administrative unit as listed by /api/admin-units. */
export interface AdminUnit {
  id: string
  code: string
  name: string
  shortName: string
  type: string
  level: AdminUnitLevel
  parentCode: string | null
  parentName: string | null
  provinceCode: string
  validFrom: string | null
  validTo: string | null
}

export interface AdminUnitRef {
  code: string
  name: string
  type: string
  level: AdminUnitLevel
}

export interface AdminUnitSuccession extends AdminUnitRef {
  validFrom: string | null
  validTo: string | null
  effectiveDate: string
  legalAct: string
}

export interface AdminUnitDetail extends AdminUnitRef {
  parents: AdminUnitRef[]
  validFrom: string | null
  validTo: string | null
  predecessors: AdminUnitSuccession[]
  successors: AdminUnitSuccession[]
}

export interface AdminUnitSummary {
  at: string
  provinces: number
  districts: number
  communes: number
  byType: Record<string, number>
}

export interface Me {
  user: User
  organizationId: string
  organization: Organization
  roles: string[]
  permissions: string[]
  /** null when the request was authenticated by an API token rather than the session cookie. */
  csrfToken: string | null
}

export interface LoginResponse {
  user: User
  csrfToken: string
}

export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface AuditEntry {
  id: string
  at: string
  actorId: string | null
  actorName: string | null
  action: string
  entityType: string
  entityId: string | null
  summary: Record<string, unknown> | null
  requestId: string | null
}

export interface ApiToken {
  id: string
  name: string
  userId: string
  username: string
  createdAt: string
  expiresAt: string | null
  lastUsedAt: string | null
  revokedAt: string | null
}

export interface CreatedApiToken extends ApiToken {
  token: string
}

export type HolidayKind = 'holiday' | 'compensatory' | 'day_off' | 'working_day'
export type OverrideKind = 'day_off' | 'working_day' | 'not_off'
export type PeriodUnit = 'days' | 'working_days'

export interface HolidayEntry {
  date: string
  name: string
  kind: HolidayKind
}

export interface Deadline {
  start: string
  amount: number
  unit: PeriodUnit
  due: string
  skipped: { date: string; reason: string }[]
}

export interface CalendarOverride {
  id: string
  date: string
  kind: OverrideKind
  name: string
  legalAct: string
  province: string | null
  recurring: boolean
  active: boolean
  createdAt: string
}

export interface Rule {
  key: string
  value: unknown
  effectiveFrom: string
  effectiveTo: string | null
  source: string
  note: string | null
}

export interface FieldError {
  path: string
  message: string
}

export interface Deadline {
  ruleKey: string
  due: string
  daysLeft: number
  overdue: boolean
}

export interface CaseItem {
  id: string
  trackingCode: string
  kind: string
  status: string
  statusLabel: string
  channel: string
  receivedAt: string
  field: string
  summary: string
  citizenName: string
  version: number
  deadline: Deadline | null
}

export interface CaseDetail extends CaseItem {
  content: string
  citizens: { displayName: string; protected: boolean; fullName: string | null; phone: string | null }[]
  allowedActions: { action: string; label: string; to: string; required: string[] }[]
  publicAnswer: string | null
  attachments: CaseAttachment[]
}

export interface CaseAttachment {
  id: string
  fileName: string
  mediaType: string
  size: number
  sha256: string
  createdAt: string
  protected: boolean
}

export interface CaseEvent {
  id: string
  action: string
  label: string
  actorName: string
  at: string
  stepDate: string
  dueDate: string | null
}

export interface Segment {
  text: string
  hit: boolean
}

export interface SearchHit {
  type: 'case' | 'visit' | 'matter'
  id: string
  score: number
  title: string
  trackingCode: string | null
  citizenName: string | null
  kind: string | null
  status: string
  statusLabel: string
  channel: string | null
  receivedAt: string | null
  letterCount: number | null
  deadline: CaseItem['deadline']
  highlight: { title: Segment[]; citizen: Segment[]; snippet: Segment[] }
}

export interface DuplicateCandidate {
  caseId: string
  trackingCode: string
  summary: string
  citizenName: string
  statusLabel: string
  receivedAt: string
  matterId: string | null
  score: number
  likely: boolean
  reasons: { code: string; text: string }[]
}

export interface HotlineCall {
  id: string
  callerNumber: string
  callerName: string | null
  calledAt: string
  summary: string
  kind: string
  field: string
  outcome: string
  answer: string | null
  caseId: string | null
  trackingCode: string | null
  operatorName: string
}

export interface InboundMail {
  id: string
  status: string
  reasonCode: string | null
  reason: string | null
  envelopeFrom: string | null
  headerFrom: string | null
  fromName: string | null
  subject: string | null
  textBody: string | null
  receivedAt: string
  caseId: string | null
  trackingCode: string | null
  attachments: { id: string; fileName: string; mediaType: string; size: number }[]
}

/** A document a case's steps produced (GET /api/cases/:id/documents). */
export interface CaseDocument {
  type: string
  label: string
  action: string | null
  date: string
  fileName: string
  formats: ('docx' | 'pdf')[]
  links: { docx: string; pdf: string }
}

/** A document template in force (GET /api/document-templates/:type). */
export interface DocumentTemplate {
  type: string
  label: string
  source: 'default' | 'own' | 'inherited'
  organizationId: string | null
  version: number
  numberSymbol: string
  title: string
  subtitle: string | null
  body: string
  recipients: string
  signerAuthority: string | null
  signerTitle: string
  updatedAt: string | null
  updatedBy: string | null
  placeholders: { name: string; label: string }[]
}
