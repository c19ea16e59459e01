import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

let app: TestApp
let officer: ApiClient
let leaderBadinh: ApiClient
let leaderHanoi: ApiClient
let adminHanoi: ApiClient
let viewer: ApiClient
const org: Record<string, string> = {}

interface Model {
  id: string
  status: string
  currentLevel: string | null
  recognisedOn: string | null
  version: number
  unitCode: string | null
  allowedActions: { action: string }[]
  recognitions: { level: string; decisionNumber: string; decidedOn: string }[]
  awards: { form: string; awardedBy: string }[]
  history: { action: string; toStatus: string }[]
}
type ByLevel = Record<'commune' | 'district' | 'province' | 'central', number>
interface Summary {
  totals: { models: number; awards: number; awardedModels: number }
  byLevel: { key: string; models: number }[]
  byYear: { year: number; byLevel: ByLevel; models: number }[]
  byField: { key: string; models: number }[]
  byUnit: { key: string; models: number; historical: boolean }[]
  groups: { key: string; models: number; historical?: boolean }[]
  awards: { form: string; count: number }[]
  headline: string
}
type TransitionError = ErrorBody & { error: { allowed?: string[] } }

const login = async (username: string) => {
  const client = new ApiClient(app.url)
  expect((await client.login(username, DEMO_PASSWORD)).status).toBe(200)
  return client
}

const modelBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'model',
  fieldCode: 'administrative_reform',
  title: 'Tổ dân phố không giấy tờ — hướng dẫn dịch vụ công tại nhà',
  goal: 'Mọi hộ gia đình nộp hồ sơ trực tuyến được',
  mobilisation: 'Đoàn viên thanh niên đến từng hộ, hướng dẫn cài đặt và nộp thử hồ sơ',
  results: [
    { label: 'Hộ được hướng dẫn', value: 412, unit: 'hộ' },
    { label: 'Hồ sơ nộp trực tuyến', value: 1350, unit: 'hồ sơ' },
  ],
  periodFrom: '2023-01-01',
  periodTo: '2023-12-31',
  ...overrides,
})

const byKey = (items: { key: string; models: number }[]) =>
  Object.fromEntries(items.filter((i) => i.models > 0).map((i) => [i.key, i.models]))

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  officer = await login('danvan.badinh')
  leaderBadinh = await login('lanhdao.badinh')
  leaderHanoi = await login('lanhdao.hanoi')
  adminHanoi = await login('quantri.hanoi')
  viewer = await login('xem.hoankiem')
  const { rows } = await app.server.database.pool.query<{ id: string; code: string }>(
    'select id, code from organizations',
  )
  for (const r of rows) org[r.code] = r.id
}, 120_000)

afterAll(async () => {
  await app?.close()
})

