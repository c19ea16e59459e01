import { scopedAttachments } from '../../../platform/files/index.ts'
import { findActivity } from '../activities.repo.ts'
import { messages } from '../messages.ts'

export const ACTIVITY_ATTACHMENT = 'activity'

/**
 * Minutes (biên bản), photos, attendee lists: added by those who record activities, in one transaction;
 * opened by readers of activities whose scope covers the activity.
 */
const activityFiles = scopedAttachments({
  ownerType: ACTIVITY_ATTACHMENT,
  find: findActivity,
  readPermission: 'activities.read',
  addPermission: 'activities.record',
  messages: { notFound: messages.activityNotFound, noFiles: messages.noFiles },
  audit: { action: 'activity.attachments_added', entityType: 'activity' },
})

export const addActivityAttachments = activityFiles.add
export const checkActivityAttachmentAccess = activityFiles.checkAccess
