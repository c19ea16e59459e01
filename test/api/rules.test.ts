import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { dueDate } from '../../src/modules/rules/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

let app: TestApp
let admin: ApiClient
let unitAdmin: ApiClient
let viewer: ApiClient

interface Rule {
  key: string
  value: unknown
  effectiveFrom: string
  effectiveTo: string | null
  source: string
  note: string | null
}

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  admin = new ApiClient(app.url)
  await admin.login('admin', app.adminPassword)
  unitAdmin = new ApiClient(app.url)
  await unitAdmin.login('quantri.hanoi', DEMO_PASSWORD)
  viewer = new ApiClient(app.url)
  await viewer.login('xem.hoankiem', DEMO_PASSWORD)
})
afterAll(() => app?.close())

/** Keys the issue requires, each with its value before and from 01/07/2026 (null = not in force). */
const required: [string, unknown, unknown][] = [
  ['complaint.accept', { amount: 10, unit: 'working_days' }, { amount: 7, unit: 'working_days' }],
  ['complaint.resolve.first', { amount: 30, unit: 'days' }, { amount: 30, unit: 'days' }],
  ['complaint.resolve.first.complex', { amount: 45, unit: 'days' }, { amount: 45, unit: 'days' }],
  ['complaint.resolve.first.remote', { amount: 45, unit: 'days' }, { amount: 45, unit: 'days' }],
  ['complaint.resolve.first.remote_complex', { amount: 60, unit: 'days' }, { amount: 60, unit: 'days' }],
  ['complaint.resolve.second', { amount: 45, unit: 'days' }, { amount: 45, unit: 'days' }],
  ['complaint.resolve.second.complex', { amount: 60, unit: 'days' }, { amount: 60, unit: 'days' }],
  ['complaint.resolve.second.remote', { amount: 60, unit: 'days' }, { amount: 60, unit: 'days' }],
  ['complaint.resolve.second.remote_complex', { amount: 70, unit: 'days' }, { amount: 70, unit: 'days' }],
  ['complaint.time_limit', { amount: 90, unit: 'days' }, { amount: 90, unit: 'days' }],
  ['denunciation.intake', { amount: 7, unit: 'working_days' }, { amount: 7, unit: 'working_days' }],
  ['denunciation.forward', { amount: 5, unit: 'working_days' }, { amount: 5, unit: 'working_days' }],
  ['denunciation.resolve', { amount: 30, unit: 'days' }, { amount: 30, unit: 'days' }],
  ['denunciation.resolve.extension', { amount: 30, unit: 'days' }, { amount: 30, unit: 'days' }],
  ['reception.reply', { amount: 10, unit: 'working_days' }, { amount: 10, unit: 'working_days' }],
  ['reception.refusal_notice', null, { amount: 3, unit: 'working_days' }],
]

