import type { FastifyRequest } from 'fastify'
import { AppError } from '../../platform/errors.ts'
import { checkAttachment, cleanFileName } from '../../platform/files/index.ts'
import { sendErrors } from './messages.ts'
import type { FieldError } from './layout.ts'
import { MAX_FILE_MB, MAX_FILES } from './send-form.ts'

export interface PostedFile {
  fieldName: string
  fileName: string
  data: Buffer
}

export interface PostedForm {
  fields: Record<string, string>
  files: PostedFile[]
  /** Size and count limits the post broke; the rest of the form is still read. */
  problems: FieldError[]
}

/**
 * Reads the send form (multipart/form-data) within the portal's limits: at most MAX_FILES files of
 * MAX_FILE_MB each, short fields. An empty file input (nothing chosen) is skipped. A too-large file (cut
 * by the parser) or one of a type not accepted (judged by content, `checkAttachment`) is reported as a
 * problem of the `attachments` field, and the rest of the form is still read, so the page can be shown
 * again with what the citizen typed. The platform's `readMultipartForm` stops at the first bad file.
 */
export async function readSendForm(request: FastifyRequest): Promise<PostedForm> {
  const fields: Record<string, string> = {}
  const files: PostedFile[] = []
  const problems: FieldError[] = []
  if (!request.isMultipart()) {
    const body = (request.body ?? {}) as Record<string, unknown>
    for (const [k, v] of Object.entries(body)) if (typeof v === 'string') fields[k] = v
    return { fields, files, problems }
  }
  let tooMany = false
  // throwFileSizeLimit is read per call by @fastify/multipart, though its types omit it there.
  const options = {
    limits: { fileSize: MAX_FILE_MB * 1024 * 1024, files: 20, fields: 40, fieldSize: 100_000, parts: 60 },
    throwFileSizeLimit: false,
  } as Parameters<FastifyRequest['parts']>[0]
  const parts = request.parts(options)
  for await (const part of parts) {
    if (part.type === 'field') {
      if (typeof part.value === 'string' && !(part.fieldname in fields)) fields[part.fieldname] = part.value
      continue
    }
    const data = await part.toBuffer()
    if (!part.filename && data.length === 0) continue
    if (part.file.truncated) {
      problems.push({ field: 'attachments', message: sendErrors.fileTooLarge(part.filename, MAX_FILE_MB) })
      continue
    }
    if (files.length >= MAX_FILES) {
      tooMany = true
      continue
    }
    try {
      checkAttachment(part.filename || 'tep-dinh-kem', data)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      problems.push({ field: 'attachments', message: error.fields[0]?.message ?? error.message })
      continue
    }
    files.push({ fieldName: part.fieldname, fileName: cleanFileName(part.filename || 'tep-dinh-kem'), data })
  }
  if (tooMany) problems.push({ field: 'attachments', message: sendErrors.tooManyFiles(MAX_FILES) })
  return { fields, files, problems }
}
