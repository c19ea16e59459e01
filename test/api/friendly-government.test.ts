import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

let app: TestApp
let admin: ApiClient
let officer: ApiClient
let leaderBadinh: ApiClient
let leaderHanoi: ApiClient
let adminHanoi: ApiClient
let viewer: ApiClient
const org: Record<string, string> = {}

interface Score {
  criterion: string
  maxPoints: number
  selfScore: number | null
  reviewedScore: number | null
  files: { id: string }[]
}
interface Evaluation {
  id: string
  year: number
  status: string
  selfTotal: number | null
  finalTotal: number | null
  rating: string | null
  version: number
  criteriaSet: {
    code: string
    effectiveFrom: string
    effectiveTo: string | null
    criteria: { code: string; maxPoints: number }[]
  }
  scores: Score[]
  allowedActions: string[]
  availableActions: string[]
  history: { action: string; toStatus: string }[]
}
interface RatingCount {
  rating: string
  count: number
}
interface Summary {
  provinces: {
    provinceCode: string
    provinceName: string | null
    evaluated: number
    ratedGood: number
    shareGood: number | null
    inProgress: number
    byRating: RatingCount[]
  }[]
  totals: {
    evaluated: number
    ratedGood: number
    shareGood: number | null
    inProgress: number
    byRating: RatingCount[]
  }
  goodIncludes: string[]
}
type TransitionError = ErrorBody & { error: { allowed?: string[] } }

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
/** The example set's maximum per criterion (db/reference/friendly-government). */
const EXAMPLE_MAX: Record<string, number> = {
  TT01: 12,
  TT02: 8,
  TT03: 10,
  TT04: 10,
  TT05: 10,
  TT06: 12,
  TT07: 6,
  TT08: 6,
  TT09: 10,
  TT10: 4,
  TT11: 6,
  TT12: 6,
}
/** Every criterion at its maximum, minus the points named, each with a line of evidence. */
const scoresAll = (minus: Record<string, number> = {}, max = EXAMPLE_MAX) =>
  Object.entries(max).map(([criterion, points]) => ({
    criterion,
    score: points - (minus[criterion] ?? 0),
    evidence: `Minh chứng cho tiêu chí ${criterion}`,
  }))

const login = async (username: string, password = DEMO_PASSWORD) => {
  const client = new ApiClient(app.url)
  expect((await client.login(username, password)).status).toBe(200)
  return client
}

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  admin = await login('admin', app.adminPassword)
  officer = await login('danvan.badinh')
  leaderBadinh = await login('lanhdao.badinh')
  leaderHanoi = await login('lanhdao.hanoi')
  adminHanoi = await login('quantri.hanoi')
  viewer = await login('xem.hoankiem')
  const { rows } = await app.server.database.pool.query<{ id: string; code: string }>(
    'select id, code from organizations',
  )
  for (const r of rows) org[r.code] = r.id
}, 180_000)

afterAll(async () => {
  await app?.close()
})

const base = '/api/friendly-government/evaluations'

