import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

type TransitionError = ErrorBody & { error: { allowed?: string[] } }

let app: TestApp
let officer: ApiClient
let leaderHanoi: ApiClient
let viewer: ApiClient
const org: Record<string, string> = {}

interface Conference {
  id: string
  kind: string
  status: string
  valid: boolean
  quorumMet: boolean | null
  timing: string | null
  windowFrom: string
  windowTo: string
  expectedCount: number | null
  findings: { code: string; severity: string; message: string; source: string }[]
  resolutions: { title: string; passed: boolean }[]
  attachments: { id: string }[]
}
interface Missing {
  id: string
  name: string
  reason: string
}
interface Coverage {
  agencies: {
    required: number
    held: number
    share: number | null
    optional: number
    late: number
    missing: Missing[]
  }
  enterprises: {
    required: number
    held: number
    share: number | null
    byOwnership: { ownership: string; required: number; held: number; share: number | null }[]
    missing: Missing[]
  }
}
interface Enterprise {
  id: string
  name: string
  ownership: string
}
interface RulesHistory {
  currentId: string | null
  items: { id: string; versionNumber: number; current: boolean; decisionNumber: string }[]
}

const login = async (username: string) => {
  const client = new ApiClient(app.url)
  expect((await client.login(username, DEMO_PASSWORD)).status).toBe(200)
  return client
}

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  officer = await login('danvan.badinh')
  leaderHanoi = await login('lanhdao.hanoi')
  viewer = await login('xem.hoankiem')
  const { rows } = await app.server.database.pool.query<{ id: string; code: string }>(
    'select id, code from organizations',
  )
  for (const r of rows) org[r.code] = r.id
}, 180_000)

afterAll(async () => {
  await app?.close()
})

const staff = (code: string, fields: Record<string, unknown>) => ({
  kind: 'staff',
  organizationId: org[code],
  year: 2030,
  ...fields,
})