describe('registering a model', () => {
  it('registers a draft at the officer’s commune, with its results and unit', async () => {
    const created = await officer.post<Model>('/api/models', modelBody())
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ status: 'draft', currentLevel: null, unitCode: '00004' })
    expect(created.body.allowedActions.map((a) => a.action)).toEqual(['submit', 'withdraw'])
  })

  it.each([
    [{ kind: 'exemplar' }, 'personName'],
    [{ personName: 'Nguyễn Thị Mơ' }, 'personName'],
    [{ fieldCode: 'astronomy' }, 'fieldCode'],
    [{ results: [{ label: 'Hộ', value: -3 }] }, 'results.0.value'],
    [{ periodTo: '2022-01-01' }, 'periodTo'],
    [{ goal: '' }, 'goal'],
    [{ unitCode: '00001', periodFrom: '2026-01-01', periodTo: undefined }, 'unitCode'],
  ])('refuses %j naming %s in Vietnamese', async (change, path) => {
    const refused = await officer.post<ErrorBody>('/api/models', modelBody(change))
    expect(refused.status).toBe(400)
    expect(refused.body.error.code).toBe('VALIDATION_FAILED')
    expect(refused.body.error.fields?.map((f) => f.path)).toContain(path)
    expect(refused.body.error.fields?.[0]?.message).toMatch(/[à-ỹ]/)
  })

  it('lets an exemplar carry the person’s name', async () => {
    const created = await officer.post<Model & { personName: string }>(
      '/api/models',
      modelBody({ kind: 'exemplar', personName: 'Lê Thị Hồng Nhung', title: 'Người tổ trưởng gương mẫu' }),
    )
    expect(created.status).toBe(201)
    expect(created.body.personName).toBe('Lê Thị Hồng Nhung')
  })

  it('takes field codes as data: an administrator adds one for the city, its communes use it', async () => {
    const added = await adminHanoi.post('/api/models/fields', {
      code: 'digital_transformation',
      label: 'Chuyển đổi số',
    })
    expect(added.status).toBe(201)
    const again = await adminHanoi.post<ErrorBody>('/api/models/fields', {
      code: 'digital_transformation',
      label: 'Chuyển đổi số (trùng mã)',
    })
    expect(again.status).toBe(409)
    expect((await officer.post('/api/models/fields', { code: 'sports', label: 'Thể thao' })).status).toBe(403)
    const used = await officer.post<Model>('/api/models', modelBody({ fieldCode: 'digital_transformation' }))
    expect(used.status).toBe(201)
    const fields = await officer.get<{ items: { code: string }[] }>('/api/models/fields')
    expect(fields.body.items.map((f) => f.code)).toEqual(
      expect.arrayContaining(['economy', 'culture_society', 'defence_security', 'digital_transformation']),
    )
  })

  it('scopes: another commune’s viewer does not see it, the city does', async () => {
    const created = await officer.post<Model>('/api/models', modelBody())
    expect((await viewer.get(`/api/models/${created.body.id}`)).status).toBe(404)
    expect((await leaderHanoi.get(`/api/models/${created.body.id}`)).status).toBe(200)
    const list = await viewer.get<{ items: { id: string }[] }>('/api/models?limit=100')
    expect(list.body.items.map((m) => m.id)).not.toContain(created.body.id)
    expect((await viewer.post('/api/models', modelBody())).status).toBe(403)
  })
})

describe('attachments: photos, reports, recognition decisions', () => {
  it('stores a report with the model, audits it and serves it to readers in scope only', async () => {
    const created = await officer.post<Model>('/api/models', modelBody())
    const report = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
    const form = new FormData()
    form.append('attachments', new Blob([new Uint8Array(report)]), 'Báo cáo kết quả.pdf')
    const uploaded = await officer.upload<{ items: { id: string; fileName: string; sha256: string }[] }>(
      `/api/models/${created.body.id}/attachments`,
      form,
    )
    expect(uploaded.status).toBe(201)
    const file = uploaded.body.items[0]
    expect(file?.fileName).toBe('Báo cáo kết quả.pdf')
    const audit = await app.server.database.pool.query<{ summary: unknown }>(
      `select summary from audit_log where action = 'model.attachments_added' and entity_id = $1`,
      [created.body.id],
    )
    expect(audit.rows.map((r) => r.summary)).toEqual([
      {
        files: [{ id: file?.id, fileName: 'Báo cáo kết quả.pdf', sha256: file?.sha256, size: report.length }],
      },
    ])
    const download = await leaderHanoi.download(`/api/attachments/${file?.id}`)
    expect(download.status).toBe(200)
    expect(download.data.equals(report)).toBe(true)
    expect((await viewer.download(`/api/attachments/${file?.id}`)).status).toBe(404)
    expect((await viewer.upload(`/api/models/${created.body.id}/attachments`, form)).status).toBe(404)
  })
})

