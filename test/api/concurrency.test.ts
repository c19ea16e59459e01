import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient } from '../support/http.ts'

let app: TestApp
let admin: ApiClient

beforeAll(async () => {
  app = await startTestApp()
  admin = new ApiClient(app.url)
  await admin.login('admin', app.adminPassword)
})
afterAll(() => app?.close())

describe('simultaneous requests', () => {
  it('keeps concurrent writes and reads apart: every one succeeds and is kept', async () => {
    const me = await admin.get<{ organizationId: string }>('/api/me')
    const writes = Array.from({ length: 12 }, (_, i) =>
      admin.post('/api/organizations', {
        parentId: me.body.organizationId,
        code: `DONG-THOI-${i}`,
        name: `Đơn vị đồng thời ${i}`,
        kind: 'other',
      }),
    )
    const reads = Array.from({ length: 12 }, () => admin.get('/api/users'))
    const results = await Promise.all([...writes, ...reads])
    expect(results.map((r) => r.status)).toEqual([...Array(12).fill(201), ...Array(12).fill(200)])
    const list = await admin.get<{ items: { code: string }[] }>('/api/organizations?limit=100')
    expect(list.body.items.filter((o) => o.code.startsWith('DONG-THOI-'))).toHaveLength(12)
  })
})