describe('self-assessment and rating: the declared lifecycle', () => {
  let evaluation: Evaluation

  it('opens a draft for the caller’s commune against the example set in force', async () => {
    const created = await officer.post<Evaluation>(base, {
      year: 2030,
      scores: [{ criterion: 'TT01', score: 10, evidence: 'Danh mục văn bản đã niêm yết' }],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    evaluation = created.body
    expect(evaluation).toMatchObject({ status: 'draft', selfTotal: 10, allowedActions: ['submit'] })
    expect(evaluation.criteriaSet.code).toBe('CQTT-MAU')
    expect(evaluation.scores).toHaveLength(12)
    expect(evaluation.availableActions).toEqual(['submit'])
  })

  it('refuses a second evaluation of the same year, a score above the maximum and an unknown criterion', async () => {
    const again = await officer.post<ErrorBody>(base, { year: 2030 })
    expect(again.status).toBe(409)
    expect(again.body.error.fields?.[0]?.path).toBe('year')
    const above = await officer.patch<ErrorBody>(`${base}/${evaluation.id}`, {
      scores: [{ criterion: 'TT02', score: 8.5 }],
    })
    expect(above.status).toBe(400)
    expect(above.body.error.fields).toEqual([
      { path: 'scores.0.score', message: expect.stringMatching(/vượt quá 8/) },
    ])
    const unknown = await officer.patch<ErrorBody>(`${base}/${evaluation.id}`, {
      scores: [{ criterion: 'TT99', score: 1 }],
    })
    expect(unknown.body.error.fields?.[0]?.path).toBe('scores.0.criterion')
    const half = await officer.patch<ErrorBody>(`${base}/${evaluation.id}`, {
      scores: [{ criterion: 'TT02', score: 2.3 }],
    })
    expect(half.body.error.fields?.[0]).toMatchObject({
      path: 'scores.0.score',
      message: 'Điểm là bội số của 0,5.',
    })
  })

  it('refuses to rate a draft, naming the allowed actions', async () => {
    const refused = await leaderHanoi.post<TransitionError>(`${base}/${evaluation.id}/actions/rate`, {
      comment: 'Tốt',
    })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['submit'] })
  })

  it('will not submit until every criterion is scored and backed by evidence', async () => {
    const empty = await officer.post<ErrorBody>(`${base}/${evaluation.id}/actions/submit`)
    expect(empty.status).toBe(400)
    expect(empty.body.error.fields?.map((f) => f.path)).toContain('scores.TT02.score')
    const noEvidence = scoresAll().map((s) => (s.criterion === 'TT02' ? { ...s, evidence: null } : s))
    const saved = await officer.patch<Evaluation>(`${base}/${evaluation.id}`, { scores: noEvidence })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.selfTotal).toBe(100)
    const missing = await officer.post<ErrorBody>(`${base}/${evaluation.id}/actions/submit`)
    expect(missing.body.error.fields).toEqual([
      { path: 'scores.TT02.evidence', message: expect.stringMatching(/minh chứng/) },
    ])
    const form = new FormData()
    form.append('attachments', new Blob([new Uint8Array(PDF)]), 'Ảnh chụp trang thông tin.pdf')
    const uploaded = await officer.upload<{ items: { id: string }[] }>(
      `${base}/${evaluation.id}/criteria/TT02/attachments`,
      form,
    )
    expect(uploaded.status).toBe(201)
    const audit = await app.server.database.pool.query<{ summary: unknown }>(
      `select summary from audit_log where action = 'friendly_evaluation.evidence_added' and entity_id = $1`,
      [evaluation.id],
    )
    expect(audit.rows.map((r) => r.summary)).toEqual([
      {
        criterion: 'TT02',
        files: [
          {
            id: uploaded.body.items[0]?.id,
            fileName: 'Ảnh chụp trang thông tin.pdf',
            sha256: expect.any(String),
          },
        ],
      },
    ])
    const submitted = await officer.post<Evaluation>(`${base}/${evaluation.id}/actions/submit`)
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    expect(submitted.body.status).toBe('submitted')
    expect(submitted.body.scores.find((s) => s.criterion === 'TT02')?.files).toHaveLength(1)
    const file = await leaderHanoi.download(`/api/attachments/${uploaded.body.items[0]?.id}`)
    expect(file.status).toBe(200)
    expect((await viewer.download(`/api/attachments/${uploaded.body.items[0]?.id}`)).status).toBe(404)
  })

  it('freezes the unit’s scores once submitted', async () => {
    const edit = await officer.patch<TransitionError>(`${base}/${evaluation.id}`, {
      scores: [{ criterion: 'TT01', score: 1 }],
    })
    expect(edit.status).toBe(409)
    expect(edit.body.error).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['return', 'rate'] })
  })

  it('lets only the level above review: the commune’s own leader may not rate it', async () => {
    const own = await leaderBadinh.post<ErrorBody>(`${base}/${evaluation.id}/actions/rate`, {
      comment: 'Tự xếp loại',
    })
    expect(own.status).toBe(403)
    const noComment = await leaderHanoi.post<ErrorBody>(`${base}/${evaluation.id}/actions/return`, {})
    expect(noComment.status).toBe(400)
    expect(noComment.body.error.fields?.[0]?.path).toBe('comment')
  })

  it('returns, takes the resubmission and rates it with the reviewer’s scores', async () => {
    const returned = await leaderHanoi.post<Evaluation>(`${base}/${evaluation.id}/actions/return`, {
      comment: 'Bổ sung biên bản hội nghị đối thoại',
    })
    expect(returned.body).toMatchObject({ status: 'returned', allowedActions: ['submit'] })
    expect(returned.body.availableActions).toEqual([])
    const onBehalf = await leaderHanoi.patch<ErrorBody>(`${base}/${evaluation.id}`, { scores: [] })
    expect(onBehalf.status).toBe(403)
    const fixed = await officer.patch<Evaluation>(`${base}/${evaluation.id}`, {
      scores: [{ criterion: 'TT04', score: 9, evidence: 'Biên bản hội nghị đối thoại ngày 12/11/2030' }],
    })
    expect(fixed.body.selfTotal).toBe(99)
    expect((await officer.post<Evaluation>(`${base}/${evaluation.id}/actions/submit`)).body.status).toBe(
      'submitted',
    )
    const badScore = await leaderHanoi.post<ErrorBody>(`${base}/${evaluation.id}/actions/rate`, {
      comment: 'Xếp loại',
      scores: [{ criterion: 'TT01', score: 13 }],
    })
    expect(badScore.body.error.fields?.[0]?.path).toBe('scores.0.score')
    const rated = await leaderHanoi.post<Evaluation>(`${base}/${evaluation.id}/actions/rate`, {
      comment: 'Thực hiện tốt mô hình',
      scores: [{ criterion: 'TT01', score: 8, note: 'Chậm công khai dự toán' }],
    })
    expect(rated.status, JSON.stringify(rated.body)).toBe(200)
    // 99 − (12 − 8) = 95 ≥ 85 → good (tốt).
    expect(rated.body).toMatchObject({ status: 'rated', selfTotal: 99, finalTotal: 95, rating: 'good' })
    expect(rated.body.history.map((h) => h.action)).toEqual(['create', 'submit', 'return', 'submit', 'rate'])
    const twice = await leaderHanoi.post<TransitionError>(`${base}/${evaluation.id}/actions/rate`, {
      comment: 'Lại',
    })
    expect(twice.status).toBe(409)
    expect(twice.body.error.allowed).toEqual(['reopen'])
    const { rows } = await app.server.database.pool.query<{ action: string }>(
      `select action from audit_log where entity_id = $1 order by seq`,
      [evaluation.id],
    )
    expect(rows.map((r) => r.action)).toEqual([
      'friendly_evaluation.create',
      'friendly_evaluation.update',
      'friendly_evaluation.evidence_added',
      'friendly_evaluation.submit',
      'friendly_evaluation.return',
      'friendly_evaluation.update',
      'friendly_evaluation.submit',
      'friendly_evaluation.rate',
    ])
  })

  it('hides a commune’s evaluation from another commune and refuses a viewer', async () => {
    expect((await viewer.get(`${base}/${evaluation.id}`)).status).toBe(404)
    expect((await leaderHanoi.get(`${base}/${evaluation.id}`)).status).toBe(200)
    expect((await viewer.post(base, { year: 2030 })).status).toBe(403)
    const foreign = await officer.post<ErrorBody>(base, { year: 2030, organizationId: org['HN-HOANKIEM'] })
    expect(foreign.status).toBe(400)
    expect(foreign.body.error.fields?.[0]?.path).toBe('organizationId')
  })
})

