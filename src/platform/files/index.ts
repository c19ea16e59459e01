export { attachments } from './files.schema.ts'
export {
  ATTACHMENT_LIMITS,
  checkAttachment,
  cleanFileName,
  findAttachment,
  listAttachments,
  readMultipartForm,
  storeAttachment,
  type AttachmentView,
  type UploadedFile,
} from './files.ts'
export { acceptedTypes, sniffMediaType } from './sniff.ts'
export {
  attachmentRoutes,
  contentDisposition,
  registerAttachmentOwner,
  type AttachmentAccessCheck,
} from './files.routes.ts'