describe('the lifecycle', () => {
  let id: string
  const act = (client: ApiClient, action: string, body: Record<string, unknown> = {}) =>
    client.post<Model & TransitionError>(`/api/models/${id}/actions/${action}`, body)

  it('publishes its lifecycle', async () => {
    const lifecycle = await viewer.get<{ transitions: { action: string }[]; levels: { code: string }[] }>(
      '/api/models/lifecycle',
    )
    expect(lifecycle.status).toBe(200)
    expect(lifecycle.body.levels.map((l) => l.code)).toEqual(['commune', 'district', 'province', 'central'])
    expect(new Set(lifecycle.body.transitions.map((t) => t.action))).toEqual(
      new Set(['submit', 'return', 'resubmit', 'recognise', 'award', 'replicate', 'withdraw']),
    )
  })

  it('refuses a wrong action with the allowed ones, before reading the body', async () => {
    id = (
      await officer.post<Model>('/api/models', modelBody({ title: 'Dân vận khéo trong giải phóng mặt bằng' }))
    ).body.id
    const early = await act(leaderBadinh, 'recognise', { level: 'moon' })
    expect(early.status).toBe(409)
    expect(early.body.error.code).toBe('INVALID_TRANSITION')
    expect(early.body.error.allowed).toEqual(['submit', 'withdraw'])
    expect((await act(leaderBadinh, 'fly')).status).toBe(409)
  })

  it('is submitted by the officer, returned by the leader with a reason, resubmitted', async () => {
    expect((await act(officer, 'submit')).body.status).toBe('submitted')
    expect((await act(officer, 'recognise', { level: 'commune' })).status).toBe(403)
    const noReason = await act(leaderBadinh, 'return')
    expect(noReason.status).toBe(400)
    expect(noReason.body.error.fields?.[0]?.path).toBe('reason')
    expect((await act(leaderBadinh, 'return', { reason: 'Bổ sung số liệu kết quả' })).body.status).toBe(
      'returned',
    )
    expect((await act(officer, 'resubmit')).body.status).toBe('submitted')
  })

  it('is recognised at commune level, then only strictly higher, district only before 01/07/2025', async () => {
    const recognition = (level: string, decidedOn: string, decisionNumber: string) => ({
      level,
      decidingBody: 'UBND phường Ba Đình',
      decisionNumber,
      decidedOn,
    })
    const missing = await act(leaderBadinh, 'recognise', { level: 'commune' })
    expect(missing.status).toBe(400)
    expect(missing.body.error.fields?.map((f) => f.path)).toEqual([
      'decidingBody',
      'decisionNumber',
      'decidedOn',
    ])
    const commune = await act(leaderBadinh, 'recognise', recognition('commune', '2024-03-01', '12/QĐ-UBND'))
    expect(commune.status, JSON.stringify(commune.body)).toBe(200)
    expect(commune.body).toMatchObject({
      status: 'recognised',
      currentLevel: 'commune',
      recognisedOn: '2024-03-01',
    })

    const same = await act(leaderBadinh, 'recognise', recognition('commune', '2024-05-01', '13/QĐ-UBND'))
    expect(same.status).toBe(400)
    expect(same.body.error.fields?.[0]?.path).toBe('level')
    const lateDistrict = await act(leaderHanoi, 'recognise', recognition('district', '2025-08-01', '5/QĐ'))
    expect(lateDistrict.status).toBe(400)
    expect(lateDistrict.body.error.fields).toHaveLength(1)
    expect(lateDistrict.body.error.fields?.[0]?.message).toContain('01/07/2025')
    const earlier = await act(leaderHanoi, 'recognise', recognition('district', '2024-01-01', '5/QĐ'))
    expect(earlier.body.error.fields?.map((f) => f.path)).toEqual(['decidedOn'])
    const future = await act(leaderHanoi, 'recognise', recognition('province', '2099-01-01', '5/QĐ'))
    expect(future.body.error.fields?.map((f) => f.path)).toEqual(['decidedOn'])

    // The old district level is history: the city enters it.
    const district = await act(leaderHanoi, 'recognise', recognition('district', '2025-05-20', '88/QĐ-UBND'))
    expect(district.body).toMatchObject({ status: 'recognised', currentLevel: 'district' })
    const province = await leaderHanoi.post<Model>(`/api/models/${id}/actions/recognise`, {
      ...recognition('province', '2025-11-10', '3456/QĐ-UBND'),
      decidingBody: 'UBND thành phố Hà Nội',
    })
    expect(province.body).toMatchObject({ status: 'recognised', currentLevel: 'province' })
    expect(province.body.recognitions.map((r) => r.level)).toEqual(['commune', 'district', 'province'])
  })

  it('is recognised only by an organization at that level: the commune for commune, the city for province', async () => {
    const other = (
      await officer.post<Model>('/api/models', modelBody({ title: 'Chợ dân sinh văn minh, không rác thải' }))
    ).body.id
    const on = (client: ApiClient, level: string, decidedOn: string, decidingBody: string) =>
      client.post<Model & ErrorBody>(`/api/models/${other}/actions/recognise`, {
        level,
        decidingBody,
        decisionNumber: '21/QĐ-UBND',
        decidedOn,
      })
    expect((await officer.post(`/api/models/${other}/actions/submit`, {})).status).toBe(200)
    const levelsFor = async (client: ApiClient) =>
      (await client.get<{ recordableLevels: string[] }>(`/api/models/${other}`)).body.recordableLevels
    expect(await levelsFor(leaderBadinh)).toEqual(['commune'])
    expect(await levelsFor(leaderHanoi)).toEqual(['district', 'province'])
    expect(await levelsFor(officer)).toEqual([])

    const cityAsCommune = await on(leaderHanoi, 'commune', '2024-02-01', 'UBND phường Ba Đình')
    expect(cityAsCommune.status).toBe(400)
    expect(cityAsCommune.body.error.fields).toEqual([
      {
        path: 'level',
        message: 'Chỉ cơ quan cấp xã ghi nhận được quyết định công nhận cấp xã; cơ quan của bạn ở cấp tỉnh.',
      },
    ])
    for (const [level, expected] of [
      ['province', /Chỉ cơ quan cấp tỉnh .* cơ quan của bạn ở cấp xã/],
      ['district', /cơ quan cấp tỉnh nhập làm số liệu lịch sử; cơ quan của bạn ở cấp xã/],
      ['central', /Chỉ cơ quan cấp Trung ương .* cơ quan của bạn ở cấp xã/],
    ] as const) {
      const communeAbove = await on(leaderBadinh, level, '2024-02-01', 'UBND thành phố Hà Nội')
      expect(communeAbove.status).toBe(400)
      expect(communeAbove.body.error.fields?.map((f) => f.path)).toEqual(['level'])
      expect(communeAbove.body.error.fields?.[0]?.message).toMatch(expected)
    }
    expect((await on(leaderHanoi, 'central', '2024-02-01', 'Ban Dân vận Trung ương')).status).toBe(400)

    const commune = await on(leaderBadinh, 'commune', '2024-02-01', 'UBND phường Ba Đình')
    expect(commune.body).toMatchObject({ status: 'recognised', currentLevel: 'commune' })
    const province = await on(leaderHanoi, 'province', '2024-09-01', 'UBND thành phố Hà Nội')
    expect(province.body).toMatchObject({ status: 'recognised', currentLevel: 'province' })
    expect(await levelsFor(leaderHanoi)).toEqual([])
  })

  it('is awarded (not before its first recognition), replicated, awarded again, withdrawn by a leader', async () => {
    const award = {
      form: 'certificate_of_merit',
      awardedBy: 'Chủ tịch UBND thành phố Hà Nội',
      decisionNumber: '77/QĐ-UBND',
    }
    const early = await act(leaderHanoi, 'award', { ...award, awardedOn: '2024-01-15' })
    expect(early.status).toBe(400)
    expect(early.body.error.fields?.[0]?.path).toBe('awardedOn')
    const badForm = await act(leaderHanoi, 'award', { ...award, form: 'medal', awardedOn: '2025-12-01' })
    expect(badForm.body.error.fields?.[0]?.path).toBe('form')
    const awarded = await act(leaderHanoi, 'award', { ...award, awardedOn: '2025-12-01' })
    expect(awarded.body.status).toBe('awarded')
    const replicated = await act(leaderHanoi, 'replicate', { note: 'Nhân rộng ra 12 tổ dân phố' })
    expect(replicated.body.status).toBe('replicated')
    const again = await act(leaderHanoi, 'award', {
      ...award,
      form: 'commendation_certificate',
      awardedOn: '2025-12-20',
    })
    expect(again.body.status).toBe('replicated')
    expect(again.body.awards).toHaveLength(2)

    expect((await act(officer, 'withdraw', { reason: 'Nhầm' })).status).toBe(403)
    const withdrawn = await act(leaderHanoi, 'withdraw', { reason: 'Mô hình không còn duy trì' })
    expect(withdrawn.body.status).toBe('withdrawn')
    const after = await act(leaderHanoi, 'replicate', { note: 'x' })
    expect(after.status).toBe(409)
    expect(after.body.error.allowed).toEqual([])
    expect(withdrawn.body.history.map((h) => h.action)).toEqual([
      'register',
      'submit',
      'return',
      'resubmit',
      'recognise',
      'recognise',
      'recognise',
      'award',
      'replicate',
      'award',
      'withdraw',
    ])
  })

  it('refuses a stale version', async () => {
    const created = await officer.post<Model>('/api/models', modelBody())
    const stale = await officer.post<ErrorBody>(`/api/models/${created.body.id}/actions/submit`, {
      expectedVersion: created.body.version + 1,
    })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe('CONFLICT')
  })
})