describe('annual conferences: quorum, window and resolutions as rules with their article', () => {
  it('records a valid conference and tells which resolutions passed (more than 50 % of those present)', async () => {
    const created = await officer.post<Conference>(
      '/api/democracy/conferences',
      staff('HN-BADINH', {
        heldOn: '2031-01-20',
        form: 'full',
        staffTotal: 45,
        presentCount: 40,
        resolutions: [
          { title: 'Nghị quyết hội nghị năm 2031', votesFor: 30, votesAgainst: 10 },
          { title: 'Sửa quy chế chi tiêu nội bộ', votesFor: 20, votesAgainst: 18, abstentions: 2 },
        ],
      }),
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({
      valid: true,
      quorumMet: true,
      timing: 'on_time',
      windowFrom: '2031-01-01',
      windowTo: '2031-03-31',
      expectedCount: 45,
    })
    expect(created.body.resolutions.map((r) => r.passed)).toEqual([true, false])
    expect(created.body.findings).toEqual([
      expect.objectContaining({
        code: 'resolution_failed',
        severity: 'flag',
        source: expect.stringMatching(/Điều 51/),
      }),
    ])
  })

  it('keeps a conference without quorum, marked invalid with the reason', async () => {
    const created = await officer.post<Conference>(
      '/api/democracy/conferences',
      staff('HN-BADINH-HDND', { heldOn: '2031-02-10', staffTotal: 12, presentCount: 7 }),
    )
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ valid: false, quorumMet: false })
    expect(created.body.findings[0]).toMatchObject({
      code: 'quorum',
      severity: 'invalid',
      message: expect.stringMatching(/7\/12.*2\/3/),
      source: 'Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 51, Điều 69',
    })
    const list = await officer.get<{ items: Conference[] }>(
      '/api/democracy/conferences?year=2030&valid=false',
    )
    expect(list.body.items.map((c) => c.id)).toContain(created.body.id)
  })

  it('flags a late conference but counts it, and records that a unit of 7 staff did not hold one', async () => {
    const late = await officer.post<Conference>(
      '/api/democracy/conferences',
      staff('HN-BADINH-MTTQ', { heldOn: '2031-04-15', staffTotal: 15, presentCount: 14 }),
    )
    expect(late.body).toMatchObject({ valid: true, timing: 'late' })
    expect(late.body.findings.map((f) => f.code)).toEqual(['late'])
    const skipped = await officer.post<Conference>(
      '/api/democracy/conferences',
      staff('HN-BADINH-HCCB', { status: 'skipped', staffTotal: 6 }),
    )
    expect(skipped.status).toBe(201)
    expect(skipped.body).toMatchObject({ status: 'skipped', valid: true, quorumMet: null })
    const full = await officer.post<Conference>(
      '/api/democracy/conferences',
      staff('HN-BADINH-HPN', { heldOn: '2031-03-31', staffTotal: 9, presentCount: 6 }),
    )
    expect(full.body).toMatchObject({ valid: true, quorumMet: true, timing: 'on_time' })
  })

  it('refuses what cannot be true or is not allowed, naming the field', async () => {
    const eight = await officer.post<ErrorBody>(
      '/api/democracy/conferences',
      staff('HN-BADINH-DTN', { status: 'skipped', staffTotal: 8 }),
    )
    expect(eight.status).toBe(400)
    expect(eight.body.error.fields?.[0]?.path).toBe('status')
    const crowd = await officer.post<ErrorBody>(
      '/api/democracy/conferences',
      staff('HN-BADINH-DTN', { heldOn: '2031-01-10', staffTotal: 10, presentCount: 12 }),
    )
    expect(crowd.body.error.fields?.[0]?.path).toBe('presentCount')
    const votes = await officer.post<ErrorBody>(
      '/api/democracy/conferences',
      staff('HN-BADINH-DTN', {
        heldOn: '2031-01-10',
        staffTotal: 10,
        presentCount: 8,
        resolutions: [{ title: 'Nghị quyết', votesFor: 8, votesAgainst: 2 }],
      }),
    )
    expect(votes.body.error.fields?.[0]?.path).toBe('resolutions.0.votesFor')
    const noEnterprise = await officer.post<ErrorBody>('/api/democracy/conferences', {
      kind: 'workers',
      year: 2030,
      staffTotal: 10,
    })
    expect(noEnterprise.body.error.fields?.[0]?.path).toBe('enterpriseId')
    const type = await officer.post<ErrorBody>(
      '/api/democracy/conferences',
      staff('HN-BADINH', { staffTotal: 'ba' }),
    )
    expect(type.body.error.fields?.[0]).toMatchObject({
      path: 'staffTotal',
      message: expect.stringMatching(/số/),
    })
    expect(
      (await viewer.post('/api/democracy/conferences', staff('HN-HOANKIEM', { staffTotal: 5 }))).status,
    ).toBe(403)
    const { rows } = await app.server.database.pool.query<{ n: number }>(
      `select count(*)::int as n from democracy_conferences where organization_id = $1 and year = 2030`,
      [org['HN-BADINH-DTN']],
    )
    expect(rows[0]?.n).toBe(0)
  })

  it('keeps the minutes with the conference and hides it from another commune', async () => {
    const list = await officer.get<{ items: Conference[] }>(
      `/api/democracy/conferences?year=2030&organization=${org['HN-BADINH']}&kind=staff`,
    )
    const first = list.body.items.find((c) => c.valid && c.status === 'held') as Conference
    const form = new FormData()
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
    form.append('attachments', new Blob([new Uint8Array(pdf)]), 'Biên bản hội nghị.pdf')
    expect((await officer.upload(`/api/democracy/conferences/${first.id}/attachments`, form)).status).toBe(
      201,
    )
    const detail = await officer.get<Conference>(`/api/democracy/conferences/${first.id}`)
    expect(detail.body.attachments).toHaveLength(1)
    expect((await viewer.get(`/api/democracy/conferences/${first.id}`)).status).toBe(404)
    const audit = await app.server.database.pool.query<{ summary: { files: object[] } }>(
      `select summary from audit_log where action = 'democracy_conference.attachments_added' and entity_id = $1`,
      [first.id],
    )
    expect(audit.rows.map((r) => r.summary.files)).toEqual([
      [{ id: expect.any(String), fileName: 'Biên bản hội nghị.pdf', sha256: expect.any(String) }],
    ])
    expect((await viewer.upload(`/api/democracy/conferences/${first.id}/attachments`, form)).status).toBe(404)
  })
})

