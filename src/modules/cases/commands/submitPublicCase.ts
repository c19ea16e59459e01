import { systemActor } from '../../../platform/access/actor.ts'
import type { Database } from '../../../platform/db/database.ts'
import { validationFailed } from '../../../platform/errors.ts'
import type { UploadedFile } from '../../../platform/files/index.ts'
import type { CitizenInput } from '../../../contracts/cases.ts'
import { findOrganization, findOrganizationByCode } from '../../organizations/index.ts'
import type { CaseDeps } from '../identity.ts'
import type { CaseRow } from '../cases.repo.ts'
import type { CaseKind } from '../lifecycles/index.ts'
import { messages } from '../messages.ts'
import { storeCaseFiles } from './caseAttachments.ts'
import { intakeCase } from './intakeCase.ts'

/** What a citizen sends without an account, from the public API or the portal's send form. */
export interface PublicSubmission {
  kind: CaseKind
  organizationId?: string
  organizationCode?: string
  /** Absent only when `anonymous`. */
  citizen?: CitizenInput
  anonymous?: boolean
  /** Asked for a denunciation (Law on Denunciations Art. 47(2)); a denouncer's identity is protected anyway. */
  protectIdentity?: boolean
  summary: string
  content: string
  field?: CitizenField
  /** The citizen agreed that the answer be published on the portal (without the name). */
  publishConsent?: boolean
  /** Where it came from, for the audit trail ('Cổng tiếp nhận trực tuyến', 'Cổng thông tin công dân'). */
  via: string
  /** Photos, documents the citizen attached; checked by content, stored with the case. */
  files?: UploadedFile[]
}
type CitizenField = NonNullable<Parameters<typeof intakeCase>[2]['field']>

/** Anonymous sending is allowed for feedback, and for a denunciation — which is then not handled as one. */
export const ANONYMOUS_KINDS: readonly CaseKind[] = ['feedback', 'denunciation']

/**
 * Intake of a case a citizen sent online: the receiving organization the citizen chose (active only),
 * consent to personal-data processing recorded now (Law 91/2025/QH15), channel `portal`. The attachments
 * are stored in the intake's transaction, so a refused file leaves no case behind.
 */
export async function submitPublicCase(
  db: Database,
  deps: CaseDeps,
  input: PublicSubmission,
  requestId: string,
): Promise<CaseRow> {
  const organization = input.organizationId
    ? await findOrganization(db.db, input.organizationId)
    : input.organizationCode
      ? await findOrganizationByCode(db.db, input.organizationCode)
      : null
  if (!organization || organization.status !== 'active')
    throw validationFailed([{ path: 'organizationId', message: messages.organizationUnknown }])
  const anonymous = input.anonymous ?? false
  if (anonymous && !ANONYMOUS_KINDS.includes(input.kind))
    throw validationFailed([{ path: 'anonymous', message: messages.anonymousNotAllowed }])
  if (!anonymous && !input.citizen)
    throw validationFailed([{ path: 'citizen', message: messages.citizenMissing }])
  const now = new Date()
  const { row } = await intakeCase(
    { actor: systemActor(input.via), db, requestId },
    deps,
    {
      kind: input.kind,
      channel: 'portal',
      receivedAt: now.toISOString(),
      citizen: anonymous ? undefined : input.citizen,
      anonymous,
      summary: input.summary,
      content: input.content,
      field: input.field,
      protectIdentity: input.kind === 'denunciation' ? (input.protectIdentity ?? true) : false,
      consentedAt: now,
      publishConsent: input.publishConsent ?? false,
    },
    organization.id,
    input.files?.length
      ? async (tx, row) => {
          await storeCaseFiles(tx, row, input.files ?? [], {
            actor: { id: null, name: input.via },
            requestId,
          })
        }
      : undefined,
  )
  return row
}
