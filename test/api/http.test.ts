import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'
import { testDatabaseMode } from '../support/db.ts'

let app: TestApp
let admin: ApiClient

beforeAll(async () => {
  app = await startTestApp()
  admin = new ApiClient(app.url)
  await admin.login('admin', app.adminPassword)
})
afterAll(() => app?.close())

const errorCodes = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'INTERNAL',
]

function expectErrorShape(body: unknown, code: string): ErrorBody['error'] {
  const error = (body as ErrorBody).error
  expect(errorCodes).toContain(error.code)
  expect(error.code).toBe(code)
  expect(error.message).toMatch(/[ăâđêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i) // a Vietnamese sentence
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|stack/i)
  return error
}

describe('health and documentation', () => {
  it('answers /healthz with status, database mode and package version', async () => {
    const response = await fetch(`${app.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: testDatabaseMode, version: '0.1.0' })
  })

  it('publishes OpenAPI with the API paths and serves the browsable docs', async () => {
    const spec = (await (await fetch(`${app.url}/api/openapi.json`)).json()) as {
      openapi: string
      paths: object
    }
    expect(spec.openapi).toMatch(/^3\./)
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/me',
        '/api/users',
        '/api/users/{id}',
        '/api/tokens',
        '/api/audit',
        '/api/calendar/deadline',
        '/api/calendar/overrides/{id}',
        '/api/rules/{key}',
      ]),
    )
    const docs = await fetch(`${app.url}/api/docs/`)
    expect(docs.status).toBe(200)
    expect(await docs.text()).toMatch(/swagger/i)
  })

  it('sends security headers and a request id', async () => {
    const response = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'kiem-tra-123' } })
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(response.headers.get('x-request-id')).toBe('kiem-tra-123')
  })
})

describe('one error shape for every bad input', () => {
  it('malformed JSON', async () => {
    const r = await admin.request('POST', '/api/users', '{"username": ', {
      'content-type': 'application/json',
    })
    expect(r.status).toBe(400)
    expectErrorShape(r.body, 'VALIDATION_FAILED')
  })

  it('wrong types, naming each field', async () => {
    const r = await admin.post('/api/users', {
      username: 5,
      password: [],
      fullName: true,
      organizationId: 'x',
      roles: 'viewer',
    })
    expect(r.status).toBe(400)
    const error = expectErrorShape(r.body, 'VALIDATION_FAILED')
    expect(error.fields?.map((f) => f.path).sort()).toEqual([
      'fullName',
      'organizationId',
      'password',
      'roles',
      'username',
    ])
  })

  it('missing fields say the field is required', async () => {
    const r = await admin.post('/api/users', {})
    const error = expectErrorShape(r.body, 'VALIDATION_FAILED')
    expect(error.fields).toContainEqual({ path: 'fullName', message: 'Trường này là bắt buộc.' })
  })

  it('unknown fields', async () => {
    const r = await admin.request('POST', '/api/auth/login', { username: 'admin', password: 'x', extra: 1 })
    expect(r.status).toBe(400)
    expect(expectErrorShape(r.body, 'VALIDATION_FAILED').fields).toContainEqual({
      path: 'extra',
      message: 'Trường này không được phép.',
    })
  })

  it('oversized bodies', async () => {
    const r = await admin.post('/api/users', { username: 'x'.repeat(2_000_000) })
    expect(r.status).toBe(400)
    expect(expectErrorShape(r.body, 'VALIDATION_FAILED').message).toMatch(/quá lớn/)
  })

  it('unsupported content types', async () => {
    const r = await admin.request('POST', '/api/users', 'username=a', {
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(r.status).toBe(400)
    expectErrorShape(r.body, 'VALIDATION_FAILED')
  })

  it('bad query parameters and path ids', async () => {
    expectErrorShape((await admin.get('/api/users?limit=1000')).body, 'VALIDATION_FAILED')
    expectErrorShape((await admin.get('/api/users?cursor=%%%')).body, 'VALIDATION_FAILED')
    expectErrorShape((await admin.get('/api/users/not-a-uuid')).body, 'VALIDATION_FAILED')
  })

  it('unknown routes and unknown ids', async () => {
    const r = await admin.get('/api/khong-co')
    expect(r.status).toBe(404)
    expectErrorShape(r.body, 'NOT_FOUND')
    const missing = await admin.get('/api/users/01900000-0000-7000-8000-000000000000')
    expect(missing.status).toBe(404)
    expectErrorShape(missing.body, 'NOT_FOUND')
  })

  it('calls without a session', async () => {
    const r = await new ApiClient(app.url).get('/api/users')
    expect(r.status).toBe(401)
    expectErrorShape(r.body, 'UNAUTHENTICATED')
  })

  it('rate-limits the login endpoint', async () => {
    const client = new ApiClient(app.url)
    let limited: { status: number; body: unknown } | undefined
    for (let i = 0; i < 25 && !limited; i++) {
      const r = await client.request('POST', '/api/auth/login', { username: 'nobody', password: '' })
      if (r.status === 429) limited = r
    }
    expect(limited?.status).toBe(429)
    expectErrorShape(limited?.body, 'RATE_LIMITED')
  })
})

describe('lists', () => {
  it('answer items and nextCursor, and the cursor walks every page once', async () => {
    for (let i = 0; i < 5; i++)
      await admin.post('/api/organizations', {
        parentId: (await admin.get<{ organizationId: string }>('/api/me')).body.organizationId,
        code: `TRANG-${i}`,
        name: `Đơn vị phân trang ${i}`,
        kind: 'other',
      })
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: { body: { items: { code: string }[]; nextCursor: string | null } } = await admin.get(
        `/api/organizations?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      )
      expect(Object.keys(page.body).sort()).toEqual(['items', 'nextCursor'])
      seen.push(...page.body.items.map((o) => o.code))
      cursor = page.body.nextCursor
    } while (cursor)
    expect(seen.filter((c) => c.startsWith('TRANG-')).sort()).toEqual([
      'TRANG-0',
      'TRANG-1',
      'TRANG-2',
      'TRANG-3',
      'TRANG-4',
    ])
    expect(new Set(seen).size).toBe(seen.length)
  })
})
