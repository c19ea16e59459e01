/**
 * The closed set of error kinds. Every failure that reaches a client is one of these, with a Vietnamese
 * message for people and a stable code for programs.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const

export type ErrorCode = keyof typeof errorStatus

export interface FieldError {
  path: string
  message: string
}

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fields: FieldError[] = [],
    /** Extra members of the error object, e.g. `allowed` actions for INVALID_TRANSITION. */
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'AppError'
  }

  get status(): number {
    return errorStatus[this.code]
  }

  toJSON(): { error: { code: ErrorCode; message: string; fields?: FieldError[] } & Record<string, unknown> } {
    return {
      error: {
        ...this.details,
        code: this.code,
        message: this.message,
        ...(this.fields.length ? { fields: this.fields } : {}),
      },
    }
  }
}

export const validationFailed = (fields: FieldError[], message = 'Dữ liệu gửi lên không hợp lệ.'): AppError =>
  new AppError('VALIDATION_FAILED', message, fields)

export const notFound = (message = 'Không tìm thấy dữ liệu yêu cầu.'): AppError =>
  new AppError('NOT_FOUND', message)

export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.'): AppError =>
  new AppError('FORBIDDEN', message)

export const conflict = (message: string, fields: FieldError[] = []): AppError =>
  new AppError('CONFLICT', message, fields)

export const unauthenticated = (message = 'Bạn cần đăng nhập để tiếp tục.'): AppError =>
  new AppError('UNAUTHENTICATED', message)