describe('enterprises and their workers’ conferences', () => {
  let state: Enterprise
  let small: Enterprise

  it('registers enterprises overseen by the commune, refusing a bad or duplicate tax code', async () => {
    const a = await officer.post<Enterprise>('/api/democracy/enterprises', {
      name: 'Công ty TNHH MTV Chiếu sáng Kim Mã (kiểm thử)',
      taxCode: '0199999001',
      ownership: 'state',
      workforce: 150,
      fiscalYearEndMonth: 6,
    })
    expect(a.status, JSON.stringify(a.body)).toBe(201)
    state = a.body
    const b = await officer.post<Enterprise>('/api/democracy/enterprises', {
      name: 'Công ty TNHH Sửa chữa xe Đội Cấn (kiểm thử)',
      taxCode: '0199999002',
      ownership: 'private',
      workforce: 20,
    })
    small = b.body
    const dup = await officer.post<ErrorBody>('/api/democracy/enterprises', {
      name: 'Trùng mã',
      taxCode: '0199999002',
      ownership: 'private',
      workforce: 3,
    })
    expect(dup.status).toBe(409)
    expect(dup.body.error.fields?.[0]?.path).toBe('taxCode')
    const bad = await officer.post<ErrorBody>('/api/democracy/enterprises', {
      name: 'Sai mã',
      taxCode: '12345',
      ownership: 'cooperative',
      workforce: 3,
    })
    expect(bad.body.error.fields?.map((f) => f.path).sort()).toEqual(['ownership', 'taxCode'])
    const found = await officer.get<{ items: Enterprise[] }>('/api/democracy/enterprises?q=chieu sang kim ma')
    expect(found.body.items.map((e) => e.id)).toEqual([state.id])
  })

  it('checks a workers’ conference against the fiscal year and the same quorum (Art. 69)', async () => {
    const held = await officer.post<Conference>('/api/democracy/conferences', {
      kind: 'workers',
      enterpriseId: state.id,
      year: 2030,
      heldOn: '2030-08-20',
      form: 'delegates',
      staffTotal: 150,
      expectedCount: 50,
      presentCount: 40,
    })
    expect(held.status, JSON.stringify(held.body)).toBe(201)
    expect(held.body).toMatchObject({
      valid: true,
      windowFrom: '2030-07-01',
      windowTo: '2030-09-30',
      timing: 'on_time',
    })
    const thin = await officer.post<Conference>('/api/democracy/conferences', {
      kind: 'workers',
      enterpriseId: small.id,
      year: 2030,
      heldOn: '2031-02-02',
      staffTotal: 20,
      presentCount: 12,
    })
    expect(thin.body).toMatchObject({ valid: false, quorumMet: false })
  })
})

describe('coverage against a hand-computed fixture', () => {
  it('counts agencies required, held validly and missing; enterprises by ownership', async () => {
    const coverage = await officer.get<Coverage>(`/api/democracy/coverage?year=2030`)
    expect(coverage.status, JSON.stringify(coverage.body)).toBe(200)
    // Ba Đình: UBND, HĐND, MTTQ, Hội Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh (6 agencies); the
    // veterans' association (6 staff) did not hold it → 5 required; UBND, MTTQ (late), Phụ nữ valid → 3.
    expect(coverage.body.agencies).toMatchObject({ required: 5, held: 3, share: 60, optional: 1, late: 1 })
    expect(coverage.body.agencies.missing.map((m) => [m.id, m.reason])).toEqual(
      expect.arrayContaining([
        [org['HN-BADINH-HDND'], 'invalid'],
        [org['HN-BADINH-DTN'], 'not_held'],
      ]),
    )
    expect(coverage.body.agencies.missing).toHaveLength(2)
    // The demo printing company (no 2030 conference), the state company (valid), the repair shop (no quorum).
    expect(coverage.body.enterprises).toMatchObject({ required: 3, held: 1, share: 33.3 })
    expect(coverage.body.enterprises.byOwnership).toEqual([
      expect.objectContaining({ ownership: 'state', required: 1, held: 1, share: 100 }),
      expect.objectContaining({ ownership: 'private', required: 2, held: 0, share: 0 }),
    ])
    expect(coverage.body.enterprises.missing.map((m) => m.reason).sort()).toEqual(['invalid', 'not_held'])
  })

  it('scopes coverage to the caller’s subtree', async () => {
    const outside = await viewer.get<ErrorBody>(
      `/api/democracy/coverage?year=2030&organization=${org['HN-BADINH']}`,
    )
    expect(outside.status).toBe(400)
    expect(outside.body.error.fields?.[0]?.path).toBe('organization')
    const own = await viewer.get<Coverage>('/api/democracy/coverage?year=2030')
    expect(own.body.agencies.held).toBe(0)
    expect(own.body.agencies.missing.map((m) => m.id)).not.toContain(org['HN-BADINH'])
  })

  it('shows the demo city at 100 % of agencies and 80 % of enterprises in 2024, as the seeds report', async () => {
    const demo = await leaderHanoi.get<Coverage>('/api/democracy/coverage?year=2024')
    expect(demo.body.agencies.share).toBe(100)
    expect(demo.body.enterprises).toMatchObject({ required: 12, held: 8 })
    const [first] = (
      await leaderHanoi.get<{ items: { id: string }[] }>('/api/democracy/conferences?year=2024&limit=1')
    ).body.items
    const detail = await leaderHanoi.get<{ history: { action: string; actorName: string }[] }>(
      `/api/democracy/conferences/${first?.id}`,
    )
    expect(detail.body.history).toEqual([
      expect.objectContaining({ action: 'record', actorName: 'Dữ liệu mẫu' }),
    ])
  })
})

