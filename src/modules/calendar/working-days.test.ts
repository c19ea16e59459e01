import { describe, expect, it } from 'vitest'
import { type CalendarOverride, holidaysOfYear } from './holidays.ts'
import {
  buildCalendar,
  countWorkingDays,
  dayInfo,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingDays,
} from './working-days.ts'

const overrides: CalendarOverride[] = [
  { date: '2025-05-02', kind: 'day_off', name: 'Nghỉ hoán đổi' },
  { date: '2025-04-26', kind: 'working_day', name: 'Làm bù ngày 02/5' },
  { date: '2026-03-10', kind: 'day_off', name: 'Lễ hội tỉnh', province: '01' },
]
const nationwide = buildCalendar({ overrides })
const province01 = buildCalendar({ overrides, province: '01' })

describe('working days (Monday–Friday minus days off, plus swapped working days)', () => {
  it.each([
    { date: '2026-03-09', working: true, what: 'an ordinary Monday' },
    { date: '2026-03-13', working: true, what: 'an ordinary Friday' },
    { date: '2026-03-14', working: false, what: 'a Saturday' },
    { date: '2026-03-15', working: false, what: 'a Sunday' },
    { date: '2026-02-18', working: false, what: 'a Tết weekday' },
    { date: '2026-04-27', working: false, what: 'the compensatory Monday after Giỗ Tổ' },
    { date: '2025-05-02', working: false, what: 'an announced day off' },
    { date: '2025-04-26', working: true, what: 'a Saturday worked in a day swap' },
    { date: '2026-03-10', working: true, what: "another province's day off" },
  ])('treats $date ($what) as working: $working', ({ date, working }) => {
    expect(isWorkingDay(date, nationwide)).toBe(working)
  })

  it('applies the chosen province’s days off on top of the nationwide ones', () => {
    expect(isWorkingDay('2026-03-10', province01)).toBe(false)
    expect(isWorkingDay('2025-05-02', province01)).toBe(false)
  })

  it('describes a day with its Vietnamese name', () => {
    expect(dayInfo('2026-02-17', nationwide)).toEqual({
      date: '2026-02-17',
      working: false,
      kind: 'holiday',
      name: 'Tết Nguyên đán',
    })
    expect(dayInfo('2026-04-27', nationwide)).toMatchObject({
      kind: 'compensatory',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
    })
    expect(dayInfo('2026-03-14', nationwide)).toMatchObject({
      working: false,
      kind: 'weekend',
      name: 'Thứ Bảy',
    })
    expect(dayInfo('2026-03-15', nationwide)).toMatchObject({ kind: 'weekend', name: 'Chủ nhật' })
    expect(dayInfo('2025-04-26', nationwide)).toMatchObject({ working: true, kind: 'swapped_working_day' })
    expect(dayInfo('2026-03-09', nationwide)).toEqual({
      date: '2026-03-09',
      working: true,
      kind: 'working_day',
      name: null,
    })
  })

  it.each([
    { from: '2026-02-23', to: '2026-02-27', count: 5, what: 'a full week (both ends included)' },
    { from: '2026-03-09', to: '2026-03-09', count: 1, what: 'a single working day' },
    { from: '2026-02-14', to: '2026-02-22', count: 0, what: 'the whole Tết break' },
    { from: '2026-02-27', to: '2026-02-23', count: 0, what: 'a reversed range' },
    { from: '2026-12-28', to: '2027-01-08', count: 9, what: 'New Year across the year end' },
    {
      from: '2026-01-01',
      to: '2026-12-31',
      count: 250,
      what: '2026 (261 weekdays minus 11 weekday days off)',
    },
    { from: '2025-04-21', to: '2025-05-04', count: 8, what: 'two weeks of 2025 with a swap' },
  ])('counts $count working days in $what', ({ from, to, count }) => {
    expect(countWorkingDays(from, to, nationwide)).toBe(count)
  })

  it('finds the next working day after a holiday block', () => {
    expect(nextWorkingDay('2026-02-13', nationwide)).toBe('2026-02-23')
    expect(nextWorkingDay('2026-03-09', nationwide)).toBe('2026-03-10')
  })

  it('lists the non-working days of a range with their reasons', () => {
    expect(nonWorkingDays('2026-04-25', '2026-05-03', nationwide).map((d) => [d.date, d.reason])).toEqual([
      ['2026-04-25', 'Thứ Bảy'],
      ['2026-04-26', 'Giỗ Tổ Hùng Vương'],
      ['2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
      ['2026-04-30', 'Ngày Chiến thắng'],
      ['2026-05-01', 'Ngày Quốc tế Lao động'],
      ['2026-05-02', 'Thứ Bảy'],
      ['2026-05-03', 'Chủ nhật'],
    ])
  })

  it('serves the same holiday list as holidaysOfYear', () => {
    expect(province01.holidays(2026)).toEqual(holidaysOfYear(2026, overrides, '01'))
    expect(nationwide.holidays(2025)).toEqual(holidaysOfYear(2025, overrides))
  })

  it('refuses dates outside 1990–2100 and malformed dates', () => {
    expect(() => isWorkingDay('1989-12-29', nationwide)).toThrow(RangeError)
    expect(() => isWorkingDay('2101-01-03', nationwide)).toThrow(RangeError)
    expect(() => isWorkingDay('2026-2-3', nationwide)).toThrow(RangeError)
  })
})
