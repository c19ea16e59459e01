export { attachments } from './files.schema.ts'
export {
  ATTACHMENT_LIMITS,
  checkAttachment,
  cleanFileName,
  findAttachment,
  inspectAttachment,
  listAttachments,
  readMultipartForm,
  storeAttachment,
  type AttachmentProblem,
  type AttachmentView,
  type UploadedFile,
} from './files.ts'
export { storeAttachmentsAudited, type AuditedFileField, type AuditedUpload } from './audited.ts'
export { scopedAttachments, type ScopedAttachmentsSpec, type ScopedOwner } from './scoped.ts'
export { acceptedTypes, sniffMediaType, type AcceptedType } from './sniff.ts'
export {
  attachmentRoutes,
  contentDisposition,
  registerAttachmentOwner,
  type AttachmentAccessCheck,
} from './files.routes.ts'
