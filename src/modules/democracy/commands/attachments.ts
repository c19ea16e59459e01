import type { Context } from '../../../platform/context.ts'
import {
  scopedAttachments,
  type ScopedAttachmentsSpec,
  type ScopedOwner,
  type UploadedFile,
} from '../../../platform/files/index.ts'
import { findConference, findRules } from '../democracy.repo.ts'
import { messages } from '../messages.ts'

/** Minutes of a conference; the signed decision (or text) of a democracy rules version. */
export const CONFERENCE_ATTACHMENT = 'democracy_conference'
export const RULES_ATTACHMENT = 'democracy_rules'

type Owner = typeof CONFERENCE_ATTACHMENT | typeof RULES_ATTACHMENT

/** Read within scope with `democracy.read`, added with `democracy.manage`; audited as `<owner>.attachments_added`. */
const democracyFiles = (
  ownerType: Owner,
  find: ScopedAttachmentsSpec<ScopedOwner>['find'],
  notFound: string,
) =>
  scopedAttachments({
    ownerType,
    find,
    readPermission: 'democracy.read',
    addPermission: 'democracy.manage',
    messages: { notFound, noFiles: messages.noFiles },
    audit: {
      action: `${ownerType}.attachments_added`,
      entityType: ownerType,
      fileFields: ['id', 'fileName', 'sha256'],
    },
  })

const files = {
  [CONFERENCE_ATTACHMENT]: democracyFiles(CONFERENCE_ATTACHMENT, findConference, messages.conferenceNotFound),
  [RULES_ATTACHMENT]: democracyFiles(RULES_ATTACHMENT, findRules, messages.rulesNotFound),
}

export const addDemocracyAttachments = (
  ctx: Context,
  ownerType: Owner,
  id: string,
  uploaded: UploadedFile[],
) => files[ownerType].add(ctx, id, uploaded)

export const checkConferenceAttachment = files[CONFERENCE_ATTACHMENT].checkAccess
export const checkRulesAttachment = files[RULES_ATTACHMENT].checkAccess
