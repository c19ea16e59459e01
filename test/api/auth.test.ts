import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

let app: TestApp
let admin: ApiClient
let organizationId: string

const PASSWORD = 'Rung-xanh-que-huong-7'

async function newUser(username: string, roles: string[] = ['viewer']): Promise<string> {
  const created = await admin.post<{ id: string }>('/api/users', {
    username,
    password: PASSWORD,
    fullName: 'Người Kiểm Thử',
    organizationId,
    roles,
  })
  expect(created.status).toBe(201)
  return created.body.id
}

beforeAll(async () => {
  app = await startTestApp()
  admin = new ApiClient(app.url)
  expect((await admin.login('admin', app.adminPassword)).status).toBe(200)
  const me = await admin.get<{ organizationId: string }>('/api/me')
  organizationId = me.body.organizationId
})
afterAll(() => app?.close())

describe('login and sessions', () => {
  it('logs in with the configured admin password and returns the user and a CSRF token', async () => {
    const client = new ApiClient(app.url)
    const result = await client.request<{ user: { username: string; roles: string[] }; csrfToken: string }>(
      'POST',
      '/api/auth/login',
      { username: 'admin', password: app.adminPassword },
    )
    expect(result.status).toBe(200)
    expect(result.body.user.username).toBe('admin')
    expect(result.body.user.roles).toEqual(['system_admin'])
    expect(result.body.csrfToken.length).toBeGreaterThan(20)
    const cookie = result.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^danvan_session=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).not.toMatch(/Secure/i)
  })

  it('marks the cookie Secure only when HTTPS comes through a trusted proxy', async () => {
    const client = new ApiClient(app.url)
    const result = await client.request(
      'POST',
      '/api/auth/login',
      { username: 'admin', password: app.adminPassword },
      {
        'x-forwarded-proto': 'https',
      },
    )
    // the test server trusts no proxy, so a forged header does not make the cookie Secure
    expect(result.headers.get('set-cookie')).not.toMatch(/Secure/i)
  })

  it('answers /api/me with user, organization, roles, permissions and csrfToken', async () => {
    const me = await admin.get<Record<string, unknown>>('/api/me')
    expect(me.status).toBe(200)
    expect(me.body).toMatchObject({
      organizationId,
      organization: { id: organizationId, kind: 'system' },
      roles: ['system_admin'],
      csrfToken: admin.csrfToken,
    })
    expect(me.body.permissions).toEqual(
      expect.arrayContaining([
        'users.read',
        'users.manage',
        'organizations.manage',
        'audit.read',
        'tokens.manage',
      ]),
    )
  })

  it('refuses a wrong password with UNAUTHENTICATED and a Vietnamese message', async () => {
    await newUser('sai.matkhau')
    const result = await new ApiClient(app.url).login('sai.matkhau', 'not-the-password-1')
    expect(result.status).toBe(401)
    expect((result.body as ErrorBody).error).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    })
  })

  it('gives an unknown username the same answer as a wrong password', async () => {
    const result = await new ApiClient(app.url).login('khong.ton.tai', 'whatever-password-1')
    expect(result.status).toBe(401)
    expect((result.body as ErrorBody).error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.')
  })

  it('slows down repeated failures and then locks the account for a while, saying so', async () => {
    await newUser('bi.khoa')
    const client = new ApiClient(app.url)
    const statuses: number[] = []
    const started = Date.now()
    for (let i = 0; i < 5; i++) statuses.push((await client.login('bi.khoa', `wrong-password-${i}`)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 429])
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000) // attempts 3 and 4 waited 1 s and 2 s
    const locked = await client.login('bi.khoa', PASSWORD)
    expect(locked.status).toBe(429)
    expect((locked.body as ErrorBody).error.code).toBe('RATE_LIMITED')
    expect((locked.body as ErrorBody).error.message).toMatch(/tạm khoá.*thử lại sau 15 phút/)
  }, 20_000)

  it('refuses a disabled account even with the right password', async () => {
    const id = await newUser('se.bi.khoa')
    expect((await admin.patch(`/api/users/${id}`, { status: 'disabled' })).status).toBe(200)
    const result = await new ApiClient(app.url).login('se.bi.khoa', PASSWORD)
    expect(result.status).toBe(401)
    expect((result.body as ErrorBody).error.message).toMatch(/đã bị khoá/)
  })

  it('ends the session at logout', async () => {
    await newUser('dang.xuat')
    const client = new ApiClient(app.url)
    await client.login('dang.xuat', PASSWORD)
    expect((await client.get('/api/me')).status).toBe(200)
    expect((await client.post('/api/auth/logout')).status).toBe(204)
    expect((await client.get('/api/me')).status).toBe(401)
  })

  it('requires the CSRF header for cookie-authenticated writes', async () => {
    const result = await admin.request<ErrorBody>(
      'POST',
      '/api/users',
      { username: 'csrf.test', password: PASSWORD, fullName: 'A B', organizationId, roles: ['viewer'] },
      { 'x-csrf-token': 'forged' },
    )
    expect(result.status).toBe(403)
    expect(result.body.error.code).toBe('FORBIDDEN')
    expect(result.body.error.message).toMatch(/X-CSRF-Token/)
  })

  it('changes the own password, refusing a wrong current one and a weak new one', async () => {
    await newUser('doi.matkhau')
    const client = new ApiClient(app.url)
    await client.login('doi.matkhau', PASSWORD)
    const wrong = await client.post<ErrorBody>('/api/me/password', {
      currentPassword: 'nope-nope-nope',
      newPassword: 'Mot-mat-khau-moi-9',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.error.fields?.[0]?.path).toBe('currentPassword')
    const weak = await client.post<ErrorBody>('/api/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'password1234',
    })
    expect(weak.status).toBe(400)
    expect(weak.body.error.fields?.[0]).toMatchObject({ path: 'newPassword' })
    const ok = await client.post('/api/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'Mot-mat-khau-moi-9',
    })
    expect(ok.status).toBe(204)
    expect((await client.get('/api/me')).status).toBe(200) // the current session stays
    expect((await new ApiClient(app.url).login('doi.matkhau', 'Mot-mat-khau-moi-9')).status).toBe(200)
  })
})

