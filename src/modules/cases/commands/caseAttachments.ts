import { covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { forbidden, notFound, validationFailed } from '../../../platform/errors.ts'
import {
  listAttachments,
  storeAttachmentsAudited,
  type AttachmentAccessCheck,
  type AttachmentView,
  type UploadedFile,
} from '../../../platform/files/index.ts'
import type { Executor } from '../../../platform/db/database.ts'
import { findCase, insertReveal, type CaseRow } from '../cases.repo.ts'
import { messages } from '../messages.ts'

export const CASE_ATTACHMENT = 'case'

/**
 * Attachments of a case as its readers see them. When the denouncer's identity is protected, a scan of
 * the letter may show the handwriting or the name, so the file names are replaced by neutral labels and
 * the files open only through the reveal rule (see `checkCaseAttachmentAccess`).
 */
export async function caseAttachments(ex: Executor, row: Pick<CaseRow, 'id' | 'protectIdentity'>) {
  const files = await listAttachments(ex, CASE_ATTACHMENT, row.id)
  return files.map((file, i) =>
    row.protectIdentity
      ? { ...file, fileName: `Tệp đính kèm ${i + 1}`, protected: true }
      : { ...file, protected: false },
  )
}

/** Scans of a letter received by post, photos, documents the citizen brought: added by the officials handling the case. */
export async function addCaseAttachments(
  ctx: Context,
  caseId: string,
  files: UploadedFile[],
): Promise<(AttachmentView & { protected: boolean })[]> {
  if (files.length === 0) throw validationFailed([{ path: 'attachments', message: messages.noFiles }])
  return ctx.db.transaction(async (tx) => {
    const found = await findCase(tx, caseId)
    if (!found || !ctx.actor.permissions.has('cases.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.caseNotFound)
    if (!ctx.actor.permissions.has('cases.intake') && !ctx.actor.permissions.has('cases.handle'))
      throw forbidden()
    const stored = await storeCaseFiles(tx, found.row, files, {
      actor: auditActor(ctx),
      requestId: ctx.requestId,
    })
    const ids = new Set(stored.map((f) => f.id))
    return (await caseAttachments(tx, found.row)).filter((f) => ids.has(f.id))
  })
}

/**
 * Stores files with a case inside the caller's transaction (an official's upload, intake from the portal,
 * a confirmed e-mail) and audits them as `case.attachments_added`; `from` names where they came from.
 */
export async function storeCaseFiles(
  tx: Executor,
  row: Pick<CaseRow, 'id' | 'organizationId' | 'provinceCode' | 'trackingCode'>,
  files: { fileName: string; data: Buffer }[],
  audit: {
    actor: { id: string | null; name: string }
    requestId: string | null
    from?: Record<string, string>
  },
): Promise<AttachmentView[]> {
  return storeAttachmentsAudited(tx, {
    ownerType: CASE_ATTACHMENT,
    ownerId: row.id,
    organizationId: row.organizationId,
    provinceCode: row.provinceCode,
    files,
    audit: {
      actor: audit.actor,
      requestId: audit.requestId,
      action: 'case.attachments_added',
      entityType: 'case',
      entityId: row.id,
      summary: { trackingCode: row.trackingCode, ...audit.from },
      // Checksums, not names: a protected denouncer's file may be named after them.
      fileFields: ['id', 'sha256', 'size'],
    },
  })
}

/**
 * Who may open a case's file: a reader of the case within scope; for a protected denouncer, only a
 * holder of `cases.reveal_identity` who gives a reason, recorded like any other reveal.
 */
export const checkCaseAttachmentAccess: AttachmentAccessCheck = async (ctx, attachment, query) => {
  const found = await findCase(ctx.db.db, attachment.ownerId)
  if (!found || !ctx.actor.permissions.has('cases.read') || !covers(ctx.actor, found.organizationPath))
    throw notFound(messages.caseNotFound)
  if (!found.row.protectIdentity) return
  if (!ctx.actor.permissions.has('cases.reveal_identity')) throw forbidden(messages.protectedAttachment)
  const reason = query.reason?.trim() ?? ''
  if (reason.length < 20) throw validationFailed([{ path: 'reason', message: messages.revealReasonNeeded }])
  await ctx.db.transaction(async (tx) => {
    await insertReveal(tx, {
      id: newId(),
      caseId: found.row.id,
      provinceCode: found.row.provinceCode,
      userId: ctx.actor.userId,
      userName: ctx.actor.username,
      reason,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'case.protected_attachment_opened',
      entityType: 'case',
      entityId: found.row.id,
      organizationId: found.row.organizationId,
      provinceCode: found.row.provinceCode,
      summary: { trackingCode: found.row.trackingCode, attachmentId: attachment.id, reason },
      requestId: ctx.requestId,
    })
  })
}
