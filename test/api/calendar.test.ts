import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { onCalendarChange, type RecomputeContext } from '../../src/modules/calendar/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

let app: TestApp
let admin: ApiClient
let provinceAdmin: ApiClient // quantri.hanoi: unit admin of Hà Nội (province 01)
let handler: ApiClient

interface Deadline {
  start: string
  amount: number
  unit: string
  due: string
  skipped: { date: string; reason: string }[]
}
interface Override {
  id: string
  date: string
  kind: string
  name: string
  legalAct: string
  province: string | null
  recurring: boolean
  active: boolean
}
interface Holidays {
  items: { date: string; name: string; kind: string }[]
  nextCursor: null
}

async function as(username: string): Promise<ApiClient> {
  const client = new ApiClient(app.url)
  expect((await client.login(username, DEMO_PASSWORD)).status).toBe(200)
  return client
}

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  admin = new ApiClient(app.url)
  await admin.login('admin', app.adminPassword)
  provinceAdmin = await as('quantri.hanoi')
  handler = await as('chuyenvien.badinh')
})
afterAll(() => app?.close())

const deadline = (client: ApiClient, query: string) => client.get<Deadline>(`/api/calendar/deadline?${query}`)

describe('calendar API: the pinned shapes', () => {
  it('lists the holidays of a year with their kinds, as a list answer', async () => {
    const result = await handler.get<Holidays>('/api/calendar/holidays?year=2027')
    expect(result.status).toBe(200)
    expect(Object.keys(result.body).sort()).toEqual(['items', 'nextCursor'])
    expect(result.body.nextCursor).toBeNull()
    expect(result.body.items.slice(0, 8)).toEqual([
      { date: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
      ...['05', '06', '07', '08', '09'].map((d) => ({
        date: `2027-02-${d}`,
        name: 'Tết Nguyên đán',
        kind: 'holiday',
      })),
      { date: '2027-02-10', name: 'Nghỉ bù Tết Nguyên đán', kind: 'compensatory' },
      { date: '2027-02-11', name: 'Nghỉ bù Tết Nguyên đán', kind: 'compensatory' },
    ])
    expect(result.body.items).toContainEqual({
      date: '2027-05-03',
      name: 'Nghỉ bù Ngày Quốc tế Lao động',
      kind: 'compensatory',
    })
  })

  it('counts working days after the start, listing every skipped day with its reason', async () => {
    const result = await handler.get<Deadline>(
      '/api/calendar/deadline?start=2027-02-01&amount=10&unit=working_days',
    )
    expect(result.status).toBe(200)
    expect(Object.keys(result.body).sort()).toEqual(['amount', 'due', 'skipped', 'start', 'unit'])
    expect(result.body).toMatchObject({
      start: '2027-02-01',
      amount: 10,
      unit: 'working_days',
      due: '2027-02-22',
    })
    expect(result.body.skipped[0]).toEqual({ date: '2027-02-05', reason: 'Tết Nguyên đán' })
    expect(result.body.skipped.map((s) => s.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-13',
      '2027-02-14',
      '2027-02-20',
      '2027-02-21',
    ])
    expect(result.body.skipped).toContainEqual({ date: '2027-02-13', reason: 'Thứ Bảy' })
  })

  it('adds calendar days, then moves a last day off to the next working day (Civil Code Art. 148)', async () => {
    const result = await deadline(handler, 'start=2027-01-29&amount=7&unit=days')
    expect(result.body.due).toBe('2027-02-12')
    expect(result.body.skipped.map((s) => s.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ])
    expect((await deadline(handler, 'start=2027-04-26&amount=4&unit=days')).body.due).toBe('2027-05-04')
  })

  it('counts working days with both ends included', async () => {
    const result = await handler.get('/api/calendar/working-days?from=2027-02-01&to=2027-02-12')
    expect(result).toMatchObject({ status: 200, body: { count: 5 } })
    const oneDay = await handler.get('/api/calendar/working-days?from=2027-02-12&to=2027-02-12')
    expect(oneDay.body).toEqual({ count: 1 })
  })

  it.each([
    ['deadline?start=2027-02-30&amount=5&unit=days', 'start'],
    ['deadline?start=01/02/2027&amount=5&unit=days', 'start'],
    ['deadline?start=2027-02-01&amount=3651&unit=days', 'amount'],
    ['deadline?start=2027-02-01&amount=-1&unit=days', 'amount'],
    ['deadline?start=2027-02-01&amount=2.5&unit=days', 'amount'],
    ['deadline?start=2027-02-01&amount=5&unit=weeks', 'unit'],
    ['deadline?start=2027-02-01&amount=5&unit=days&province=Hanoi', 'province'],
    ['deadline?start=2100-12-01&amount=3650&unit=days', 'amount'],
    ['holidays?year=1989', 'year'],
    ['holidays?year=abc', 'year'],
    ['working-days?from=2027-02-12&to=2027-02-01', 'to'],
  ])('refuses %s with VALIDATION_FAILED on %s', async (query, path) => {
    const result = await handler.get<ErrorBody>(`/api/calendar/${query}`)
    expect(result.status).toBe(400)
    expect(result.body.error.code).toBe('VALIDATION_FAILED')
    expect(result.body.error.fields?.map((f) => f.path)).toContain(path)
  })

  it('needs a logged-in user', async () => {
    const anonymous = new ApiClient(app.url)
    expect((await anonymous.get('/api/calendar/holidays?year=2027')).status).toBe(401)
  })
})

describe('calendar overrides', () => {
  it('a nationwide extra day off moves a deadline; removing it moves it back; both are audited', async () => {
    const query = 'start=2027-03-01&amount=3&unit=working_days'
    expect((await deadline(handler, query)).body.due).toBe('2027-03-04')
    const added = await admin.post<Override>('/api/calendar/overrides', {
      date: '2027-03-03',
      kind: 'day_off',
      name: 'Nghỉ hoán đổi',
      legalAct: 'Thông báo 01/TB-BNV ngày 02/01/2027',
    })
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({ date: '2027-03-03', kind: 'day_off', province: null, active: true })
    const moved = await deadline(handler, query)
    expect(moved.body.due).toBe('2027-03-05')
    expect(moved.body.skipped).toEqual([{ date: '2027-03-03', reason: 'Nghỉ hoán đổi' }])

    expect((await admin.delete(`/api/calendar/overrides/${added.body.id}`)).status).toBe(204)
    expect((await deadline(handler, query)).body.due).toBe('2027-03-04')
    expect((await admin.delete(`/api/calendar/overrides/${added.body.id}`)).status).toBe(404)

    const audit = await admin.get<{ items: { action: string }[] }>(
      `/api/audit?entityType=calendar_override&entityId=${added.body.id}`,
    )
    expect(audit.body.items.map((e) => e.action).sort()).toEqual([
      'calendar_override.added',
      'calendar_override.removed',
    ])
  })

  it('a swapped working day on a Saturday counts as a working day', async () => {
    const added = await admin.post<Override>('/api/calendar/overrides', {
      date: '2027-03-13',
      kind: 'working_day',
      name: 'Làm bù',
      legalAct: 'Thông báo 02/TB-BNV',
    })
    expect(added.status).toBe(201)
    expect((await deadline(handler, 'start=2027-03-12&amount=1&unit=working_days')).body.due).toBe(
      '2027-03-13',
    )
    const holidays = await handler.get<Holidays>('/api/calendar/holidays?year=2027')
    expect(holidays.body.items).toContainEqual({ date: '2027-03-13', name: 'Làm bù', kind: 'working_day' })
    await admin.delete(`/api/calendar/overrides/${added.body.id}`)
  })

  it("a province's unit admin adds a day off that applies to that province only", async () => {
    const query = 'start=2027-03-15&amount=2&unit=working_days'
    const added = await provinceAdmin.post<Override>('/api/calendar/overrides', {
      date: '2027-03-16',
      kind: 'day_off',
      name: 'Lễ hội địa phương',
      legalAct: 'Quyết định 10/QĐ-UBND ngày 01/03/2027',
      province: '01',
    })
    expect(added.status).toBe(201)
    expect((await deadline(handler, `${query}&province=01`)).body.due).toBe('2027-03-18')
    expect((await deadline(handler, `${query}&province=79`)).body.due).toBe('2027-03-17')
    expect((await deadline(handler, query)).body.due).toBe('2027-03-17')
    const local = await handler.get<Holidays>('/api/calendar/holidays?year=2027&province=01')
    expect(local.body.items).toContainEqual({
      date: '2027-03-16',
      name: 'Lễ hội địa phương',
      kind: 'day_off',
    })
    const nationwide = await handler.get<Holidays>('/api/calendar/holidays?year=2027')
    expect(nationwide.body.items.some((e) => e.date === '2027-03-16')).toBe(false)
    expect((await provinceAdmin.delete(`/api/calendar/overrides/${added.body.id}`)).status).toBe(204)
  })

  it.each([
    ['another province', { province: '79' }],
    ['nationwide', {}],
  ])('refuses a unit admin an override for %s', async (_, scope) => {
    const result = await provinceAdmin.post<ErrorBody>('/api/calendar/overrides', {
      date: '2027-03-17',
      kind: 'day_off',
      name: 'Ngày nghỉ',
      legalAct: 'Quyết định 11/QĐ-UBND',
      ...scope,
    })
    expect(result.status).toBe(403)
  })

  it('refuses officials without calendar.manage, and a unit admin removing a nationwide override', async () => {
    const body = { date: '2027-03-17', kind: 'day_off', name: 'Ngày nghỉ', legalAct: 'QĐ 12', province: '01' }
    expect((await handler.post('/api/calendar/overrides', body)).status).toBe(403)
    const nationwide = await admin.post<Override>('/api/calendar/overrides', { ...body, province: null })
    expect((await provinceAdmin.delete(`/api/calendar/overrides/${nationwide.body.id}`)).status).toBe(403)
    expect((await admin.delete(`/api/calendar/overrides/${nationwide.body.id}`)).status).toBe(204)
  })

  it('validates an override with field paths', async () => {
    const result = await admin.post<ErrorBody>('/api/calendar/overrides', {
      date: '2027-13-01',
      kind: 'holiday',
      name: '',
      legalAct: 'x',
      extra: 1,
    })
    expect(result.status).toBe(400)
    expect(result.body.error.fields?.map((f) => f.path).sort()).toEqual([
      'date',
      'extra',
      'kind',
      'legalAct',
      'name',
    ])
  })

  it('ships Vietnam Culture Day (24/11) inactive; an admin switches it on and off', async () => {
    const list = await handler.get<{ items: Override[] }>('/api/calendar/overrides?year=2027')
    const cultureDay = list.body.items.find((o) => o.name === 'Ngày Văn hóa Việt Nam')
    expect(cultureDay).toMatchObject({ date: '2026-11-24', kind: 'day_off', recurring: true, active: false })
    const query = 'start=2027-11-20&amount=3&unit=working_days'
    expect((await deadline(handler, query)).body.due).toBe('2027-11-24')

    const on = await admin.patch<Override>(`/api/calendar/overrides/${cultureDay?.id}`, { active: true })
    expect(on.body.active).toBe(true)
    expect((await deadline(handler, query)).body.due).toBe('2027-11-25')
    const holidays = await handler.get<Holidays>('/api/calendar/holidays?year=2030')
    expect(holidays.body.items).toContainEqual({
      date: '2030-11-24',
      name: 'Ngày Văn hóa Việt Nam',
      kind: 'day_off',
    })
    expect(
      (await provinceAdmin.patch(`/api/calendar/overrides/${cultureDay?.id}`, { active: false })).status,
    ).toBe(403)
    await admin.patch(`/api/calendar/overrides/${cultureDay?.id}`, { active: false })
    expect((await deadline(handler, query)).body.due).toBe('2027-11-24')
  })
})

describe('recomputing open deadlines when an override changes', () => {
  it('runs registered recomputers inside the override transaction, with the new calendar', async () => {
    const seen: { action: string; due: string; province: string | null }[] = []
    const unregister = onCalendarChange('test-recorder', async (context: RecomputeContext) => {
      const calendar = await context.calendar(context.change.province)
      seen.push({
        action: context.change.action,
        province: context.change.province,
        due: calendar.holidays(2027).some((e) => e.date === '2027-06-15') ? 'moved' : 'unchanged',
      })
    })
    try {
      const added = await admin.post<Override>('/api/calendar/overrides', {
        date: '2027-06-15',
        kind: 'day_off',
        name: 'Nghỉ',
        legalAct: 'QĐ 13',
      })
      await admin.delete(`/api/calendar/overrides/${added.body.id}`)
      expect(seen).toEqual([
        { action: 'added', province: null, due: 'moved' },
        { action: 'removed', province: null, due: 'unchanged' },
      ])
    } finally {
      unregister()
    }
  })

  it('rolls the override back when a recomputer fails', async () => {
    const unregister = onCalendarChange('test-failing', () => Promise.reject(new Error('recompute failed')))
    try {
      const result = await admin.post('/api/calendar/overrides', {
        date: '2027-06-16',
        kind: 'day_off',
        name: 'Nghỉ',
        legalAct: 'QĐ 14',
      })
      expect(result.status).toBe(500)
    } finally {
      unregister()
    }
    const list = await admin.get<{ items: Override[] }>('/api/calendar/overrides?year=2027')
    expect(list.body.items.some((o) => o.date === '2027-06-16')).toBe(false)
    expect((await deadline(handler, 'start=2027-06-15&amount=1&unit=working_days')).body.due).toBe(
      '2027-06-16',
    )
  })
})
