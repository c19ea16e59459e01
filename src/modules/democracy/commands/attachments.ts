import { authorize, covers } from '../../../platform/access/actor.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { notFound, validationFailed } from '../../../platform/errors.ts'
import {
  storeAttachmentsAudited,
  type AttachmentAccessCheck,
  type AttachmentView,
  type UploadedFile,
} from '../../../platform/files/index.ts'
import { findConference, findRules } from '../democracy.repo.ts'
import { messages } from '../messages.ts'

/** Minutes of a conference; the signed decision (or text) of a democracy rules version. */
export const CONFERENCE_ATTACHMENT = 'democracy_conference'
export const RULES_ATTACHMENT = 'democracy_rules'

type Owner = typeof CONFERENCE_ATTACHMENT | typeof RULES_ATTACHMENT

async function ownerOf(ctx: Context, ownerType: Owner, id: string) {
  const found =
    ownerType === CONFERENCE_ATTACHMENT ? await findConference(ctx.db.db, id) : await findRules(ctx.db.db, id)
  if (!found || !ctx.actor.permissions.has('democracy.read') || !covers(ctx.actor, found.organizationPath))
    throw notFound(ownerType === CONFERENCE_ATTACHMENT ? messages.conferenceNotFound : messages.rulesNotFound)
  return found
}

export async function addDemocracyAttachments(
  ctx: Context,
  ownerType: Owner,
  id: string,
  files: UploadedFile[],
): Promise<AttachmentView[]> {
  if (files.length === 0) throw validationFailed([{ path: 'attachments', message: messages.noFiles }])
  const found = await ownerOf(ctx, ownerType, id)
  authorize(ctx.actor, 'democracy.manage', { organizationPath: found.organizationPath })
  return ctx.db.transaction(async (tx) => {
    return storeAttachmentsAudited(tx, {
      ownerType,
      ownerId: id,
      organizationId: found.row.organizationId,
      provinceCode: found.row.provinceCode,
      files,
      audit: {
        actor: auditActor(ctx),
        requestId: ctx.requestId,
        action: `${ownerType}.attachments_added`,
        entityType: ownerType,
        entityId: id,
        fileFields: ['id', 'fileName', 'sha256'],
      },
    })
  })
}

export const checkConferenceAttachment: AttachmentAccessCheck = async (ctx, attachment) => {
  await ownerOf(ctx, CONFERENCE_ATTACHMENT, attachment.ownerId)
}
export const checkRulesAttachment: AttachmentAccessCheck = async (ctx, attachment) => {
  await ownerOf(ctx, RULES_ATTACHMENT, attachment.ownerId)
}
