import { decodeCursor, encodeCursor } from '../../contracts/common.ts'
import { validationFailed } from '../errors.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The sort key a list continues after, from the opaque `cursor` parameter (null on the first page).
 * `uuid: true` when the key is a row id, so a forged cursor never reaches SQL as a bad uuid.
 */
export function cursorKey(cursor: string | undefined, options: { uuid?: boolean } = {}): string | null {
  if (!cursor) return null
  const key = decodeCursor(cursor)?.[0]
  if (typeof key !== 'string' || (options.uuid && !UUID.test(key)))
    throw validationFailed([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ.' }])
  return key
}

/** Cuts the `limit + 1` rows a repository returned into one page and the cursor to the next. */
export function pageOf<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => string,
): { rows: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor([keyOf(last)]) : null }
}