describe('correcting and withdrawing a recorded conference', () => {
  type Detail = Conference &
    TransitionError & {
      state: string
      version: number
      presentCount: number | null
      withdrawnReason: string | null
      history: { action: string; reason: string | null; previous: Record<string, unknown> | null }[]
    }
  const act = (client: ApiClient, id: string, action: string, body: Record<string, unknown>) =>
    client.post<Detail>(`/api/democracy/conferences/${id}/actions/${action}`, body)
  const veterans2032 = async () => {
    const coverage = await officer.get<Coverage>('/api/democracy/coverage?year=2032')
    const missing = coverage.body.agencies.missing.find((m) => m.id === org['HN-BADINH-HCCB'])
    return {
      held: coverage.body.agencies.held,
      share: coverage.body.agencies.share,
      missing: missing?.reason,
    }
  }

  it('corrects the figures, checks them again, keeps the old ones and recomputes the coverage', async () => {
    const recorded = await officer.post<Detail>(
      '/api/democracy/conferences',
      staff('HN-BADINH-HCCB', { year: 2032, heldOn: '2033-01-15', staffTotal: 12, presentCount: 7 }),
    )
    expect(recorded.body).toMatchObject({ valid: false, state: 'recorded', version: 1 })
    // Ba Đình has six agencies that must hold it in 2032; none valid yet.
    expect(await veterans2032()).toEqual({ held: 0, share: 0, missing: 'invalid' })
    const id = recorded.body.id

    const noReason = await act(officer, id, 'correct', {
      year: 2032,
      heldOn: '2033-01-15',
      staffTotal: 12,
      presentCount: 10,
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.error.fields?.map((f) => f.path)).toEqual(['reason'])
    const otherKind = await act(officer, id, 'correct', {
      kind: 'workers',
      reason: 'Nhầm loại',
      year: 2032,
      staffTotal: 12,
    })
    expect(otherKind.body.error.fields?.map((f) => f.path)).toEqual(['kind'])
    const impossible = await act(officer, id, 'correct', {
      reason: 'Nhập sai số người có mặt',
      year: 2032,
      heldOn: '2033-01-15',
      staffTotal: 12,
      presentCount: 13,
    })
    expect(impossible.status).toBe(400)
    expect(impossible.body.error.fields?.[0]?.path).toBe('presentCount')

    const corrected = await act(officer, id, 'correct', {
      reason: 'Biên bản ghi 10 người có mặt, nhập nhầm thành 7',
      expectedVersion: 1,
      year: 2032,
      heldOn: '2033-01-15',
      staffTotal: 12,
      presentCount: 10,
      resolutions: [{ title: 'Nghị quyết hội nghị năm 2032', votesFor: 9, votesAgainst: 1 }],
    })
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200)
    expect(corrected.body).toMatchObject({ valid: true, quorumMet: true, presentCount: 10, version: 2 })
    expect(corrected.body.resolutions).toEqual([expect.objectContaining({ passed: true })])
    expect(corrected.body.history.map((h) => h.action)).toEqual(['record', 'correct'])
    expect(corrected.body.history[1]).toMatchObject({
      reason: 'Biên bản ghi 10 người có mặt, nhập nhầm thành 7',
      previous: { presentCount: 7, valid: false, quorumMet: false, resolutions: [] },
    })
    const { rows } = await app.server.database.pool.query<{
      summary: Record<string, Record<string, unknown>>
    }>(`select summary from audit_log where action = 'democracy_conference.correct' and entity_id = $1`, [id])
    expect(rows[0]?.summary.previous).toMatchObject({ presentCount: 7, valid: false })
    expect(rows[0]?.summary.changed).toMatchObject({ presentCount: 10, valid: true })
    expect(await veterans2032()).toEqual({ held: 1, share: 16.7, missing: undefined })

    const stale = await act(officer, id, 'correct', {
      reason: 'Sửa lại',
      expectedVersion: 1,
      year: 2032,
      staffTotal: 12,
      status: 'skipped',
    })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe('CONFLICT')
  })

  it('withdraws a record with a reason: kept, marked, no longer counted, then closed to every action', async () => {
    const recorded = await officer.post<Detail>(
      '/api/democracy/conferences',
      staff('HN-BADINH-DTN', { year: 2032, heldOn: '2033-02-01', staffTotal: 9, presentCount: 9 }),
    )
    const id = recorded.body.id
    const before = (await officer.get<Coverage>('/api/democracy/coverage?year=2032')).body.agencies.held
    expect((await act(viewer, id, 'withdraw', { reason: 'Không thuộc đơn vị' })).status).toBe(404)
    expect((await act(officer, id, 'withdraw', {})).body.error.fields?.[0]?.path).toBe('reason')
    const withdrawn = await act(officer, id, 'withdraw', { reason: 'Ghi nhận nhầm: hội nghị chưa tổ chức' })
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body).toMatchObject({
      state: 'withdrawn',
      withdrawnReason: 'Ghi nhận nhầm: hội nghị chưa tổ chức',
      allowedActions: [],
    })
    const after = (await officer.get<Coverage>('/api/democracy/coverage?year=2032')).body
    expect(after.agencies.held).toBe(before - 1)
    expect(after.agencies.missing.find((m) => m.id === org['HN-BADINH-DTN'])?.reason).toBe('not_held')
    const again = await act(officer, id, 'correct', { reason: 'x', year: 2032, staffTotal: 9 })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('INVALID_TRANSITION')
    expect(again.body.error.allowed).toEqual([])
    const list = await officer.get<{ items: Detail[] }>('/api/democracy/conferences?year=2032')
    expect(list.body.items.find((c) => c.id === id)?.state).toBe('withdrawn')
  })
})

