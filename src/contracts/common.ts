import { z } from 'zod'

export const uuidParam = z.strictObject({ id: z.uuid('Mã định danh không hợp lệ.') })

export const pageQuery = {
  cursor: z.string().max(2000, 'Con trỏ phân trang không hợp lệ.').optional(),
  limit: z.coerce.number().int().min(1, 'Phải từ 1 đến 100.').max(100, 'Phải từ 1 đến 100.').default(50),
}

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() })

export const errorBody = z.object({
  error: z.object({
    code: z.enum([
      'VALIDATION_FAILED',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'CONFLICT',
      'INVALID_TRANSITION',
      'RATE_LIMITED',
      'INTERNAL',
    ]),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
})

/** Cursor over (sort key, id): opaque to clients. */
export const encodeCursor = (parts: (string | number)[]): string =>
  Buffer.from(JSON.stringify(parts)).toString('base64url')

export function decodeCursor(cursor: string | undefined): (string | number)[] | null {
  if (!cursor) return null
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown
    return Array.isArray(parts) ? (parts as (string | number)[]) : null
  } catch {
    return null
  }
}