describe('rule book API', () => {
  it.each(required)('%s: the version in force before and from 01/07/2026', async (key, before, after) => {
    for (const [at, value] of [
      ['2026-06-30', before],
      ['2026-07-01', after],
    ] as const) {
      const result = await viewer.get<Rule | ErrorBody>(`/api/rules/${key}?at=${at}`)
      if (value === null) {
        expect(result.status).toBe(404)
        continue
      }
      expect(result.status).toBe(200)
      expect(Object.keys(result.body).sort()).toEqual([
        'effectiveFrom',
        'effectiveTo',
        'key',
        'note',
        'source',
        'value',
      ])
      expect(result.body).toMatchObject({ key, value })
      expect((result.body as Rule).source).toMatch(/Điều \d+/)
    }
  })

  it('answers the pinned shape for complaint.accept from 01/07/2026', async () => {
    const result = await viewer.get<Rule>('/api/rules/complaint.accept?at=2026-07-01')
    expect(result.body).toEqual({
      key: 'complaint.accept',
      value: { amount: 7, unit: 'working_days' },
      effectiveFrom: '2026-07-01',
      effectiveTo: null,
      source: expect.stringContaining('Nghị định 155/2026/NĐ-CP') as unknown,
      note: expect.any(String) as unknown,
    })
  })

  it('lists every rule in force on a day, and the group-representative thresholds', async () => {
    const result = await viewer.get<{ items: Rule[]; nextCursor: null }>('/api/rules?at=2026-07-01')
    expect(result.body.nextCursor).toBeNull()
    const keys = result.body.items.map((r) => r.key)
    for (const [key] of required) expect(keys).toContain(key)
    expect(keys).toEqual([...keys].sort())
    const groups = result.body.items.find((r) => r.key === 'reception.group_representatives')
    expect(groups?.value).toEqual([
      { minPeople: 5, maxPeople: 10, minRepresentatives: 1, maxRepresentatives: 2 },
      { minPeople: 11, maxPeople: null, minRepresentatives: 1, maxRepresentatives: 5 },
    ])
    const before = await viewer.get<{ items: Rule[] }>('/api/rules?at=2026-06-30')
    expect(before.body.items.map((r) => r.key)).not.toContain('reception.refusal_notice')
  })

  it('loads the facts legal-facts marks UNVERIFIED with that note', async () => {
    const rule = await viewer.get<Rule>('/api/rules/complaint.resolve.first?at=2025-01-01')
    expect(rule.body.note).toContain('CHƯA KIỂM CHỨNG')
    const letter = await viewer.get<Rule>('/api/rules/letter.handle?at=2025-01-01')
    expect(letter.body.note).toContain('CHƯA KIỂM CHỨNG')
  })

  it('shows the history of a key, oldest first', async () => {
    const result = await viewer.get<{ items: Rule[] }>('/api/rules/complaint.accept/history')
    expect(result.body.items.map((r) => [r.effectiveFrom, r.effectiveTo])).toEqual([
      ['2012-07-01', '2026-06-30'],
      ['2026-07-01', null],
    ])
    expect((await viewer.get('/api/rules/no.such.rule/history')).status).toBe(404)
    expect((await viewer.get('/api/rules/Bad Key')).status).toBe(400)
  })

  it('refuses bad dates in ?at', async () => {
    const result = await viewer.get<ErrorBody>('/api/rules?at=2026-02-30')
    expect(result.status).toBe(400)
    expect(result.body.error.fields?.map((f) => f.path)).toEqual(['at'])
  })
})

describe('adding rule versions', () => {
  const version = (overrides: Record<string, unknown> = {}) => ({
    key: 'denunciation.forward',
    value: { amount: 4, unit: 'working_days' },
    effectiveFrom: '2031-01-01',
    source: 'Luật Tố cáo (giả định kiểm thử) Điều 24 khoản 2',
    note: 'Phiên bản kiểm thử',
    ...overrides,
  })

  it('a system admin adds a later version; the open-ended one closes the day before', async () => {
    const created = await admin.post<Rule>('/api/rules', version())
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ effectiveFrom: '2031-01-01', effectiveTo: null })
    const history = await viewer.get<{ items: Rule[] }>('/api/rules/denunciation.forward/history')
    expect(history.body.items.map((r) => [r.effectiveFrom, r.effectiveTo, r.value])).toEqual([
      ['2019-01-01', '2026-06-30', { amount: 5, unit: 'working_days' }],
      ['2026-07-01', '2030-12-31', { amount: 5, unit: 'working_days' }],
      ['2031-01-01', null, { amount: 4, unit: 'working_days' }],
    ])
    expect((await viewer.get<Rule>('/api/rules/denunciation.forward?at=2030-12-31')).body.value).toEqual({
      amount: 5,
      unit: 'working_days',
    })
    const audit = await admin.get<{ items: { action: string; summary: Record<string, unknown> }[] }>(
      '/api/audit?entityType=rule',
    )
    expect(audit.body.items[0]).toMatchObject({
      action: 'rule.version_added',
      summary: { closedPrevious: { from: '2026-07-01', to: '2030-12-31' } },
    })
  })

  it.each([
    ['the same start', { effectiveFrom: '2031-01-01' }],
    ['an earlier start', { effectiveFrom: '2030-06-01' }],
    ['a closed period inside a closed version', { effectiveFrom: '2027-01-01', effectiveTo: '2027-12-31' }],
    [
      'a closed period inside the open-ended version',
      { effectiveFrom: '2032-01-01', effectiveTo: '2032-12-31' },
    ],
  ])('refuses an overlapping period (%s) with CONFLICT', async (_, period) => {
    const result = await admin.post<ErrorBody>('/api/rules', version(period))
    expect(result.status).toBe(409)
    expect(result.body.error.code).toBe('CONFLICT')
    expect(result.body.error.fields?.map((f) => f.path)).toEqual(['effectiveFrom'])
  })

  it('fills a gap before the first version without touching history', async () => {
    const created = await admin.post<Rule>(
      '/api/rules',
      version({ effectiveFrom: '2018-01-01', effectiveTo: '2018-12-31', value: 9 }),
    )
    expect(created.status).toBe(201)
  })

  it('adds a brand-new key', async () => {
    const created = await admin.post<Rule>(
      '/api/rules',
      version({ key: 'test.new_rule', value: { limit: 3 }, note: null }),
    )
    expect(created.status).toBe(201)
    expect((await viewer.get<Rule>('/api/rules/test.new_rule?at=2031-02-01')).body.value).toEqual({
      limit: 3,
    })
  })

  it.each([
    [{ value: { amount: 3651, unit: 'days' } }, 'value.amount'],
    [{ value: { amount: 5, unit: 'weeks' } }, 'value.unit'],
    [{ value: 'mười ngày' }, 'value'],
    [{ effectiveFrom: '2031-02-29' }, 'effectiveFrom'],
    [{ effectiveTo: '2030-01-01' }, 'effectiveTo'],
    [{ key: 'Complaint Accept' }, 'key'],
    [{ source: '' }, 'source'],
  ])('validates %j → %s', async (overrides, path) => {
    const result = await admin.post<ErrorBody>('/api/rules', version(overrides))
    expect(result.status).toBe(400)
    expect(result.body.error.fields?.map((f) => f.path)).toContain(path)
  })

  it('only a system admin adds versions', async () => {
    expect((await unitAdmin.post('/api/rules', version({ effectiveFrom: '2040-01-01' }))).status).toBe(403)
    expect((await viewer.post('/api/rules', version({ effectiveFrom: '2040-01-01' }))).status).toBe(403)
  })

  it('the database itself refuses overlapping, edited or deleted versions', async () => {
    const { db } = app.server.database
    const insert = db.execute(sql`
      insert into rules (id, key, value, effective_from, source)
      values ('00000000-0000-7000-8000-00000000abcd', 'complaint.accept', '1', '2026-08-01', 'x')`)
    await expect(insert).rejects.toMatchObject({
      cause: expect.objectContaining({ code: '23P01' }) as unknown,
    })
    await expect(
      db.execute(sql`update rules set value = '99' where key = 'complaint.accept'`),
    ).rejects.toThrow()
    await expect(db.execute(sql`delete from rules where key = 'complaint.accept'`)).rejects.toThrow()
  })
})

