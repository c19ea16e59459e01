import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

let app: TestApp
let admin: ApiClient
const org: Record<string, string> = {}
const PASSWORD = 'Dong-lua-chin-vang-5'

interface Org {
  id: string
  code: string
  parentId: string | null
}

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  admin = new ApiClient(app.url)
  await admin.login('admin', app.adminPassword)
  let cursor: string | null = null
  do {
    const page: { body: { items: Org[]; nextCursor: string | null } } = await admin.get(
      `/api/organizations?limit=10${cursor ? `&cursor=${cursor}` : ''}`,
    )
    for (const o of page.body.items) org[o.code] = o.id
    cursor = page.body.nextCursor
  } while (cursor)
})
afterAll(() => app?.close())

const body = (overrides: Record<string, unknown> = {}) => ({
  username: 'nguoi.moi',
  password: PASSWORD,
  fullName: 'Nguyễn Văn Mới',
  organizationId: org['HN-BADINH'],
  roles: ['handler'],
  ...overrides,
})

describe('users API', () => {
  it('pages organizations in tree order with a cursor', () => {
    expect(Object.keys(org)).toEqual(
      expect.arrayContaining(['DVS', 'HN-UBND', 'HN-BADINH', 'HN-SOCSON-MTTQ']),
    )
  })

  it('creates a user and lists it', async () => {
    const created = await admin.post<{ id: string; organizationName: string; roles: string[] }>(
      '/api/users',
      body(),
    )
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      organizationName: 'Ủy ban nhân dân phường Ba Đình',
      roles: ['handler'],
    })
    const list = await admin.get<{ items: { username: string }[] }>('/api/users?q=nguoi.moi')
    expect(list.body.items.map((u) => u.username)).toEqual(['nguoi.moi'])
  })

  it('finds users by name typed without diacritics, đ as d', async () => {
    const list = await admin.get<{ items: { fullName: string }[] }>('/api/users?q=tran%20van%20duc')
    expect(list.body.items.map((u) => u.fullName)).toEqual(['Trần Văn Đức'])
  })

  it.each([
    ['Ab', 'username'],
    ['Chu.Hoa', 'username'],
    ['có.dấu', 'username'],
    ['a'.repeat(65), 'username'],
  ])('refuses the username %j with a field error', async (username, path) => {
    const result = await admin.post<ErrorBody>('/api/users', body({ username }))
    expect(result.status).toBe(400)
    expect(result.body.error.code).toBe('VALIDATION_FAILED')
    expect(result.body.error.fields?.map((f) => f.path)).toContain(path)
  })

  it.each([
    ['short1!', /ít nhất 12 ký tự/],
    ['password1234', /quá phổ biến/],
    ['qwertyuiop123', /quá phổ biến/],
    ['xx-mat.khau-xx-2026', /không được chứa tên đăng nhập/],
  ])('refuses the password %j and says why', async (password, why) => {
    const result = await admin.post<ErrorBody>('/api/users', body({ username: 'mat.khau', password }))
    expect(result.status).toBe(400)
    expect(result.body.error.fields).toEqual([{ path: 'password', message: expect.stringMatching(why) }])
  })

  it('refuses a username that is taken with CONFLICT', async () => {
    const result = await admin.post<ErrorBody>('/api/users', body({ username: 'lanhdao.badinh' }))
    expect(result.status).toBe(409)
    expect(result.body.error).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'username' }] })
  })

  it('resets a password, which ends the sessions of that user', async () => {
    const user = new ApiClient(app.url)
    await user.login('chuyenvien.badinh', 'DanVanSo-Demo-2026')
    expect((await user.get('/api/me')).status).toBe(200)
    const list = await admin.get<{ items: { id: string }[] }>('/api/users?q=chuyenvien.badinh')
    const id = list.body.items[0]?.id
    expect((await admin.patch(`/api/users/${id}`, { password: 'Mat-khau-dat-lai-42' })).status).toBe(200)
    expect((await user.get('/api/me')).status).toBe(401)
    expect((await new ApiClient(app.url).login('chuyenvien.badinh', 'Mat-khau-dat-lai-42')).status).toBe(200)
  })

  it('applies new roles to a session already open, from its next request', async () => {
    const created = await admin.post<{ id: string }>(
      '/api/users',
      body({ username: 'doi.vai.tro', roles: ['viewer'] }),
    )
    expect(created.status).toBe(201)
    const user = new ApiClient(app.url)
    expect((await user.login('doi.vai.tro', PASSWORD)).status).toBe(200)
    const before = await user.get<{ permissions: string[] }>('/api/me')
    expect(before.body.permissions).not.toContain('cases.intake')
    const id = created.body.id
    expect((await admin.patch(`/api/users/${id}`, { roles: ['reception_officer'] })).status).toBe(200)
    const after = await user.get<{ permissions: string[] }>('/api/me')
    expect(after.body.permissions).toContain('cases.intake')
    expect((await admin.patch(`/api/users/${id}`, { status: 'disabled' })).status).toBe(200)
    expect((await user.get('/api/me')).status).toBe(401)
  })

  it('keeps an admin from disabling or re-roling themselves', async () => {
    const me = await admin.get<{ user: { id: string } }>('/api/me')
    const result = await admin.patch<ErrorBody>(`/api/users/${me.body.user.id}`, { status: 'disabled' })
    expect(result.status).toBe(409)
    expect(result.body.error.code).toBe('INVALID_TRANSITION')
  })
})