describe('criteria sets as versioned data', () => {
  const tenCriteria = Array.from({ length: 10 }, (_, i) => ({
    code: `HN${String(i + 1).padStart(2, '0')}`,
    group: 'Tiêu chí của thành phố',
    text: `Tiêu chí số ${i + 1} của thành phố`,
    maxPoints: 10,
    evidenceTypes: ['document'],
    source: 'Quyết định của UBND thành phố (ví dụ kiểm thử)',
  }))
  const thresholds = [
    { rating: 'good', minScore: 90 },
    { rating: 'fair', minScore: 75 },
    { rating: 'average', minScore: 50 },
    { rating: 'not_met', minScore: 0 },
  ]
  const body = (effectiveFrom: string) => ({
    code: 'HN-CQTT',
    name: 'Bộ tiêu chí chính quyền thân thiện của thành phố',
    issuer: 'UBND thành phố Hà Nội, Quyết định 99/QĐ-UBND',
    effectiveFrom,
    criteria: tenCriteria,
    thresholds,
  })

  it('refuses a set whose thresholds do not fall, and an official without the right', async () => {
    const rising = await adminHanoi.post<ErrorBody>('/api/friendly-government/criteria-sets', {
      ...body('2031-01-01'),
      thresholds: thresholds.map((t) => (t.rating === 'fair' ? { ...t, minScore: 95 } : t)),
    })
    expect(rising.status).toBe(400)
    expect(rising.body.error.fields?.map((f) => f.path)).toContain('thresholds')
    expect((await officer.post('/api/friendly-government/criteria-sets', body('2031-01-01'))).status).toBe(
      403,
    )
    // The ward's own administrator holds the right, but a province's set is issued at province level.
    const wardAdmin = await login('quantri.badinh')
    const ward = await wardAdmin.post<ErrorBody>('/api/friendly-government/criteria-sets', body('2031-01-01'))
    expect(ward.status).toBe(403)
    expect(ward.body.error.message).toBe('Bộ tiêu chí của tỉnh do cơ quan cấp tỉnh ban hành.')
  })

  it('uses the province’s own set from its first day, the default before, and keeps each year on its version', async () => {
    const v1 = await adminHanoi.post<{ id: string; provinceCode: string }>(
      '/api/friendly-government/criteria-sets',
      body('2031-01-01'),
    )
    expect(v1.status, JSON.stringify(v1.body)).toBe(201)
    expect(v1.body.provinceCode).toBe('01')
    const y2031 = await officer.post<Evaluation>(base, {
      year: 2031,
      scores: tenCriteria.map((c) => ({ criterion: c.code, score: 8.5, evidence: 'Báo cáo' })),
    })
    expect(y2031.status, JSON.stringify(y2031.body)).toBe(201)
    expect(y2031.body.criteriaSet).toMatchObject({ code: 'HN-CQTT', effectiveFrom: '2031-01-01' })
    const v2 = await adminHanoi.post<{ id: string }>('/api/friendly-government/criteria-sets', {
      ...body('2032-07-01'),
      criteria: tenCriteria.map((c, i) => (i === 9 ? { ...c, maxPoints: 20 } : c)),
    })
    expect(v2.status).toBe(201)
    const early = await adminHanoi.post<ErrorBody>(
      '/api/friendly-government/criteria-sets',
      body('2032-01-01'),
    )
    expect(early.status).toBe(409)
    expect(early.body.error.fields?.[0]?.path).toBe('effectiveFrom')
    const again = await officer.get<Evaluation>(`${base}/${y2031.body.id}`)
    expect(again.body.criteriaSet).toMatchObject({ effectiveFrom: '2031-01-01', effectiveTo: '2032-06-30' })
    const y2032 = await officer.post<Evaluation>(base, { year: 2032 })
    expect(y2032.body.criteriaSet.effectiveFrom).toBe('2032-07-01')
    expect(y2032.body.criteriaSet.criteria.at(-1)?.maxPoints).toBe(20)
    // 2031 rated by the province's thresholds: 85 is "fair" there (good needs 90), "good" in the example set.
    expect((await officer.post(`${base}/${y2031.body.id}/actions/submit`)).status).toBe(200)
    const rated = await leaderHanoi.post<Evaluation>(`${base}/${y2031.body.id}/actions/rate`, {
      comment: 'Khá',
    })
    expect(rated.body).toMatchObject({ finalTotal: 85, rating: 'fair' })
    const applies = await officer.get<{ items: { code: string }[] }>(
      `/api/friendly-government/criteria-sets?organization=${org['HN-BADINH']}&year=2030`,
    )
    expect(applies.body.items.map((s) => s.code)).toEqual(['CQTT-MAU'])
  })
})

