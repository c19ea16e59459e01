import { authorize, covers } from '../../../platform/access/actor.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { notFound, validationFailed } from '../../../platform/errors.ts'
import {
  storeAttachmentsAudited,
  type AttachmentAccessCheck,
  type AttachmentView,
  type UploadedFile,
} from '../../../platform/files/index.ts'
import { messages } from '../messages.ts'
import { findModel } from '../models.repo.ts'

export const MODEL_ATTACHMENT = 'model'

/** Photos, reports, recognition decisions: added by those who manage models, in one transaction. */
export async function addModelAttachments(
  ctx: Context,
  modelId: string,
  files: UploadedFile[],
): Promise<AttachmentView[]> {
  if (files.length === 0) throw validationFailed([{ path: 'attachments', message: messages.noFiles }])
  return ctx.db.transaction(async (tx) => {
    const found = await findModel(tx, modelId)
    if (!found || !ctx.actor.permissions.has('models.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.modelNotFound)
    authorize(ctx.actor, 'models.manage', { organizationPath: found.organizationPath })
    return storeAttachmentsAudited(tx, {
      ownerType: MODEL_ATTACHMENT,
      ownerId: modelId,
      organizationId: found.row.organizationId,
      provinceCode: found.row.provinceCode,
      files,
      audit: {
        actor: auditActor(ctx),
        requestId: ctx.requestId,
        action: 'model.attachments_added',
        entityType: 'model',
        entityId: modelId,
      },
    })
  })
}

/** Who may open a model's file: a reader of models whose scope covers the model (never the public). */
export const checkModelAttachmentAccess: AttachmentAccessCheck = async (ctx, attachment) => {
  const found = await findModel(ctx.db.db, attachment.ownerId)
  if (!found || !ctx.actor.permissions.has('models.read') || !covers(ctx.actor, found.organizationPath))
    throw notFound(messages.modelNotFound)
}
