import { createHash } from 'node:crypto'
import { and, asc, eq } from 'drizzle-orm'
import type { FastifyRequest } from 'fastify'
import type { Executor } from '../db/database.ts'
import { newId } from '../db/ids.ts'
import { validationFailed } from '../errors.ts'
import { attachments } from './files.schema.ts'
import { acceptedTypes, extensionOf, sniffMediaType, type AcceptedType } from './sniff.ts'

/** Limits on what one request may carry (a phone photo of a letter is 2–5 MB). */
export const ATTACHMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 10,
  maxFields: 60,
  maxFieldBytes: 64 * 1024,
} as const

export interface AttachmentView {
  id: string
  fileName: string
  mediaType: string
  size: number
  sha256: string
  createdAt: string
}

export interface UploadedFile {
  fieldName: string
  fileName: string
  data: Buffer
}

const FIELD = 'attachments'
const acceptedList = [...new Set(Object.values(acceptedTypes).map((t) => t.label))].join(', ')
const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** A file name safe to store and to send back: no folders, no control characters, at most 200 characters. */
export function cleanFileName(fileName: string): string {
  const base = fileName.normalize('NFC').split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim()
  if (!cleaned) return 'tep-dinh-kem'
  if (cleaned.length <= 200) return cleaned
  const ext = extensionOf(cleaned)
  return ext ? `${cleaned.slice(0, 195 - ext.length)}….${ext}` : cleaned.slice(0, 200)
}

/** Why a file is refused: stable codes, each with its Vietnamese explanation naming the file. */
export type AttachmentProblem =
  | { code: 'empty'; message: string }
  | { code: 'too_large'; message: string }
  | { code: 'type'; message: string }
  | { code: 'extension'; message: string }

/**
 * Judges one file without throwing: its media type when it may be stored, or the problem — empty, over
 * the size limit, not one of the accepted types judged by its content (a name ending in .pdf does not
 * make a file a PDF), or a name whose extension contradicts the content. Used by uploads (which refuse
 * the request) and by the e-mail channel (which quarantines the message with the problem as reason).
 */
export function inspectAttachment(
  fileName: string,
  data: Buffer,
): { mediaType: AcceptedType; problem: null } | { mediaType: null; problem: AttachmentProblem } {
  const name = cleanFileName(fileName)
  const refuse = (code: AttachmentProblem['code'], message: string) => ({
    mediaType: null,
    problem: { code, message },
  })
  if (data.length === 0) return refuse('empty', `Tệp “${name}” rỗng.`)
  if (data.length > ATTACHMENT_LIMITS.maxBytes)
    return refuse(
      'too_large',
      `Tệp “${name}” nặng ${megabytes(data.length)}, vượt giới hạn ${megabytes(ATTACHMENT_LIMITS.maxBytes)} mỗi tệp.`,
    )
  const mediaType = sniffMediaType(data)
  if (!mediaType)
    return refuse('type', `Tệp “${name}” không thuộc loại được nhận. Chỉ nhận: ${acceptedList}.`)
  const ext = extensionOf(name)
  const expected: readonly string[] = acceptedTypes[mediaType].extensions
  if (ext && !expected.includes(ext))
    return refuse(
      'extension',
      `Tệp “${name}” có đuôi .${ext} nhưng nội dung là ${acceptedTypes[mediaType].label}; hãy đổi tên tệp cho đúng.`,
    )
  return { mediaType, problem: null }
}

/** Checks one file before it is stored (see `inspectAttachment`); a refused file is a 400 naming `path`. */
export function checkAttachment(fileName: string, data: Buffer, path = FIELD): { mediaType: string } {
  const { mediaType, problem } = inspectAttachment(fileName, data)
  if (problem) throw validationFailed([{ path, message: problem.message }])
  return { mediaType }
}