describe('the enterprise register: edit, stop following, follow again', () => {
  type Row = Enterprise &
    TransitionError & {
      taxCode: string
      workforce: number
      address: string | null
      status: string
      inactiveReason: string | null
      allowedActions: string[]
    }
  const enterprises2032 = async () =>
    (await officer.get<Coverage>('/api/democracy/coverage?year=2032')).body.enterprises.required

  it('edits only the fields sent, refuses another’s tax code, audits the previous values', async () => {
    const created = await officer.post<Row>('/api/democracy/enterprises', {
      name: 'Hợp tác xã May Liễu Giai (kiểm thử)',
      taxCode: '0199999101',
      ownership: 'private',
      workforce: 30,
      address: 'Ngõ 12 Liễu Giai',
    })
    const id = created.body.id
    const edited = await officer.patch<Row>(`/api/democracy/enterprises/${id}`, {
      name: 'Công ty TNHH May Liễu Giai (kiểm thử)',
      workforce: 42,
      address: null,
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body).toMatchObject({
      name: 'Công ty TNHH May Liễu Giai (kiểm thử)',
      taxCode: '0199999101',
      workforce: 42,
      address: null,
    })
    const { rows } = await app.server.database.pool.query<{
      summary: Record<string, Record<string, unknown>>
    }>(`select summary from audit_log where action = 'enterprise.update' and entity_id = $1`, [id])
    expect(rows[0]?.summary.previous).toEqual({
      name: 'Hợp tác xã May Liễu Giai (kiểm thử)',
      workforce: 30,
      address: 'Ngõ 12 Liễu Giai',
    })
    const taken = await officer.patch<Row>(`/api/democracy/enterprises/${id}`, { taxCode: '0199999001' })
    expect(taken.status).toBe(409)
    expect(taken.body.error.fields?.[0]?.path).toBe('taxCode')
    const badUnit = await officer.patch<Row>(`/api/democracy/enterprises/${id}`, { adminUnitCode: '99999' })
    expect(badUnit.body.error.fields?.[0]?.path).toBe('adminUnitCode')
    expect((await viewer.patch(`/api/democracy/enterprises/${id}`, { workforce: 1 })).status).toBe(404)
  })

  it('stops following with a reason (out of the coverage), follows again, refuses a wrong step', async () => {
    const created = await officer.post<Row>('/api/democracy/enterprises', {
      name: 'Công ty CP In Ngọc Hà (kiểm thử)',
      taxCode: '0199999102',
      ownership: 'private',
      workforce: 60,
    })
    const id = created.body.id
    expect(created.body.allowedActions).toEqual(['deactivate'])
    const required = await enterprises2032()
    const act = (action: string, body: Record<string, unknown> = {}) =>
      officer.post<Row>(`/api/democracy/enterprises/${id}/actions/${action}`, body)

    const early = await act('reactivate')
    expect(early.status).toBe(409)
    expect(early.body.error).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['deactivate'] })
    const noReason = await act('deactivate')
    expect(noReason.status).toBe(400)
    expect(noReason.body.error.fields?.[0]?.path).toBe('reason')
    const stopped = await act('deactivate', { reason: 'Doanh nghiệp đã chuyển trụ sở sang tỉnh khác' })
    expect(stopped.body).toMatchObject({
      status: 'inactive',
      inactiveReason: 'Doanh nghiệp đã chuyển trụ sở sang tỉnh khác',
      allowedActions: ['reactivate'],
    })
    expect(await enterprises2032()).toBe(required - 1)
    const inactive = await officer.get<{ items: Row[] }>('/api/democracy/enterprises?status=inactive')
    expect(inactive.body.items.map((e) => e.id)).toContain(id)

    const again = await act('reactivate')
    expect(again.body).toMatchObject({ status: 'active', inactiveReason: null })
    expect(await enterprises2032()).toBe(required)
    const { rows } = await app.server.database.pool.query<{ action: string }>(
      `select action from audit_log where entity_id = $1 order by at, seq`,
      [id],
    )
    expect(rows.map((r) => r.action)).toEqual([
      'enterprise.register',
      'enterprise.deactivate',
      'enterprise.reactivate',
    ])
  })
})

