import { msg } from '../messages'
import type { FieldError, Page } from './types'

/** An error answered by the API (`{"error":{code,message,fields}}`) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly fields: FieldError[]

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.fields = fields
  }
}

let csrfToken: string | null = null

export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

type Query = Record<string, string | number | null | undefined>

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null
  if (!error) return new ApiError(status, 'INTERNAL', msg.common.unexpectedError)
  const fields = Array.isArray(error.fields)
    ? error.fields.filter(
        (f): f is FieldError => isRecord(f) && typeof f.path === 'string' && typeof f.message === 'string',
      )
    : []
  return new ApiError(
    status,
    typeof error.code === 'string' ? error.code : 'INTERNAL',
    typeof error.message === 'string' && error.message ? error.message : msg.common.unexpectedError,
    fields,
  )
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Query
  body?: unknown
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { Accept: 'application/json' }
  const isForm = options.body instanceof FormData
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json'
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken

  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined
          ? undefined
          : options.body instanceof FormData
            ? options.body
            : JSON.stringify(options.body),
    })
  } catch {
    throw new ApiError(0, 'NETWORK', msg.common.networkError)
  }

  if (response.status === 204) return undefined as T
  const text = await response.text()
  let body: unknown = null
  if (text) {
    try {
      body = JSON.parse(text)
    } catch {
      body = null
    }
  }
  if (!response.ok) throw toApiError(response.status, body)
  return body as T
}

const MAX_PAGES = 200

/** Follows `nextCursor` until the whole list is read (for small lists such as organizations). */
export async function fetchAllPages<T>(path: string, query: Query = {}): Promise<T[]> {
  const items: T[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const page: Page<T> = await apiRequest<Page<T>>(path, { query: { ...query, limit: 100, cursor } })
    items.push(...page.items)
    cursor = page.nextCursor
    pages += 1
  } while (cursor && pages < MAX_PAGES)
  return items
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return msg.common.unexpectedError
}
