import { existsSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts'
import { dueDate } from '../../src/modules/rules/index.ts'
import { listPublicSchedule } from '../../src/modules/reception/index.ts'
import { startTestApp, type TestApp } from '../support/app.ts'
import { ApiClient, type ErrorBody } from '../support/http.ts'

let app: TestApp
let admin: ApiClient
let reception: ApiClient
let leader: ApiClient
let cityLeader: ApiClient
let viewer: ApiClient
let socson: ApiClient
const org: Record<string, string> = {}

interface Visit {
  id: string
  organizationId: string
  visitDate: string
  groupSize: number
  repeatOfId: string | null
  outcome: string
  refusalGround: string | null
  refusalNotice: { id: string; dueDate: string; status: string; ruleKey: string } | null
  cases: { id: string; trackingCode: string; kind: string; relation: string; letterId: string }[]
  citizens: { fullName: string; idNumber: string | null; representative: boolean }[]
}
interface Ground {
  code: string
  label: string
  notice: boolean
}
interface Period {
  from: string
  to: string
  required: number
  per: string
  ruleFrom: string
  scheduled: number
  held: number
  heldSessionIds: string[]
  short: boolean
  met: boolean
}
interface Compliance {
  hostRole: string
  periods: Period[]
  warnings: string[]
}

let idCounter = 0
/** A fresh CCCD number per citizen, so visits of different tests are never taken for repeats. */
const nextId = () => `0010920${String(++idCounter).padStart(5, '0')}`
const citizen = (fullName: string, idNumber = nextId()) => ({
  fullName,
  idNumber,
  address: { unitCode: '00004', detail: 'Số 12 phố Đội Cấn' },
})

const visit = (overrides: Record<string, unknown> = {}) => ({
  visitedAt: '2026-07-07T09:00:00+07:00',
  kind: 'regular',
  citizens: [citizen('Nguyễn Văn An')],
  summary: 'Hỏi về thủ tục cấp Giấy chứng nhận quyền sử dụng đất',
  contentKinds: ['KN-PA'],
  withinCompetence: true,
  outcome: 'guided',
  guidance: 'Hướng dẫn nộp hồ sơ tại bộ phận Một cửa',
  ...overrides,
})

const post = async (body: Record<string, unknown>, client = reception) =>
  client.post<Visit & ErrorBody>('/api/reception/visits', body)
const created = async (body: Record<string, unknown>, client = reception) => {
  const r = await post(body, client)
  expect(r.status, JSON.stringify(r.body)).toBe(201)
  return r.body
}

/** A group of `size` with the named members and the representatives given (by position). */
const group = (size: number, reps: number, extra: Record<string, unknown> = {}) => {
  const members = Array.from({ length: Math.min(size, Math.max(reps, 1) + 1) }, (_, i) =>
    citizen(`Thành Viên Nhóm ${size}-${i}`),
  )
  return visit({
    citizens: members,
    groupSize: size,
    ...(reps > 0
      ? {
          representatives: Array.from({ length: reps }, (_, i) => ({
            fullName: members[i]?.fullName ?? `Người ${i}`,
            idNumber: members[i]?.idNumber,
          })),
        }
      : {}),
    ...(size >= 5
      ? { appointment: { reference: 'Văn bản cử đại diện ngày 06/07/2026', signedByAll: true } }
      : {}),
    summary: `Nhóm ${size} hộ dân kiến nghị về việc làm đường ngõ ${size}`,
    ...extra,
  })
}

beforeAll(async () => {
  app = await startTestApp({ demo: true })
  const login = async (username: string, password = DEMO_PASSWORD) => {
    const client = new ApiClient(app.url)
    const r = await client.login(username, password)
    expect(r.status).toBe(200)
    return client
  }
  admin = await login('admin', app.adminPassword)
  reception = await login('tiepdan.badinh')
  leader = await login('lanhdao.badinh')
  cityLeader = await login('lanhdao.hanoi')
  viewer = await login('xem.hoankiem')
  socson = await login('tiepdan.socson')
  const orgs = await admin.get<{ items: { id: string; code: string }[] }>('/api/organizations?limit=100')
  for (const o of orgs.body.items) org[o.code] = o.id
  expect(org['HN-BADINH']).toBeDefined()
}, 240_000)

afterAll(async () => {
  await app?.close()
})

describe('demo data', () => {
  it('has at least ten visits for each commune People’s Committee over the three months before the load day', async () => {
    for (const code of ['HN-BADINH', 'HN-HOANKIEM', 'HN-SOCSON']) {
      const r = await cityLeader.get<{ items: { visitDate: string }[] }>(
        `/api/reception/visits?organization=${org[code]}&limit=100`,
      )
      expect(r.status).toBe(200)
      expect(r.body.items.length).toBeGreaterThanOrEqual(10)
    }
    const schedule = await cityLeader.get<{ items: { status: string }[] }>(
      `/api/reception/schedules?organization=${org['HN-BADINH']}&from=2026-08-01&to=2026-12-31`,
    )
    expect(schedule.body.items.some((s) => s.status === 'held')).toBe(true)
    expect(schedule.body.items.some((s) => s.status === 'planned')).toBe(true)
  })
})

describe('group representatives (Law 42/2013 Art. 29)', () => {
  const cases: [number, number, boolean][] = [
    [1, 0, true],
    [4, 0, true],
    [5, 1, true],
    [5, 2, true],
    [5, 0, false],
    [5, 3, false],
    [10, 2, true],
    [10, 3, false],
    [11, 5, true],
    [11, 1, true],
    [11, 6, false],
    [11, 0, false],
    [30, 3, true],
    [30, 5, true],
    [30, 6, false],
  ]
  it.each(cases)('group of %i with %i representatives → accepted: %s', async (size, reps, ok) => {
    const r = await post(group(size, reps))
    if (ok) {
      expect(r.status, JSON.stringify(r.body)).toBe(201)
      expect(r.body.groupSize).toBe(size)
      expect(r.body.citizens.filter((c) => c.representative)).toHaveLength(reps)
    } else {
      expect(r.status).toBe(400)
      expect(r.body.error.code).toBe('VALIDATION_FAILED')
      const field = r.body.error.fields?.find((f) => f.path === 'representatives')
      expect(field, JSON.stringify(r.body)).toBeDefined()
      expect(field?.message).toContain('Điều 29')
      expect(field?.message).toMatch(size > 10 ? /tối đa 5/ : /từ 1 đến 2/)
    }
  })

  it('requires the appointment signed by all for a group of five or more', async () => {
    const body = group(6, 1)
    delete (body as { appointment?: unknown }).appointment
    const r = await post(body)
    expect(r.status).toBe(400)
    expect(r.body.error.fields?.map((f) => f.path)).toContain('appointment')
  })

  it('refuses a representative who is not a member of the group', async () => {
    const body = group(7, 1, {
      representatives: [{ fullName: 'Người Ngoài Nhóm', idNumber: '001099999999' }],
    })
    const r = await post(body)
    expect(r.status).toBe(400)
    const field = r.body.error.fields?.find((f) => f.path === 'representatives')
    expect(field?.message).toContain('Người Ngoài Nhóm')
  })

  it('refuses an address whose administrative unit does not exist', async () => {
    const r = await post(
      visit({
        citizens: [{ fullName: 'Hồ Văn Lạc', address: { unitCode: '99999', detail: 'Thôn Không Có' } }],
      }),
    )
    expect(r.status).toBe(400)
    expect(r.body.error.fields?.map((f) => f.path)).toContain('citizens.0.address.unitCode')
  })

  it('refuses a group size smaller than the citizens named', async () => {
    const r = await post(visit({ citizens: [citizen('Lê Văn Một'), citizen('Lê Văn Hai')], groupSize: 1 }))
    expect(r.status).toBe(400)
    expect(r.body.error.fields?.map((f) => f.path)).toContain('groupSize')
  })
})

describe('refusal grounds (Law 42 Art. 9; Decree 154/2026 Art. 4)', () => {
  it('accepts every ground in force after 01/07/2026 and opens a 01/TCD notice only where required', async () => {
    const list = await reception.get<{ items: Ground[] }>('/api/reception/refusal-grounds?date=2026-07-08')
    expect(list.status).toBe(200)
    expect(list.body.items.length).toBe(14)
    expect(list.body.items.filter((g) => g.notice).map((g) => g.code)).toEqual([
      'persisting',
      'answered_no_new_facts',
    ])
    const due = (
      await dueDate(app.server.database, 'reception.refusal_notice', '2026-07-08', { province: '01' })
    ).due
    for (const ground of list.body.items) {
      const r = await created(
        visit({
          visitedAt: '2026-07-08T10:00:00+07:00',
          citizens: [citizen('Phạm Văn Từ')],
          summary: `Công dân đề nghị được tiếp (${ground.code})`,
          outcome: 'refused',
          refusalGround: ground.code,
          guidance: undefined,
        }),
      )
      expect(r.refusalGround).toBe(ground.code)
      if (ground.notice) {
        expect(r.refusalNotice).toMatchObject({
          dueDate: due,
          status: 'pending',
          ruleKey: 'reception.refusal_notice',
        })
      } else expect(r.refusalNotice).toBeNull()
    }
    expect(due).toBe('2026-07-13')
  })

  it('judges the ground by the list in force on the visit day', async () => {
    const before = await reception.get<{ items: Ground[] }>('/api/reception/refusal-grounds?date=2026-03-02')
    expect(before.body.items.map((g) => g.code)).toEqual([
      'intoxicated',
      'disorderly',
      'persisting',
      'other_legal',
    ])
    const weapons = await post(
      visit({ visitedAt: '2026-03-02T09:00:00+07:00', outcome: 'refused', refusalGround: 'weapons' }),
    )
    expect(weapons.status).toBe(400)
    expect(weapons.body.error.fields?.[0]?.path).toBe('refusalGround')
    const persisting = await created(
      visit({
        visitedAt: '2026-03-02T09:00:00+07:00',
        summary: 'Tiếp tục khiếu nại vụ việc đã giải quyết',
        outcome: 'refused',
        refusalGround: 'persisting',
      }),
    )
    expect(persisting.refusalNotice).toBeNull()
  })

  it('refuses an unknown or missing ground', async () => {
    expect((await post(visit({ outcome: 'refused', refusalGround: 'khong_co' }))).status).toBe(400)
    const missing = await post(visit({ outcome: 'refused' }))
    expect(missing.status).toBe(400)
    expect(missing.body.error.fields?.[0]?.path).toBe('refusalGround')
  })

  it('tracks the notice until it is issued, and renders form 01/TCD', async () => {
    const r = await created(
      visit({
        visitedAt: '2026-07-09T10:00:00+07:00',
        summary: 'Kiến nghị đã được trả lời, không có tình tiết mới',
        outcome: 'refused',
        refusalGround: 'answered_no_new_facts',
      }),
    )
    const notice = r.refusalNotice
    expect(notice).not.toBeNull()
    const docx = await reception.download(`/api/reception/visits/${r.id}/refusal-notice?format=docx`)
    if (existsSync(new URL('../../src/platform/documents/index.ts', import.meta.url))) {
      expect(docx.status).toBe(200)
      expect(docx.data.subarray(0, 2).toString()).toBe('PK')
    } else expect(docx.status).toBe(500)
    const early = await reception.post<ErrorBody>(`/api/reception/refusal-notices/${notice?.id}/issue`, {
      number: '05/TB-UBND',
      issuedOn: '2026-07-01',
    })
    expect(early.status).toBe(400)
    const issue = await reception.post(`/api/reception/refusal-notices/${notice?.id}/issue`, {
      number: '05/TB-UBND',
      issuedOn: '2026-07-10',
    })
    expect(issue.status).toBe(204)
    const again = await reception.get<Visit>(`/api/reception/visits/${r.id}`)
    expect(again.body.refusalNotice?.status).toBe('issued')
  })
})

describe('cases from a visit', () => {
  it('splits mixed content into several in-person cases sharing one letter', async () => {
    const r = await created(
      visit({
        citizens: [citizen('Hoàng Thị Hoa')],
        summary: 'Khiếu nại chậm cấp sổ đỏ và tố cáo cán bộ địa chính gây phiền hà',
        contentKinds: ['KN', 'TC'],
        outcome: 'cases',
        guidance: undefined,
        documentsReceived: 'Đơn khiếu nại, bản sao hồ sơ',
        receiptIssued: true,
        cases: [
          {
            kind: 'complaint',
            summary: 'Khiếu nại việc chậm cấp Giấy chứng nhận',
            content: 'Hồ sơ nộp đã lâu mà chưa được cấp Giấy chứng nhận quyền sử dụng đất.',
            field: 'land',
          },
          {
            kind: 'denunciation',
            summary: 'Tố cáo cán bộ địa chính gây phiền hà',
            content: 'Cán bộ địa chính nhiều lần yêu cầu giấy tờ ngoài quy định.',
            field: 'officials_conduct',
          },
        ],
      }),
    )
    expect(r.cases).toHaveLength(2)
    expect(r.cases.map((c) => c.relation)).toEqual(['created', 'created'])
    expect(r.cases[0]?.letterId).toBe(r.cases[1]?.letterId)
    const kase = await reception.get<{ channel: string; kind: string; receivedAt: string }>(
      `/api/cases/${r.cases[0]?.id}`,
    )
    expect(kase.body.channel).toBe('in_person')
    expect(new Date(kase.body.receivedAt).toISOString()).toBe('2026-07-07T02:00:00.000Z')
  })

  it('leaves nothing behind when a case of the visit is invalid', async () => {
    const before = await reception.get<{ items: unknown[] }>(
      '/api/reception/visits?q=Khong%20Con%20Dau%20Vet',
    )
    const r = await post(
      visit({
        citizens: [citizen('Không Còn Dấu Vết')],
        outcome: 'cases',
        linkCaseIds: ['01890000-0000-7000-8000-000000000000'],
      }),
    )
    expect(r.status).toBe(400)
    const after = await reception.get<{ items: unknown[] }>('/api/reception/visits?q=Khong%20Con%20Dau%20Vet')
    expect(after.body.items.length).toBe(before.body.items.length)
  })

  it('recognises a repeat visit about the same matter and links its cases', async () => {
    const id = nextId()
    const first = await created(
      visit({
        visitedAt: '2026-07-14T09:00:00+07:00',
        citizens: [citizen('Trần Thị Bích', id)],
        summary: 'Khiếu nại quyết định thu hồi đất nông nghiệp tại cánh đồng Đông',
        contentKinds: ['KN'],
        outcome: 'cases',
        cases: [
          {
            kind: 'complaint',
            summary: 'Khiếu nại quyết định thu hồi đất nông nghiệp',
            content: 'Không đồng ý với quyết định thu hồi đất nông nghiệp tại cánh đồng Đông.',
          },
        ],
      }),
    )
    const again = await created(
      visit({
        visitedAt: '2026-07-21T09:00:00+07:00',
        citizens: [citizen('Trần Thị Bích', id)],
        summary: 'Tiếp tục khiếu nại quyết định thu hồi đất nông nghiệp tại cánh đồng Đông',
        contentKinds: ['KN'],
        outcome: 'recorded',
        guidance: undefined,
      }),
    )
    expect(again.repeatOfId).toBe(first.id)
    expect(again.cases.map((c) => [c.id, c.relation])).toEqual([[first.cases[0]?.id, 'linked']])

    // By name typed without diacritics, for a citizen who gave no ID number.
    const noId = { fullName: 'Đinh Văn Lực', address: { unitCode: '00004', detail: 'Ngõ 5 phố Kim Mã' } }
    const a = await created(
      visit({
        visitedAt: '2026-07-15T09:00:00+07:00',
        citizens: [noId],
        summary: 'Phản ánh nước thải tràn ra ngõ 5 Kim Mã',
      }),
    )
    const b = await created(
      visit({
        visitedAt: '2026-07-22T09:00:00+07:00',
        citizens: [{ ...noId, fullName: 'dinh van luc' }],
        summary: 'Phản ánh lại nước thải tràn ra ngõ 5 Kim Mã',
      }),
    )
    expect(b.repeatOfId).toBe(a.id)

    // Same citizen, another matter: not a repeat.
    const other = await created(
      visit({
        visitedAt: '2026-07-28T09:00:00+07:00',
        citizens: [citizen('Trần Thị Bích', id)],
        summary: 'Đề nghị cấp giấy xác nhận hộ nghèo cho mẹ già',
      }),
    )
    expect(other.repeatOfId).toBeNull()

    const lookup = await reception.get<{ visits: { id: string }[]; cases: { id: string }[] }>(
      '/api/reception/citizens?q=tran%20thi%20bich',
    )
    expect(lookup.body.visits.map((v) => v.id)).toEqual(
      expect.arrayContaining([first.id, again.id, other.id]),
    )
    expect(lookup.body.cases.map((c) => c.id)).toContain(first.cases[0]?.id)
    const byId = await reception.get<{ visits: { id: string }[] }>(`/api/reception/citizens?q=${id}`)
    expect(byId.body.visits.length).toBe(3)
  })
})

describe('online reception (from 01/07/2026)', () => {
  const online = (overrides: Record<string, unknown> = {}) =>
    visit({
      kind: 'online',
      visitedAt: '2026-07-16T09:00:00+07:00',
      online: {
        link: 'https://hop.hanoi.gov.vn/tiep-dan/123',
        noticeSentOn: '2026-07-09',
        recordingRef: 'BG-123',
      },
      ...overrides,
    })
  it('checks the date, the 5-working-day notice and identity protection', async () => {
    expect((await post(online())).status).toBe(201)
    const late = await post(
      online({ online: { link: 'https://hop.hanoi.gov.vn/x', noticeSentOn: '2026-07-10' } }),
    )
    expect(late.status).toBe(400)
    expect(late.body.error.fields?.[0]?.path).toBe('online.noticeSentOn')
    const early = await post(
      online({
        visitedAt: '2026-06-15T09:00:00+07:00',
        online: { link: 'https://a.vn/x', noticeSentOn: '2026-06-01' },
      }),
    )
    expect(early.status).toBe(400)
    expect(early.body.error.fields?.[0]?.path).toBe('kind')
    const protectedDenouncer = await post(
      online({
        outcome: 'cases',
        contentKinds: ['TC'],
        cases: [{ kind: 'denunciation', summary: 'Tố cáo cán bộ', content: 'Tố cáo cán bộ nhận tiền.' }],
      }),
    )
    expect(protectedDenouncer.status).toBe(400)
    expect(protectedDenouncer.body.error.message).toBeDefined()
    expect(protectedDenouncer.body.error.fields?.[0]?.message).toContain('bí mật danh tính')
  })
})

describe('schedules and the frequency rule', () => {
  const schedule = (date: string, extra: Record<string, unknown> = {}) =>
    leader.post<{ id: string } & ErrorBody>('/api/reception/schedules', {
      date,
      startTime: '08:00',
      endTime: '11:30',
      kind: 'periodic',
      hostRole: 'commune_chair',
      hostName: 'Nguyễn Quang Minh',
      hostTitle: 'Chủ tịch UBND phường Ba Đình',
      place: 'Phòng tiếp công dân phường Ba Đình',
      ...extra,
    })

  it('warns when the schedule falls short, judging each period by the rule version in force', async () => {
    // Weekly until a fixture version (2 days a month) takes effect on 01/03/2027.
    const fixture = await admin.post('/api/rules', {
      key: 'reception.frequency.commune_chair',
      value: { days: 2, per: 'month' },
      effectiveFrom: '2027-03-01',
      source: 'Văn bản giả định dùng cho kiểm thử',
      note: 'Phiên bản thử nghiệm',
    })
    expect(fixture.status, JSON.stringify(fixture.body)).toBe(201)
    for (const day of ['2027-02-04', '2027-02-11', '2027-02-25', '2027-03-11'])
      expect((await schedule(day)).status).toBe(201)
    const q = `organization=${org['HN-BADINH']}&from=2027-02-01&to=2027-03-31`
    const first = await leader.get<{ items: Compliance[] }>(`/api/reception/schedules/compliance?${q}`)
    expect(first.status).toBe(200)
    const chair = first.body.items.find((i) => i.hostRole === 'commune_chair')
    const weeks = chair?.periods.filter((p) => p.per === 'week') ?? []
    expect(weeks.map((w) => [w.from, w.short])).toEqual([
      ['2027-02-01', false],
      ['2027-02-08', false],
      ['2027-02-15', true],
      ['2027-02-22', false],
    ])
    const march = chair?.periods.find((p) => p.per === 'month')
    expect(march).toMatchObject({
      from: '2027-03-01',
      to: '2027-03-31',
      required: 2,
      scheduled: 1,
      short: true,
    })
    expect(march?.ruleFrom).toBe('2027-03-01')
    expect(chair?.warnings).toHaveLength(2)
    expect(chair?.warnings.join(' ')).toContain('15/02/2027')

    const extra = await schedule('2027-03-25')
    expect(extra.status).toBe(201)
    const second = await leader.get<{ items: Compliance[] }>(`/api/reception/schedules/compliance?${q}`)
    const chair2 = second.body.items.find((i) => i.hostRole === 'commune_chair')
    expect(chair2?.periods.find((p) => p.per === 'month')?.short).toBe(false)
    expect(chair2?.warnings).toHaveLength(1)
    expect(chair2?.periods.every((p) => !p.met)).toBe(true)
  })

  it('shows which held sessions met the rule, with the conclusion notice tasks followed until done', async () => {
    const s = await schedule('2027-04-08')
    const hold = await leader.post(`/api/reception/schedules/${s.body.id}/hold`, {
      attendees: ['Công an phường Ba Đình', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
      conclusionNumber: '12/TB-UBND',
      conclusionDate: '2027-04-09',
      conclusion: 'Giao các bộ phận kiểm tra, trả lời công dân.',
      tasks: [
        {
          direction: 'Kiểm tra hiện trạng công trình số 5 Kim Mã',
          owner: 'Phòng Kinh tế',
          dueDate: '2027-04-20',
        },
      ],
    })
    expect(hold.status).toBe(204)
    const list = await leader.get<{
      items: { id: string; status: string; tasks: { id: string; status: string }[] }[]
    }>(`/api/reception/schedules?organization=${org['HN-BADINH']}&from=2027-04-01&to=2027-04-30`)
    const held = list.body.items.find((i) => i.id === s.body.id)
    expect(held?.status).toBe('held')
    const task = held?.tasks[0]
    const done = await leader.post(`/api/reception/tasks/${task?.id}/done`, {
      doneOn: '2027-04-18',
      result: 'Đã kiểm tra, lập biên bản',
    })
    expect(done.status).toBe(204)
    const compliance = await leader.get<{ items: Compliance[] }>(
      `/api/reception/schedules/compliance?organization=${org['HN-BADINH']}&from=2027-04-01&to=2027-04-30`,
    )
    const april = compliance.body.items.find((i) => i.hostRole === 'commune_chair')?.periods[0]
    expect(april).toMatchObject({ required: 2, held: 1, met: false, heldSessionIds: [s.body.id] })
    expect(
      (
        await leader.post(`/api/reception/schedules/${s.body.id}/hold`, {
          conclusionNumber: '1',
          conclusionDate: '2027-04-09',
          conclusion: 'Lần hai',
        })
      ).status,
    ).toBe(409)
  })

  it('checks the online notice when scheduling, and publishes the schedule without login', async () => {
    const late = await schedule('2027-05-04', {
      kind: 'online',
      online: { link: 'https://hop.hanoi.gov.vn/p', noticeSentOn: '2027-04-30' },
    })
    expect(late.status).toBe(400)
    expect(late.body.error.fields?.[0]?.path).toBe('online.noticeSentOn')
    expect((await reception.post('/api/reception/schedules', { date: '2027-05-04' })).status).toBe(400)
    const anonymous = new ApiClient(app.url)
    const pub = await anonymous.get<{
      items: { date: string; hostName: string; place: string; kind: string }[]
    }>(`/api/public/reception-schedule?organization=${org['HN-BADINH']}&from=2027-02-01&to=2027-02-28`)
    expect(pub.status).toBe(200)
    expect(pub.body.items.map((i) => i.date)).toEqual(['2027-02-04', '2027-02-11', '2027-02-25'])
    expect(pub.body.items[0]).toMatchObject({
      hostName: 'Nguyễn Quang Minh',
      kind: 'periodic',
      startTime: '08:00',
    })
    const direct = await listPublicSchedule(app.server.database, {
      organizationId: org['HN-BADINH'] ?? '',
      from: '2027-02-01',
      to: '2027-02-28',
    })
    expect(direct).toEqual(pub.body.items)
  })
})

describe('register (form 03/TCD)', () => {
  it('writes an XLSX whose cells match the visits entered, A4 landscape with the national heading', async () => {
    const entered = [
      await created(
        visit({
          visitedAt: '2026-08-03T08:30:00+07:00',
          citizens: [citizen('Lương Thị Mận', '001199000111')],
          summary: 'Kiến nghị sửa chữa đường điện chiếu sáng thôn Phù Mã',
          resolvedBy: 'UBND huyện Sóc Sơn (cũ)',
          guidance: 'Hướng dẫn gửi đơn đến Điện lực Sóc Sơn, văn bản số 12/HD',
        }),
        socson,
      ),
      await created(
        group(12, 3, {
          visitedAt: '2026-08-05T14:00:00+07:00',
          summary: 'Nhóm 12 hộ dân kiến nghị về ô nhiễm từ trại chăn nuôi',
          contentKinds: ['KN-PA', 'KN'],
          withinCompetence: false,
          transferredTo: 'Sở Nông nghiệp và Môi trường, công văn số 88/UBND',
          guidance: undefined,
          outcome: 'recorded',
        }),
        socson,
      ),
    ]
    const r = await socson.download(
      `/api/reception/register?organization=${org['HN-SOCSON']}&from=2026-08-01&to=2026-08-09&format=xlsx`,
    )
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(r.data as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('no sheet')
    expect(sheet.pageSetup.orientation).toBe('landscape')
    expect(sheet.pageSetup.paperSize).toBe(9)
    const text = (row: number, col: number) => String(sheet.getCell(row, col).value ?? '')
    const all: string[] = []
    sheet.eachRow((row) => row.eachCell((cell) => all.push(String(cell.value))))
    expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(all).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(all).toContain('SỔ TIẾP CÔNG DÂN')
    let header = 0
    sheet.eachRow((row, n) => {
      if (row.values && (row.values as unknown[]).includes('Số CCCD/Hộ chiếu')) header = n
    })
    expect(header).toBeGreaterThan(0)
    expect(all.some((v) => v.includes('CMND'))).toBe(false)
    const first = header + 2
    expect(text(first, 1)).toBe('1')
    expect(text(first, 2)).toBe('03/08/2026')
    expect(text(first, 3)).toBe('Lương Thị Mận - Số 12 phố Đội Cấn')
    expect(text(first, 4)).toBe('001199000111')
    expect(text(first, 5)).toBe(entered[0]?.id ? 'Kiến nghị sửa chữa đường điện chiếu sáng thôn Phù Mã' : '')
    expect(text(first, 6)).toBe('KN-PA')
    expect(text(first, 7)).toBe('1')
    expect(text(first, 8)).toBe('UBND huyện Sóc Sơn (cũ)')
    expect(text(first, 9)).toBe('x')
    expect(text(first, 10)).toBe('Hướng dẫn gửi đơn đến Điện lực Sóc Sơn, văn bản số 12/HD')
    const second = first + 1
    expect(text(second, 2)).toBe('05/08/2026')
    const reps = entered[1]?.citizens.filter((c) => c.representative) ?? []
    expect(text(second, 3).split('; ')).toHaveLength(3)
    expect(text(second, 4)).toBe(reps.map((c) => c.idNumber).join('; '))
    expect(text(second, 6)).toBe('KN-PA, KN')
    expect(text(second, 7)).toBe('12')
    expect(text(second, 9)).toBe('')
    expect(text(second, 11)).toBe('Sở Nông nghiệp và Môi trường, công văn số 88/UBND')
    expect(text(second + 1, 1)).toBe('')

    const json = await socson.get<{
      counts: { period: string; turns: number; people: number; groups: number }[]
    }>(`/api/reception/register?organization=${org['HN-SOCSON']}&from=2026-08-01&to=2026-08-09&format=json`)
    expect(json.body.counts.at(-1)).toMatchObject({ period: 'Cả kỳ', turns: 2, people: 13, groups: 1 })
  })

  it('covers the subtree only when asked, and refuses organizations outside the caller’s scope', async () => {
    const own = await cityLeader.get<{ rows: string[][] }>(
      `/api/reception/register?organization=${org['HN-UBND']}&from=2026-08-01&to=2026-08-09&format=json`,
    )
    const tree = await cityLeader.get<{ rows: string[][] }>(
      `/api/reception/register?organization=${org['HN-UBND']}&from=2026-08-01&to=2026-08-09&format=json&subtree=true`,
    )
    expect(tree.body.rows.length).toBeGreaterThan(own.body.rows.length)
    expect(
      (
        await socson.get(
          `/api/reception/register?organization=${org['HN-BADINH']}&from=2026-08-01&to=2026-08-09`,
        )
      ).status,
    ).toBe(404)
  })

  it('renders the PDF through the documents module', async () => {
    const r = await socson.download(
      `/api/reception/register?organization=${org['HN-SOCSON']}&from=2026-08-01&to=2026-08-09&format=pdf`,
    )
    if (existsSync(new URL('../../src/platform/documents/index.ts', import.meta.url))) {
      expect(r.status).toBe(200)
      expect(r.data.subarray(0, 4).toString()).toBe('%PDF')
    } else expect(r.status).toBe(500)
  })
})

describe('access', () => {
  it('keeps visits to those allowed and inside their subtree', async () => {
    expect((await viewer.get('/api/reception/visits')).status).toBe(403)
    const mine = await created(visit({ citizens: [citizen('Mai Văn Riêng')] }))
    expect((await socson.get(`/api/reception/visits/${mine.id}`)).status).toBe(404)
    expect((await cityLeader.get(`/api/reception/visits/${mine.id}`)).status).toBe(200)
    expect((await reception.post('/api/reception/schedules', { date: '2027-01-05' })).status).toBe(400)
    const q = await reception.get<{ items: { id: string }[] }>('/api/reception/visits?q=mai%20van%20rieng')
    expect(q.body.items.map((i) => i.id)).toEqual([mine.id])
  })

  it('lets the head’s office keep reception places and the officers roster', async () => {
    const place = await leader.post<{ id: string }>('/api/reception/places', {
      name: 'Điểm tiếp công dân tổ dân phố 5',
      address: 'Nhà văn hóa tổ dân phố 5, phố Đội Cấn',
      hours: 'Sáng thứ Năm hằng tuần',
    })
    expect(place.status).toBe(201)
    expect(
      (
        await leader.post('/api/reception/officers', {
          fullName: 'Kiều Văn Tĩnh',
          title: 'Công chức Tư pháp - Hộ tịch',
        })
      ).status,
    ).toBe(201)
    const list = await reception.get<{ places: { id: string }[]; officers: { fullName: string }[] }>(
      '/api/reception/places',
    )
    expect(list.body.places.map((p) => p.id)).toContain(place.body.id)
    expect(list.body.officers.map((o) => o.fullName)).toContain('Kiều Văn Tĩnh')
    expect(
      (await reception.post('/api/reception/places', { name: 'X', address: 'Y', hours: 'Z' })).status,
    ).toBe(400)
    expect(
      (await reception.post('/api/reception/officers', { fullName: 'Lê Văn Ba', title: 'Cán bộ' })).status,
    ).toBe(403)
  })

  it('does not let a reception officer schedule the head’s sessions', async () => {
    const r = await reception.post('/api/reception/schedules', {
      date: '2027-01-05',
      kind: 'periodic',
      hostRole: 'commune_chair',
      hostName: 'Nguyễn Quang Minh',
      hostTitle: 'Chủ tịch',
      place: 'Phòng tiếp',
    })
    expect(r.status).toBe(403)
  })
})