describe('editing a draft or returned model', () => {
  type Edited = Omit<Model, 'history'> &
    ErrorBody &
    TransitionError & {
      title: string
      periodTo: string | null
      results: { label: string; value: number; unit?: string }[]
      editable: boolean
      history: { action: string; toStatus: string; body: Record<string, unknown> }[]
    }
  const edit = (client: ApiClient, id: string, body: Record<string, unknown>) =>
    client.patch<Edited>(`/api/models/${id}`, body)

  it('changes only the fields sent, keeps the previous values in the history and the audit log', async () => {
    const created = await officer.post<Edited>('/api/models', modelBody())
    expect(created.body.editable).toBe(true)
    const id = created.body.id
    const edited = await edit(officer, id, {
      expectedVersion: created.body.version,
      title: 'Tổ dân phố số hóa — dịch vụ công tại nhà',
      results: [{ label: 'Hộ được hướng dẫn', value: 450, unit: 'hộ' }],
      periodTo: null,
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body).toMatchObject({
      status: 'draft',
      title: 'Tổ dân phố số hóa — dịch vụ công tại nhà',
      goal: 'Mọi hộ gia đình nộp hồ sơ trực tuyến được',
      periodTo: null,
      unitCode: '00004',
      version: created.body.version + 1,
      results: [{ label: 'Hộ được hướng dẫn', value: 450, unit: 'hộ' }],
    })
    const step = edited.body.history.at(-1)
    expect(step?.action).toBe('edit')
    expect(step?.body).toMatchObject({
      fields: ['title', 'results', 'periodTo'],
      previous: { title: modelBody().title, periodTo: '2023-12-31' },
    })
    const { rows } = await app.server.database.pool.query<{ summary: { previous: { title: string } } }>(
      `select summary from audit_log where action = 'model.edit' and entity_id = $1`,
      [id],
    )
    expect(rows).toHaveLength(1)
    expect(rows[0]?.summary.previous.title).toBe(modelBody().title)

    const unchanged = await edit(officer, id, { title: 'Tổ dân phố số hóa — dịch vụ công tại nhà' })
    expect(unchanged.body.version).toBe(edited.body.version)
    const stale = await edit(officer, id, { expectedVersion: created.body.version, title: 'Bản cũ' })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe('CONFLICT')
  })

  it('checks the result as a registration: person of an exemplar, period, field, unit on the date', async () => {
    const id = (await officer.post<Model>('/api/models', modelBody())).body.id
    for (const [change, path] of [
      [{ kind: 'exemplar' }, 'personName'],
      [{ periodFrom: '2024-06-01' }, 'periodTo'],
      [{ fieldCode: 'astronomy' }, 'fieldCode'],
      [{ unitCode: '00001', periodFrom: '2026-01-01', periodTo: null }, 'unitCode'],
      [{ goal: '' }, 'goal'],
      [{ organizationId: org['HN-HOANKIEM'] }, 'organizationId'],
    ] as const) {
      const refused = await edit(officer, id, change)
      expect(refused.status, JSON.stringify(change)).toBe(400)
      expect(refused.body.error.fields?.map((f) => f.path)).toContain(path)
      expect(refused.body.error.fields?.[0]?.message).toMatch(/[à-ỹ]/)
    }
    const exemplar = await edit(officer, id, { kind: 'exemplar', personName: 'Trần Thị Thu Hà' })
    expect(exemplar.body).toMatchObject({ kind: 'exemplar', personName: 'Trần Thị Thu Hà' })
    const back = await edit(officer, id, { kind: 'model', personName: null })
    expect(back.body).toMatchObject({ kind: 'model', personName: null })
    const detail = await officer.get<Edited>(`/api/models/${id}`)
    expect(detail.body.history.map((h) => h.action)).toEqual(['register', 'edit', 'edit'])
  })

  it('is edited only while draft or returned, by those who manage its unit’s models', async () => {
    const id = (await officer.post<Model>('/api/models', modelBody())).body.id
    expect((await edit(viewer, id, { title: 'Của người khác' })).status).toBe(404)
    await officer.post(`/api/models/${id}/actions/submit`, {})
    const submitted = await edit(officer, id, { title: 'Sửa khi đã gửi' })
    expect(submitted.status).toBe(409)
    expect(submitted.body.error.code).toBe('INVALID_TRANSITION')
    expect(submitted.body.error.allowed).toEqual(['return', 'recognise', 'withdraw'])
    // The state is checked before the body.
    expect((await edit(officer, id, { title: '' })).status).toBe(409)
    await leaderBadinh.post(`/api/models/${id}/actions/return`, { reason: 'Bổ sung số liệu' })
    const returned = await edit(officer, id, { resultsText: 'Đã bổ sung số liệu quý IV' })
    expect(returned.status).toBe(200)
    expect(returned.body).toMatchObject({ status: 'returned', resultsText: 'Đã bổ sung số liệu quý IV' })
  })
})

describe('summary: 972 models = 21 province + 246 district + 705 commune (seed shape)', () => {
  let fixture: string

  /**
   * One fixture organization under the city, with, in 2021–2022: 21 models recognised at commune, district
   * and then province level (2022) and awarded; 246 at district level (100 in 2021, 146 in 2022, each first
   * at commune level); 705 at commune level (400 in 2021, 305 in 2022; ten of the 2022 ones recognised at
   * province level in 2023). Noise: 5 withdrawn, 7 never recognised, 4 recognised only in 2023.
   */
  beforeAll(async () => {
    const created = await adminHanoi.post<{ id: string }>('/api/organizations', {
      parentId: org['HN-UBND'],
      code: 'HN-FIXTURE-DVK',
      name: 'Ban Chỉ đạo phong trào Dân vận khéo (dữ liệu kiểm thử)',
      kind: 'department',
      provinceCode: '01',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    fixture = created.body.id
    const pool = app.server.database.pool
    const started = Date.now()
    await pool.query(
      `insert into models (id, kind, organization_id, province_code, admin_unit_id, admin_unit_code, field_code,
         title, goal, mobilisation, period_from, status, current_level, recognised_on)
       select gen_random_uuid(), 'model', $1, '01',
         case when spec.level = 'district' then (select id from admin_units where code = '016' and level = 'district' limit 1) end,
         case when spec.level = 'district' then '016' end,
         spec.field, 'Mô hình kiểm thử ' || spec.tag || ' ' || n, 'Mục tiêu', 'Cách vận động', '2021-01-01',
         spec.status, spec.level, spec.day::date
       from (values
         ('P', 21, 'province', '2022-05-10', 'administrative_reform', 'awarded'),
         ('D1', 100, 'district', '2021-09-15', 'economy', 'recognised'),
         ('D2', 146, 'district', '2022-09-15', 'economy', 'recognised'),
         ('C1', 400, 'commune', '2021-06-01', 'culture_society', 'recognised'),
         ('C2', 295, 'commune', '2022-06-01', 'culture_society', 'recognised'),
         ('CP', 10, 'province', '2023-04-01', 'culture_society', 'recognised'),
         ('W', 5, 'commune', '2021-06-01', 'other', 'withdrawn'),
         ('S', 7, null, null, 'other', 'submitted'),
         ('L', 4, 'commune', '2023-02-01', 'other', 'recognised')
       ) spec(tag, count, level, day, field, status),
       generate_series(1, spec.count) n`,
      [fixture],
    )
    // Every recognition: the highest one, and the lower ones before it.
    await pool.query(
      `insert into model_recognitions (id, model_id, province_code, level, deciding_body, decision_number, decided_on)
       select gen_random_uuid(), m.id, '01', r.level, 'Cơ quan kiểm thử', 'KT/' || r.level, r.day::date
       from models m join (values
         ('P', 'commune', '2021-03-01'), ('P', 'district', '2021-09-01'), ('P', 'province', '2022-05-10'),
         ('D1', 'commune', '2021-02-01'), ('D1', 'district', '2021-09-15'),
         ('D2', 'commune', '2021-02-01'), ('D2', 'district', '2022-09-15'),
         ('C1', 'commune', '2021-06-01'), ('C2', 'commune', '2022-06-01'),
         ('CP', 'commune', '2022-06-01'), ('CP', 'province', '2023-04-01'),
         ('W', 'commune', '2021-06-01'), ('L', 'commune', '2023-02-01')
       ) r(tag, level, day) on m.title like 'Mô hình kiểm thử ' || r.tag || ' %'
       where m.organization_id = $1`,
      [fixture],
    )
    await pool.query(
      `insert into model_awards (id, model_id, province_code, form, awarded_by, decision_number, awarded_on)
       select gen_random_uuid(), m.id, '01', 'certificate_of_merit', 'UBND tỉnh', 'KT-BK', '2022-12-20'::date
       from models m where m.organization_id = $1 and m.title like 'Mô hình kiểm thử P %'
       union all
       select gen_random_uuid(), m.id, '01', 'commendation_certificate', 'UBND huyện', 'KT-GK', '2021-12-20'::date
       from (select id from models where organization_id = $1 and title like 'Mô hình kiểm thử D1 %' limit 3) m`,
      [fixture],
    )
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  const summary = (client: ApiClient, query: string) =>
    client.get<Summary & ErrorBody>(`/api/models/summary?organization=${fixture}&${query}`)

  it('counts each model once at its highest level in 2021–2022', async () => {
    const s = await summary(leaderHanoi, 'from=2021-01-01&to=2022-12-31')
    expect(s.status, JSON.stringify(s.body)).toBe(200)
    expect(s.body.totals).toEqual({ models: 972, awards: 24, awardedModels: 24 })
    expect(byKey(s.body.byLevel)).toEqual({ province: 21, district: 246, commune: 705 })
    expect(s.body.byYear).toEqual([
      { year: 2021, byLevel: { commune: 400, district: 100, province: 0, central: 0 }, models: 500 },
      { year: 2022, byLevel: { commune: 305, district: 146, province: 21, central: 0 }, models: 472 },
    ])
    expect(s.body.awards).toEqual([
      expect.objectContaining({ form: 'certificate_of_merit', count: 21 }),
      expect.objectContaining({ form: 'commendation_certificate', count: 3 }),
    ])
    expect(s.body.headline).toContain('972 mô hình')
    expect(s.body.headline).toContain('cấp tỉnh 21 mô hình, cấp huyện 246 mô hình, cấp xã 705 mô hình')
  })

  it('groups by field and by unit, keeping the old district as history', async () => {
    const byField = await summary(leaderHanoi, 'from=2021-01-01&to=2022-12-31&groupBy=field')
    expect(byKey(byField.body.groups)).toEqual({
      administrative_reform: 21,
      economy: 246,
      culture_society: 705,
    })
    const byUnit = await summary(leaderHanoi, 'from=2021-01-01&to=2022-12-31&groupBy=unit')
    const district = byUnit.body.groups.find((g) => g.key === '016') as {
      models: number
      historical: boolean
    }
    expect(district).toMatchObject({ models: 246, historical: true })
    expect(byUnit.body.groups.reduce((n, g) => n + g.models, 0)).toBe(972)
  })

  it('moves a model up when the period reaches its higher recognition', async () => {
    const s = await summary(leaderHanoi, 'from=2021-01-01&to=2023-12-31')
    expect(byKey(s.body.byLevel)).toEqual({ province: 31, district: 246, commune: 699 })
    expect(s.body.byYear.find((y) => y.year === 2023)?.byLevel).toMatchObject({ province: 10, commune: 4 })
    const only2023 = await summary(leaderHanoi, 'from=2023-01-01&to=2023-12-31')
    expect(only2023.body.totals.models).toBe(14)
  })

  it('is scoped to the caller’s subtree', async () => {
    const outside = await summary(leaderBadinh, 'from=2021-01-01&to=2022-12-31')
    expect(outside.status).toBe(400)
    expect(outside.body.error.fields?.[0]?.path).toBe('organization')
    const own = await leaderBadinh.get<Summary>('/api/models/summary?from=2021-01-01&to=2022-12-31')
    expect(own.body.totals.models).toBeLessThan(972)
    const city = await leaderHanoi.get<Summary>('/api/models/summary?from=2021-01-01&to=2022-12-31')
    expect(city.body.totals.models).toBeGreaterThanOrEqual(972)
    const bad = await leaderHanoi.get<ErrorBody>('/api/models/summary?from=2023-01-01&to=2022-01-01')
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields?.[0]?.path).toBe('from')
  })
})

describe('the public gallery (server-rendered, no account)', () => {
  const page = async (path: string) => {
    const response = await fetch(app.url + path)
    return { status: response.status, text: await response.text() }
  }

  it('shows recognised models only, found by words typed without diacritics', async () => {
    const draft = await officer.post<Model>(
      '/api/models',
      modelBody({ title: 'Mô hình nháp chưa công nhận về thu gom rác', fieldCode: 'culture_society' }),
    )
    const exemplar = await officer.post<Model>(
      '/api/models',
      modelBody({
        kind: 'exemplar',
        personName: 'Nguyễn Thị Thanh Xuân',
        title: 'Tổ trưởng vận động hiến đất mở rộng ngõ Quỳnh Lôi',
        fieldCode: 'economy',
      }),
    )
    const id = exemplar.body.id
    await officer.post(`/api/models/${id}/actions/submit`)
    const recognised = await leaderBadinh.post(`/api/models/${id}/actions/recognise`, {
      level: 'commune',
      decidingBody: 'UBND phường Ba Đình',
      decisionNumber: '41/QĐ-UBND',
      decidedOn: '2025-12-01',
    })
    expect(recognised.status).toBe(200)

    const found = await page('/mo-hinh?q=hien+dat+quynh+loi')
    expect(found.status).toBe(200)
    expect(found.text).toContain('Tổ trưởng vận động hiến đất mở rộng ngõ Quỳnh Lôi')
    expect(found.text).toContain('Nguyễn Thị Thanh Xuân')
    expect(found.text).not.toContain('<script')
    expect((await page('/mo-hinh?q=thu+gom+rac+nhap')).text).not.toContain('Mô hình nháp chưa công nhận')
    const filtered = await page('/mo-hinh?linh-vuc=economy&cap=commune&tinh=01&q=quynh+loi')
    expect(filtered.text).toContain('ngõ Quỳnh Lôi')
    expect((await page('/mo-hinh?cap=central&q=quynh+loi')).text).not.toContain('ngõ Quỳnh Lôi')
    expect((await page('/mo-hinh?cap=galaxy')).status).toBe(422)

    const detail = await page(`/mo-hinh/${id}`)
    expect(detail.status).toBe(200)
    expect(detail.text).toContain('41/QĐ-UBND')
    expect(detail.text).toContain('1.350 hồ sơ')
    expect((await page(`/mo-hinh/${draft.body.id}`)).status).toBe(404)
    expect((await page('/')).text).toContain('href="/mo-hinh"')
  })
})

describe('demo data', () => {
  it('makes the summary meaningful: commune and old district recognitions in a commune, awards in the city', async () => {
    const commune = await leaderBadinh.get<Summary>('/api/models/summary?from=2021-01-01')
    const levels = byKey(commune.body.byLevel)
    expect(levels.commune).toBeGreaterThan(5)
    expect(levels.district).toBeGreaterThan(0)
    expect(commune.body.byYear.length).toBeGreaterThanOrEqual(4)
    const city = await leaderHanoi.get<Summary>('/api/models/summary?from=2023-01-01')
    expect(city.body.totals.awards).toBeGreaterThan(0)
    const gallery = await fetch(`${app.url}/mo-hinh`)
    expect(await gallery.text()).toContain('Dân vận khéo')
  })
})
