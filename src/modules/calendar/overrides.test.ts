import { describe, expect, it } from 'vitest'
import { parseIsoDate, weekdayOf } from './dates.ts'
import {
  type CalendarOverride,
  type HolidayEntry,
  VIETNAM_CULTURE_DAY,
  holidaysOfYear,
  recurringOverride,
} from './holidays.ts'
import { HOLIDAY_NAMES, type StatutoryHolidayKey, compensatoryDayName } from './messages.ts'

/** [date, kind] of the entries of one holiday (and of its compensatory days) in a year. */
const daysOf = (entries: HolidayEntry[], key: StatutoryHolidayKey): [string, string][] =>
  entries
    .filter((e) => e.name === HOLIDAY_NAMES[key] || e.name === compensatoryDayName(HOLIDAY_NAMES[key]))
    .map((e) => [e.date, e.kind])

const H = 'holiday'
const C = 'compensatory'

describe('overrides announced by the Government or a province', () => {
  const swap2025: CalendarOverride[] = [
    { date: '2025-05-02', kind: 'day_off', name: 'Nghỉ hoán đổi' },
    { date: '2025-04-26', kind: 'working_day', name: 'Làm bù ngày 02/5', province: null },
  ]

  it('adds a swapped day off and lists the weekend day worked in exchange', () => {
    const entries = holidaysOfYear(2025, swap2025)
    expect(entries).toContainEqual({ date: '2025-05-02', kind: 'day_off', name: 'Nghỉ hoán đổi' })
    expect(entries).toContainEqual({ date: '2025-04-26', kind: 'working_day', name: 'Làm bù ngày 02/5' })
  })

  it("applies a province's override only to that province", () => {
    const local: CalendarOverride[] = [
      { date: '2026-03-10', kind: 'day_off', name: 'Lễ hội', province: '01' },
    ]
    expect(holidaysOfYear(2026, local).some((e) => e.date === '2026-03-10')).toBe(false)
    expect(holidaysOfYear(2026, local, '79').some((e) => e.date === '2026-03-10')).toBe(false)
    expect(holidaysOfYear(2026, local, '01')).toContainEqual({
      date: '2026-03-10',
      kind: 'day_off',
      name: 'Lễ hội',
    })
  })

  it('lets a provincial override beat a nationwide one on the same date, in any order', () => {
    const nationwide: CalendarOverride = {
      date: '2026-05-04',
      kind: 'day_off',
      name: 'Nghỉ chung',
      province: null,
    }
    const provincial: CalendarOverride = {
      date: '2026-05-04',
      kind: 'not_off',
      name: 'Tỉnh làm việc',
      province: '01',
    }
    for (const overrides of [
      [nationwide, provincial],
      [provincial, nationwide],
    ]) {
      expect(holidaysOfYear(2026, overrides, '01').some((e) => e.date === '2026-05-04')).toBe(false)
      expect(holidaysOfYear(2026, overrides, '02').some((e) => e.date === '2026-05-04')).toBe(true)
    }
  })

  it('cancels a computed compensatory day with not_off without moving it', () => {
    const entries = holidaysOfYear(2027, [{ date: '2027-02-11', kind: 'not_off', name: 'Đi làm' }])
    expect(daysOf(entries, 'lunarNewYear').filter(([, kind]) => kind === C)).toEqual([['2027-02-10', C]])
  })

  it('drops the compensatory day of a holiday cancelled with not_off (National Day 2023 moved to 1–2/9)', () => {
    const entries = holidaysOfYear(2023, [
      { date: '2023-09-01', kind: 'day_off', name: HOLIDAY_NAMES.nationalDay },
      { date: '2023-09-03', kind: 'not_off', name: 'Ngày liền kề chọn là 01/9' },
    ])
    expect(entries.filter((e) => e.date >= '2023-09-01' && e.date <= '2023-09-10')).toEqual([
      { date: '2023-09-01', kind: 'day_off', name: 'Quốc khánh' },
      { date: '2023-09-02', kind: H, name: 'Quốc khánh' },
      { date: '2023-09-04', kind: C, name: 'Nghỉ bù Quốc khánh' },
    ])
  })

  it('moves a compensatory day past an announced day off', () => {
    const entries = holidaysOfYear(2026, [{ date: '2026-04-27', kind: 'day_off', name: 'Nghỉ thêm' }])
    expect(daysOf(entries, 'hungKings')).toEqual([
      ['2026-04-26', H],
      ['2026-04-28', C],
    ])
  })

  it('ignores overrides dated in other years and rejects malformed ones', () => {
    expect(holidaysOfYear(2026, [{ date: '2027-03-01', kind: 'day_off', name: 'x' }])).toEqual(
      holidaysOfYear(2026),
    )
    expect(() => holidaysOfYear(2026, [{ date: '2026-02-30', kind: 'day_off', name: 'x' }])).toThrow(
      RangeError,
    )
    const badKind = { date: '2026-02-03', kind: 'holiday', name: 'x' } as unknown as CalendarOverride
    expect(() => holidaysOfYear(2026, [badKind])).toThrow(RangeError)
  })

  it('offers Vietnam Culture Day (24/11) as an inactive recurring day off, without compensation', () => {
    expect(VIETNAM_CULTURE_DAY).toMatchObject({ month: 11, day: 24, kind: 'day_off', active: false })
    const override = recurringOverride(VIETNAM_CULTURE_DAY, 2029)
    expect(override).toEqual({
      date: '2029-11-24',
      kind: 'day_off',
      name: 'Ngày Văn hóa Việt Nam',
      province: null,
    })
    expect(weekdayOf(parseIsoDate(override.date))).toBe(6)
    const entries = holidaysOfYear(2029, [override]).filter((e) => e.date >= '2029-11-24')
    expect(entries).toEqual([{ date: '2029-11-24', kind: 'day_off', name: 'Ngày Văn hóa Việt Nam' }])
  })
})
