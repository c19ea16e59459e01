import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod'
import { AppError, validationFailed, type FieldError } from '../errors.ts'

const parserErrors: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Nội dung gửi lên không phải JSON hợp lệ.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Nội dung gửi lên đang để trống.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Nội dung gửi lên quá lớn.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Kiểu nội dung (Content-Type) không được hỗ trợ; hãy gửi application/json.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Độ dài nội dung không khớp với tiêu đề Content-Length.',
}

const location: Record<string, string> = {
  body: 'nội dung',
  querystring: 'tham số truy vấn',
  params: 'đường dẫn',
  headers: 'tiêu đề',
}

function fieldsOf(
  error: FastifyError & {
    validation: { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }[]
  },
): FieldError[] {
  const fields: FieldError[] = []
  for (const issue of error.validation) {
    const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.')
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)) {
      for (const key of issue.params.keys as string[])
        fields.push({ path: base ? `${base}.${key}` : key, message: 'Trường này không được phép.' })
    } else {
      fields.push({ path: base, message: issue.message ?? 'Giá trị không hợp lệ.' })
    }
  }
  return fields
}

/** Turns anything thrown into the one error shape; never leaks a stack trace. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  const e = error as FastifyError
  if (hasZodFastifySchemaValidationErrors(e)) {
    const where = location[e.validationContext ?? ''] ?? 'dữ liệu'
    return validationFailed(fieldsOf(e as never), `Dữ liệu gửi lên không hợp lệ (${where}).`)
  }
  if (e.code && parserErrors[e.code]) return validationFailed([], parserErrors[e.code])
  if (e.statusCode === 429)
    return new AppError('RATE_LIMITED', 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.')
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
    return validationFailed([], 'Yêu cầu không hợp lệ.')
  return new AppError(
    'INTERNAL',
    'Hệ thống gặp lỗi ngoài ý muốn. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên.',
  )
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(error)
  if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'unhandled error')
  else request.log.info({ code: appError.code }, appError.message)
  void reply.status(appError.status).type('application/json; charset=utf-8').send(appError.toJSON())
}