describe('dueDate: a step is judged by the rule in force on the day it happened', () => {
  it.each([
    // [rule, step date, flags, due, period]
    ['complaint.accept', '2026-06-30', {}, '2026-07-14', '10 working_days'],
    ['complaint.accept', '2026-07-01', {}, '2026-07-10', '7 working_days'],
    ['complaint.accept', '2026-06-26', {}, '2026-07-10', '10 working_days'],
    ['complaint.resolve.first', '2027-01-04', {}, '2027-02-03', '30 days'],
    ['complaint.resolve.first', '2027-01-04', { complex: true }, '2027-02-18', '45 days'],
    ['complaint.resolve.first', '2027-01-04', { remote: true }, '2027-02-18', '45 days'],
    ['complaint.resolve.first', '2027-01-04', { remote: true, complex: true }, '2027-03-05', '60 days'],
    ['complaint.resolve.second', '2027-01-04', { remote: true, complex: true }, '2027-03-15', '70 days'],
    ['complaint.second_filing', '2027-01-04', { remote: true, complex: true }, '2027-02-18', '45 days'],
    ['denunciation.forward', '2027-01-04', { complex: true }, '2027-01-11', '5 working_days'],
    ['denunciation.intake', '2027-01-04', { complex: true }, '2027-01-18', '10 working_days'],
  ] as const)('%s on %s %j → %s (%s)', async (key, step, flags, due, period) => {
    const result = await dueDate(app.server.database, key, step, flags)
    expect(result.due).toBe(due)
    expect(`${result.amount} ${result.unit}`).toBe(period)
  })

  it('uses the province calendar and reports a rule not in force', async () => {
    const result = await dueDate(app.server.database, 'reception.refusal_notice', '2026-09-01', {
      province: '01',
    })
    expect(result).toMatchObject({ ruleKey: 'reception.refusal_notice', due: '2026-09-08' })
    expect(result.skipped.map((s) => s.reason)).toEqual(['Quốc khánh', 'Quốc khánh', 'Thứ Bảy', 'Chủ nhật'])
    await expect(
      dueDate(app.server.database, 'reception.refusal_notice', '2026-06-30'),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(
      dueDate(app.server.database, 'reception.group_representatives', '2026-07-01'),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' })
  })
})
