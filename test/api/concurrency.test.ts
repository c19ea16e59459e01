import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AUDIT_LANES, recordAudits, verifyAuditLog } from '../../src/platform/audit/audit.ts'
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

  it('takes many letters at once: each its own case and answer, a bad one refused alone, the audit chained', async () => {
    const letter = (i: number, extra: Record<string, unknown> = {}) => ({
      kind: 'petition',
      channel: 'hotline',
      receivedAt: '2026-10-05T08:30:00+07:00',
      citizen: { fullName: `Người gọi số ${i}`, phone: `09120000${String(i).padStart(2, '0')}` },
      summary: `Kiến nghị sửa đường thôn ${i}`,
      content: `Đường thôn ${i} xuống cấp, đề nghị sửa trước mùa mưa.`,
      ...extra,
    })
    // One letter names a split letter that does not exist: it is refused, the batch it joined is not.
    const bodies = Array.from({ length: 16 }, (_, i) =>
      i === 7 ? letter(i, { letterId: '00000000-0000-7000-8000-0000000000ff' }) : letter(i),
    )
    const results = await Promise.all(
      bodies.map((b) =>
        admin.post<{ id: string; trackingCode: string; error?: { code: string } }>('/api/cases', b),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(bodies.map((_, i) => (i === 7 ? 400 : 201)))
    expect(results[7]?.body.error?.code).toBe('VALIDATION_FAILED')
    const created = results.filter((r) => r.status === 201)
    expect(new Set(created.map((r) => r.body.trackingCode)).size).toBe(15)
    for (const [i, r] of results.entries()) {
      if (i === 7) continue
      const detail = await admin.get<{ summary: string; trackingCode: string }>(`/api/cases/${r.body.id}`)
      expect(detail.body).toMatchObject({
        summary: `Kiến nghị sửa đường thôn ${i}`,
        trackingCode: r.body.trackingCode,
      })
    }
    const audit = await verifyAuditLog(app.server.database.db)
    expect(audit.problems).toEqual([])
  })

  it('takes a letter after another process appended to the audit lanes of intake, the chain intact', async () => {
    const me = await admin.get<{ organizationId: string }>('/api/me')
    const letter = (n: number) => ({
      kind: 'feedback',
      channel: 'portal',
      receivedAt: '2026-10-06T09:00:00+07:00',
      citizen: { fullName: `Người phản ánh ${n}` },
      summary: `Phản ánh đèn đường hỏng số ${n}`,
      content: 'Đèn đường ở ngõ 5 hỏng đã hai tuần.',
    })
    expect((await admin.post('/api/cases', letter(1))).status).toBe(201)
    // Another process (a second server, an import) appends to every lane this organization's intakes use.
    await app.server.database.transaction((tx) =>
      recordAudits(
        tx,
        Array.from({ length: AUDIT_LANES }, (_, lane) => ({
          actor: { id: null, name: 'tiến trình khác' },
          action: 'case.received',
          entityType: 'case',
          entityId: `khac-${lane}`,
          organizationId: me.body.organizationId,
          summary: {},
          lane,
        })),
      ),
    )
    const second = await admin.post<{ id: string }>('/api/cases', letter(2))
    expect(second.status).toBe(201)
    const third = await admin.post<{ id: string }>('/api/cases', letter(3))
    expect(third.status).toBe(201)
    const audited = (
      await app.server.database.pool.query<{ entity_id: string }>(
        "select entity_id from audit_log where action = 'case.received' and entity_id = any($1)",
        [[second.body.id, third.body.id]],
      )
    ).rows
    expect(audited).toHaveLength(2)
    expect((await verifyAuditLog(app.server.database.db)).problems).toEqual([])
  })
})