describe('API tokens', () => {
  it('creates a token shown once, which acts as its user, and stops working when revoked', async () => {
    const userId = await newUser('tich.hop', ['leader'])
    const created = await admin.post<{ id: string; token: string; username: string }>('/api/tokens', {
      userId,
      name: 'Cổng dịch vụ công',
    })
    expect(created.status).toBe(201)
    expect(created.body.token).toMatch(/^dvs_/)
    expect(created.body.username).toBe('tich.hop')

    const integration = new ApiClient(app.url)
    integration.bearer = created.body.token
    const me = await integration.get<{ user: { username: string }; permissions: string[] }>('/api/me')
    expect(me.status).toBe(200)
    expect(me.body.user.username).toBe('tich.hop')
    expect(me.body.permissions).not.toContain('users.manage')
    // a token needs no CSRF header, and acts only with its user's permissions
    const refused = await integration.post<ErrorBody>('/api/users', {})
    expect(refused.status).toBe(400)

    const listed = await admin.get<{ items: { id: string; name: string }[] }>('/api/tokens')
    expect(listed.body.items.map((t) => t.name)).toContain('Cổng dịch vụ công')
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token)

    expect((await admin.delete(`/api/tokens/${created.body.id}`)).status).toBe(204)
    const after = await integration.get<ErrorBody>('/api/me')
    expect(after.status).toBe(401)
    expect(after.body.error.code).toBe('UNAUTHENTICATED')
  })

  it('refuses a made-up bearer token', async () => {
    const client = new ApiClient(app.url)
    client.bearer = 'dvs_not-a-real-token'
    expect((await client.get('/api/me')).status).toBe(401)
  })
})

describe('behind a trusted reverse proxy', () => {
  it('marks the session cookie Secure when the proxy says the request came over HTTPS', async () => {
    const proxied = await startTestApp({ env: { DANVAN_TRUST_PROXY: '127.0.0.1' } })
    try {
      const client = new ApiClient(proxied.url)
      const result = await client.request(
        'POST',
        '/api/auth/login',
        { username: 'admin', password: proxied.adminPassword },
        { 'x-forwarded-proto': 'https' },
      )
      expect(result.status).toBe(200)
      expect(result.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    } finally {
      await proxied.close()
    }
  })
})