describe('summary by province against a hand-computed fixture', () => {
  /**
   * Year 2028 (the example set, 100 points; no demo data that year), communes of Hà Nội evaluated and
   * rated by the system administrator: 2 good, 1 fair, 1 average, 1 not met, 1 still a draft →
   * 5 evaluated, 2 rated good, 40 %, 1 in progress.
   */
  const fixture: [string, Record<string, number> | null][] = [
    ['HN-BADINH', {}], // 100 → good
    ['HN-HOANKIEM', { TT01: 12 }], // 88 → good
    ['HN-SOCSON', { TT01: 12, TT06: 12 }], // 76 → fair
    ['HN-X00008', { TT01: 12, TT06: 12, TT03: 10 }], // 66 → average
    ['HN-X00025', { TT01: 12, TT06: 12, TT03: 10, TT04: 10, TT05: 10, TT09: 10 }], // 36 → not met
    ['HN-X00082', null], // draft
  ]

  beforeAll(async () => {
    for (const [code, minus] of fixture) {
      const created = await admin.post<Evaluation>(base, { year: 2028, organizationId: org[code] })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      if (!minus) continue
      expect((await admin.patch(`${base}/${created.body.id}`, { scores: scoresAll(minus) })).status).toBe(200)
      expect((await admin.post(`${base}/${created.body.id}/actions/submit`)).status).toBe(200)
      const rated = await admin.post<Evaluation>(`${base}/${created.body.id}/actions/rate`, {
        comment: 'Đã xem xét',
      })
      expect(rated.status, JSON.stringify(rated.body)).toBe(200)
    }
  }, 60_000)

  it('counts units rated, rated good and the share per province', async () => {
    const city = await leaderHanoi.get<Summary>('/api/friendly-government/summary?year=2028')
    expect(city.status, JSON.stringify(city.body)).toBe(200)
    expect(city.body.goodIncludes).toEqual(['good'])
    expect(city.body.provinces).toHaveLength(1)
    const [hanoi] = city.body.provinces
    if (!hanoi) throw new Error('no province in the summary')
    expect(hanoi).toMatchObject({
      provinceCode: '01',
      evaluated: 5,
      ratedGood: 2,
      shareGood: 40,
      inProgress: 1,
    })
    expect(hanoi.provinceName).toMatch(/Hà Nội/)
    expect(Object.fromEntries(hanoi.byRating.map((r) => [r.rating, r.count]))).toEqual({
      good: 2,
      fair: 1,
      average: 1,
      not_met: 1,
    })
    expect(city.body.totals).toMatchObject({ evaluated: 5, ratedGood: 2, shareGood: 40, inProgress: 1 })
  })

  it('scopes the summary to the caller’s subtree', async () => {
    const badinh = await leaderBadinh.get<Summary>('/api/friendly-government/summary?year=2028')
    expect(badinh.body.totals).toMatchObject({ evaluated: 1, ratedGood: 1, shareGood: 100, inProgress: 0 })
    const hoankiem = await viewer.get<Summary>('/api/friendly-government/summary?year=2028')
    expect(hoankiem.body.totals).toMatchObject({ evaluated: 1, ratedGood: 1 })
    const outside = await viewer.get<ErrorBody>(
      `/api/friendly-government/summary?year=2028&organization=${org['HN-BADINH']}`,
    )
    expect(outside.status).toBe(400)
    expect(outside.body.error.fields?.[0]?.path).toBe('organization')
    const bad = await viewer.get<ErrorBody>('/api/friendly-government/summary?year=abc')
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields?.[0]?.path).toBe('year')
  })

  it('reports the demo city over 90 % good in 2025, as the seeds do', async () => {
    const demo = await leaderHanoi.get<Summary>('/api/friendly-government/summary?year=2025')
    const [hanoi] = demo.body.provinces
    if (!hanoi) throw new Error('no province in the summary')
    expect(hanoi.evaluated).toBeGreaterThanOrEqual(30)
    expect(hanoi.shareGood).toBeGreaterThan(90)
  })
})