const present = (row: {
  id: string
  fileName: string
  mediaType: string
  size: number
  sha256: string
  createdAt: Date
}): AttachmentView => ({
  id: row.id,
  fileName: row.fileName,
  mediaType: row.mediaType,
  size: row.size,
  sha256: row.sha256,
  createdAt: row.createdAt.toISOString(),
})

/**
 * Stores a checked file with its SHA-256, inside the caller's transaction (the caller audits the change
 * it belongs to).
 */
export async function storeAttachment(
  tx: Executor,
  input: {
    ownerType: string
    ownerId: string
    organizationId: string
    provinceCode: string | null
    fileName: string
    data: Buffer
    createdBy: string | null
  },
): Promise<AttachmentView> {
  const { mediaType } = checkAttachment(input.fileName, input.data)
  const [row] = await tx
    .insert(attachments)
    .values({
      id: newId(),
      ownerType: input.ownerType,
      ownerId: input.ownerId,
      organizationId: input.organizationId,
      provinceCode: input.provinceCode,
      fileName: cleanFileName(input.fileName),
      mediaType,
      size: input.data.length,
      sha256: createHash('sha256').update(input.data).digest('hex'),
      content: input.data,
      createdBy: input.createdBy,
    })
    .returning()
  if (!row) throw new Error('insert returned nothing')
  return present(row)
}

const viewColumns = {
  id: attachments.id,
  fileName: attachments.fileName,
  mediaType: attachments.mediaType,
  size: attachments.size,
  sha256: attachments.sha256,
  createdAt: attachments.createdAt,
}

export async function listAttachments(
  ex: Executor,
  ownerType: string,
  ownerId: string,
): Promise<AttachmentView[]> {
  const rows = await ex
    .select(viewColumns)
    .from(attachments)
    .where(and(eq(attachments.ownerType, ownerType), eq(attachments.ownerId, ownerId)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id))
  return rows.map(present)
}

export async function findAttachment(ex: Executor, id: string) {
  const [row] = await ex.select().from(attachments).where(eq(attachments.id, id))
  return row
}

const multipartErrors: Record<string, string> = {
  FST_REQ_FILE_TOO_LARGE: `Có tệp vượt giới hạn ${megabytes(ATTACHMENT_LIMITS.maxBytes)} mỗi tệp.`,
  FST_FILES_LIMIT: `Chỉ được gửi tối đa ${ATTACHMENT_LIMITS.maxFiles} tệp mỗi lần.`,
  FST_FIELDS_LIMIT: 'Biểu mẫu có quá nhiều trường.',
  FST_PARTS_LIMIT: 'Biểu mẫu có quá nhiều phần.',
  FST_PROTO_VIOLATION: 'Nội dung biểu mẫu bị hỏng; vui lòng gửi lại.',
}

/**
 * Reads a `multipart/form-data` request: text fields (the last value of a repeated name wins, except
 * that every value is kept in `all`) and the files, each checked. A file input left empty (no name, no
 * bytes) is skipped, as browsers send one.
 */
export async function readMultipartForm(request: FastifyRequest): Promise<{
  fields: Record<string, string>
  all: Record<string, string[]>
  files: UploadedFile[]
}> {
  if (!request.isMultipart())
    throw validationFailed([], 'Biểu mẫu phải được gửi dưới dạng multipart/form-data.')
  const fields: Record<string, string> = {}
  const all: Record<string, string[]> = {}
  const files: UploadedFile[] = []
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const data = await part.toBuffer()
        if (!part.filename && data.length === 0) continue
        checkAttachment(part.filename || 'tep-dinh-kem', data, part.fieldname || FIELD)
        files.push({
          fieldName: part.fieldname,
          fileName: cleanFileName(part.filename || 'tep-dinh-kem'),
          data,
        })
      } else {
        const value = typeof part.value === 'string' ? part.value : String(part.value ?? '')
        fields[part.fieldname] = value
        ;(all[part.fieldname] ??= []).push(value)
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code && multipartErrors[code])
      throw validationFailed([{ path: FIELD, message: multipartErrors[code] }])
    throw error
  }
  return { fields, all, files }
}
