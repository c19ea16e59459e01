import { recordAudit, type AuditEntry } from '../audit/audit.ts'
import type { Executor } from '../db/database.ts'
import { storeAttachment, type AttachmentView } from './files.ts'

/** What an audit entry keeps of each file it records. */
export type AuditedFileField = 'id' | 'fileName' | 'sha256' | 'size'

export interface AuditedUpload {
  /** The record the files belong to, as the attachment routes look it up. */
  ownerType: string
  ownerId: string
  organizationId: string
  provinceCode: string | null
  files: { fileName: string; data: Buffer }[]
  audit: {
    /** Also recorded as the files' creator. */
    actor: AuditEntry['actor']
    requestId: string | null
    action: string
    entityType: string
    entityId: string
    /** Said beside the files: a tracking code, a criterion, where the files came from. */
    summary?: Record<string, unknown>
    /** What the entry says of each file (default: all four). Leave the name out where it may name someone protected. */
    fileFields?: readonly AuditedFileField[]
  }
}

const ALL_FIELDS: readonly AuditedFileField[] = ['id', 'fileName', 'sha256', 'size']

/**
 * Stores uploaded files with their owner and writes the one audit entry that lists them, inside the
 * caller's transaction: the caller has checked that the owner exists and that the actor may add files.
 */
export async function storeAttachmentsAudited(
  tx: Executor,
  upload: AuditedUpload,
): Promise<AttachmentView[]> {
  const { audit } = upload
  const stored: AttachmentView[] = []
  for (const file of upload.files)
    stored.push(
      await storeAttachment(tx, {
        ownerType: upload.ownerType,
        ownerId: upload.ownerId,
        organizationId: upload.organizationId,
        provinceCode: upload.provinceCode,
        fileName: file.fileName,
        data: file.data,
        createdBy: audit.actor.id,
      }),
    )
  const fields = audit.fileFields ?? ALL_FIELDS
  await recordAudit(tx, {
    actor: audit.actor,
    action: audit.action,
    entityType: audit.entityType,
    entityId: audit.entityId,
    organizationId: upload.organizationId,
    provinceCode: upload.provinceCode,
    summary: {
      ...audit.summary,
      files: stored.map((file) => Object.fromEntries(fields.map((field) => [field, file[field]]))),
    },
    requestId: audit.requestId,
  })
  return stored
}
