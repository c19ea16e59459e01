import { ATTACHMENT_LIMITS } from '../../platform/files/index.ts'
import type { CaseKind } from '../cases/index.ts'
import type { FieldError } from './layout.ts'
import { sendErrors } from './messages.ts'

export const SEND_KINDS = [
  'feedback',
  'petition',
  'complaint',
  'denunciation',
] as const satisfies readonly CaseKind[]
export const MAX_FILES = 5
export const MAX_FILE_MB = ATTACHMENT_LIMITS.maxBytes / 1024 / 1024
/** Kinds a citizen may send without a name (a denunciation then is not handled as one, Law on Denunciations Art. 25). */
const ANONYMOUS = new Set<string>(['feedback', 'denunciation'])

/** The send form as posted: field names are the contract. */
export interface SendFields {
  kind?: string
  organization?: string
  fullName?: string
  phone?: string
  email?: string
  summary?: string
  content?: string
  consent?: string
  publishConsent?: string
  protectIdentity?: string
  anonymous?: string
}

export interface SendRequest {
  kind: (typeof SEND_KINDS)[number]
  organizationId: string
  anonymous: boolean
  protectIdentity: boolean
  citizen?: { fullName: string; phone?: string; email?: string }
  summary: string
  content: string
  publishConsent: boolean
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const PHONE = /^\+?[0-9 .-]{8,15}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const checked = (v: string | undefined): boolean => v === 'on' || v === '1' || v === 'true' || v === 'yes'
const clean = (v: string | undefined): string => (v ?? '').replace(/\r\n/g, '\n').trim()

/**
 * Checks the send form field by field; every error names the field and says what to fix. The checks
 * mirror the intake contract (src/contracts/cases.ts) so a form that passes here is accepted there.
 */
export function validateSendForm(
  fields: SendFields,
  knownOrganization: (id: string) => boolean,
): { ok: true; value: SendRequest } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = []
  const kind = SEND_KINDS.find((k) => k === fields.kind)
  if (!kind) errors.push({ field: 'kind', message: sendErrors.kind })
  const organizationId = clean(fields.organization)
  if (!UUID.test(organizationId) || !knownOrganization(organizationId))
    errors.push({ field: 'organization', message: sendErrors.organization })
  const anonymous = checked(fields.anonymous)
  if (anonymous && kind && !ANONYMOUS.has(kind))
    errors.push({ field: 'anonymous', message: sendErrors.anonymous })
  const fullName = clean(fields.fullName).replace(/\s+/g, ' ')
  const phone = clean(fields.phone)
  const email = clean(fields.email)
  if (!anonymous) {
    if (fullName.length < 2 || fullName.length > 200)
      errors.push({ field: 'fullName', message: sendErrors.fullName })
    if (phone && !PHONE.test(phone)) errors.push({ field: 'phone', message: sendErrors.phone })
    if (email && (!EMAIL.test(email) || email.length > 254))
      errors.push({ field: 'email', message: sendErrors.email })
    if (!phone && !email) errors.push({ field: 'phone', message: sendErrors.contact })
  }
  const summary = clean(fields.summary).replace(/\s+/g, ' ')
  if (summary.length < 5 || summary.length > 500)
    errors.push({ field: 'summary', message: sendErrors.summary })
  const content = clean(fields.content)
  if (content.length < 5 || content.length > 20_000)
    errors.push({ field: 'content', message: sendErrors.content })
  if (!checked(fields.consent)) errors.push({ field: 'consent', message: sendErrors.consent })
  if (errors.length || !kind) return { ok: false, errors }
  return {
    ok: true,
    value: {
      kind,
      organizationId,
      anonymous,
      protectIdentity: kind === 'denunciation' && !anonymous && checked(fields.protectIdentity),
      citizen: anonymous ? undefined : { fullName, ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
      summary,
      content,
      publishConsent: checked(fields.publishConsent),
    },
  }
}