describe('a unit admin manages only its subtree', () => {
  let unitAdmin: ApiClient
  beforeAll(async () => {
    unitAdmin = new ApiClient(app.url)
    expect((await unitAdmin.login('quantri.badinh', 'DanVanSo-Demo-2026')).status).toBe(200)
  })

  it('sees only users of its subtree', async () => {
    const list = await unitAdmin.get<{ items: { username: string }[] }>('/api/users?limit=100')
    const names = list.body.items.map((u) => u.username)
    expect(names).toContain('giamsat.badinh') // in the Fatherland Front committee under the commune
    expect(names).not.toContain('xem.hoankiem')
    expect(names).not.toContain('admin')
  })

  it('creates users inside and is refused outside', async () => {
    const inside = await unitAdmin.post(
      '/api/users',
      body({ username: 'trong.cay', organizationId: org['HN-BADINH-TTND'] }),
    )
    expect(inside.status).toBe(201)
    const outside = await unitAdmin.post<ErrorBody>(
      '/api/users',
      body({ username: 'ngoai.cay', organizationId: org['HN-HOANKIEM'] }),
    )
    expect(outside.status).toBe(403)
    expect(outside.body.error.code).toBe('FORBIDDEN')
  })

  it('may not hand out the system admin role', async () => {
    const result = await unitAdmin.post<ErrorBody>(
      '/api/users',
      body({ username: 'leo.quyen', roles: ['system_admin'] }),
    )
    expect(result.status).toBe(403)
  })

  it('gets NOT_FOUND for a user outside its subtree, so existence does not leak', async () => {
    const all = await admin.get<{ items: { id: string; username: string }[] }>('/api/users?q=xem.hoankiem')
    const id = all.body.items[0]?.id
    expect((await unitAdmin.get(`/api/users/${id}`)).status).toBe(404)
    expect((await unitAdmin.patch(`/api/users/${id}`, { fullName: 'Đổi Tên' })).status).toBe(404)
  })

  it('sees only organizations of its subtree and adds children there', async () => {
    const list = await unitAdmin.get<{ items: { code: string }[] }>('/api/organizations?limit=100')
    expect(list.body.items.map((o) => o.code).sort()).toEqual(
      [
        'HN-BADINH',
        'HN-BADINH-DTN',
        'HN-BADINH-GSDT',
        'HN-BADINH-HCCB',
        'HN-BADINH-HDND',
        'HN-BADINH-HPN',
        'HN-BADINH-MTTQ',
        'HN-BADINH-TTND',
      ].sort(),
    )
    const created = await unitAdmin.post<{ provinceCode: string }>('/api/organizations', {
      parentId: org['HN-BADINH'],
      code: 'HN-BADINH-TDP1',
      name: 'Tổ dân phố số 1',
      kind: 'other',
    })
    expect(created.status).toBe(201)
    expect(created.body.provinceCode).toBe('01')
    const outside = await unitAdmin.post('/api/organizations', {
      parentId: org['HN-UBND'],
      code: 'HN-X',
      name: 'Ngoài phạm vi',
      kind: 'other',
    })
    expect(outside.status).toBe(403)
  })
})

describe('read-only roles', () => {
  it('a supervisor reads users and audit but cannot change anything', async () => {
    const supervisor = new ApiClient(app.url)
    await supervisor.login('giamsat.badinh', 'DanVanSo-Demo-2026')
    expect((await supervisor.get('/api/users')).status).toBe(200)
    expect((await supervisor.get('/api/audit')).status).toBe(200)
    expect((await supervisor.post('/api/users', body({ username: 'khong.duoc' }))).status).toBe(403)
    expect((await supervisor.get('/api/tokens')).status).toBe(403)
  })

  it('a viewer cannot list users', async () => {
    const viewer = new ApiClient(app.url)
    await viewer.login('xem.hoankiem', 'DanVanSo-Demo-2026')
    const result = await viewer.get<ErrorBody>('/api/users')
    expect(result.status).toBe(403)
    expect(result.body.error.message).toBe('Bạn không có quyền thực hiện thao tác này.')
  })
})