describe('internal democracy rules (quy chế dân chủ) with their history', () => {
  it('numbers versions, keeps the history and shows the one in force', async () => {
    const rules = (fields: Record<string, string>) => ({
      organizationId: org['HN-BADINH-HPN'],
      title: 'Quy chế dân chủ của Hội Liên hiệp Phụ nữ phường',
      ...fields,
    })
    const first = await officer.post<RulesHistory>(
      '/api/democracy/rules',
      rules({ decisionNumber: '01/QĐ-HPN', adoptedOn: '2024-01-10', effectiveFrom: '2024-02-01' }),
    )
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    await officer.post(
      '/api/democracy/rules',
      rules({ decisionNumber: '05/QĐ-HPN', adoptedOn: '2026-01-05', effectiveFrom: '2026-02-01' }),
    )
    await officer.post(
      '/api/democracy/rules',
      rules({ decisionNumber: '09/QĐ-HPN', adoptedOn: '2099-01-05', effectiveFrom: '2099-02-01' }),
    )
    const bad = await officer.post<ErrorBody>(
      '/api/democracy/rules',
      rules({ decisionNumber: '10/QĐ-HPN', adoptedOn: '2026-03-05', effectiveFrom: '2026-03-01' }),
    )
    expect(bad.body.error.fields?.[0]?.path).toBe('effectiveFrom')
    const history = await officer.get<RulesHistory>(
      `/api/democracy/rules?organization=${org['HN-BADINH-HPN']}`,
    )
    expect(history.body.items.map((r) => [r.versionNumber, r.decisionNumber, r.current])).toEqual([
      [3, '09/QĐ-HPN', false],
      [2, '05/QĐ-HPN', true],
      [1, '01/QĐ-HPN', false],
    ])
    expect((await viewer.get(`/api/democracy/rules?organization=${org['HN-BADINH-HPN']}`)).status).toBe(400)
  })
})

describe('the stable API is published', () => {
  it('lists the friendly-government and democracy paths in OpenAPI', async () => {
    const spec = (await (await fetch(`${app.url}/api/openapi.json`)).json()) as { paths: object }
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/friendly-government/evaluations',
        '/api/friendly-government/evaluations/{id}',
        '/api/friendly-government/evaluations/{id}/actions/{action}',
        '/api/friendly-government/summary',
        '/api/friendly-government/criteria-sets',
        '/api/democracy/conferences',
        '/api/democracy/coverage',
        '/api/democracy/rules',
        '/api/democracy/enterprises',
      ]),
    )
  })
})
