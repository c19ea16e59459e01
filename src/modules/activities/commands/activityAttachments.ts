import { authorize, covers } from '../../../platform/access/actor.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { notFound, validationFailed } from '../../../platform/errors.ts'
import {
  storeAttachmentsAudited,
  type AttachmentAccessCheck,
  type AttachmentView,
  type UploadedFile,
} from '../../../platform/files/index.ts'
import { findActivity } from '../activities.repo.ts'
import { messages } from '../messages.ts'

export const ACTIVITY_ATTACHMENT = 'activity'

/** Minutes (biên bản), photos, attendee lists: added by those who record activities, in one transaction. */
export async function addActivityAttachments(
  ctx: Context,
  activityId: string,
  files: UploadedFile[],
): Promise<AttachmentView[]> {
  if (files.length === 0) throw validationFailed([{ path: 'attachments', message: messages.noFiles }])
  return ctx.db.transaction(async (tx) => {
    const found = await findActivity(tx, activityId)
    if (!found || !ctx.actor.permissions.has('activities.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.activityNotFound)
    authorize(ctx.actor, 'activities.record', { organizationPath: found.organizationPath })
    return storeAttachmentsAudited(tx, {
      ownerType: ACTIVITY_ATTACHMENT,
      ownerId: activityId,
      organizationId: found.row.organizationId,
      provinceCode: found.row.provinceCode,
      files,
      audit: {
        actor: auditActor(ctx),
        requestId: ctx.requestId,
        action: 'activity.attachments_added',
        entityType: 'activity',
        entityId: activityId,
      },
    })
  })
}

/** Who may open an activity's file: a reader of activities whose scope covers the activity. */
export const checkActivityAttachmentAccess: AttachmentAccessCheck = async (ctx, attachment) => {
  const found = await findActivity(ctx.db.db, attachment.ownerId)
  if (!found || !ctx.actor.permissions.has('activities.read') || !covers(ctx.actor, found.organizationPath))
    throw notFound(messages.activityNotFound)
}
