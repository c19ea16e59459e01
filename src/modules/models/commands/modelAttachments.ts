import { scopedAttachments } from '../../../platform/files/index.ts'
import { messages } from '../messages.ts'
import { findModel } from '../models.repo.ts'

export const MODEL_ATTACHMENT = 'model'

/**
 * Photos, reports, recognition decisions: added by those who manage models, in one transaction; opened by
 * readers of models whose scope covers the model (never the public).
 */
const modelFiles = scopedAttachments({
  ownerType: MODEL_ATTACHMENT,
  find: findModel,
  readPermission: 'models.read',
  addPermission: 'models.manage',
  messages: { notFound: messages.modelNotFound, noFiles: messages.noFiles },
  audit: { action: 'model.attachments_added', entityType: 'model' },
})

export const addModelAttachments = modelFiles.add
export const checkModelAttachmentAccess = modelFiles.checkAccess
