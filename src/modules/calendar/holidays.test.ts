import { describe, expect, it } from 'vitest'
import { isWeekend, parseIsoDate } from './dates.ts'
import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  type HolidayEntry,
  holidaysOfYear,
  statutoryHolidays,
} from './holidays.ts'
import { lunarNewYearDay } from './lunar.ts'
import { HOLIDAY_NAMES, type StatutoryHolidayKey, compensatoryDayName } from './messages.ts'

const YEARS = Array.from(
  { length: CALENDAR_MAX_YEAR - CALENDAR_MIN_YEAR + 1 },
  (_, i) => CALENDAR_MIN_YEAR + i,
)

/** [date, kind] of the entries of one holiday (and of its compensatory days) in a year. */
const daysOf = (entries: HolidayEntry[], key: StatutoryHolidayKey): [string, string][] =>
  entries
    .filter((e) => e.name === HOLIDAY_NAMES[key] || e.name === compensatoryDayName(HOLIDAY_NAMES[key]))
    .map((e) => [e.date, e.kind])

const H = 'holiday'
const C = 'compensatory'

describe('default holidays (Labour Code 2019 Art. 111(3), 112)', () => {
  it('lists the eleven statutory days of 2026 and the compensatory Monday after Giỗ Tổ on a Sunday', () => {
    expect(holidaysOfYear(2026)).toEqual([
      { date: '2026-01-01', kind: H, name: 'Tết Dương lịch' },
      { date: '2026-02-16', kind: H, name: 'Tết Nguyên đán' },
      { date: '2026-02-17', kind: H, name: 'Tết Nguyên đán' },
      { date: '2026-02-18', kind: H, name: 'Tết Nguyên đán' },
      { date: '2026-02-19', kind: H, name: 'Tết Nguyên đán' },
      { date: '2026-02-20', kind: H, name: 'Tết Nguyên đán' },
      { date: '2026-04-26', kind: H, name: 'Giỗ Tổ Hùng Vương' },
      { date: '2026-04-27', kind: C, name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
      { date: '2026-04-30', kind: H, name: 'Ngày Chiến thắng' },
      { date: '2026-05-01', kind: H, name: 'Ngày Quốc tế Lao động' },
      { date: '2026-09-02', kind: H, name: 'Quốc khánh' },
      { date: '2026-09-03', kind: H, name: 'Quốc khánh' },
    ])
  })

  it.each<{ title: string; year: number; key: StatutoryHolidayKey; days: [string, string][] }>([
    {
      title: 'gives Tết 2026 (Tuesday 17/2) from the last day of the old year, Mon 16/2, to Fri 20/2',
      year: 2026,
      key: 'lunarNewYear',
      days: [
        ['2026-02-16', H],
        ['2026-02-17', H],
        ['2026-02-18', H],
        ['2026-02-19', H],
        ['2026-02-20', H],
      ],
    },
    {
      title: 'makes up Tết 2027 (Saturday 6/2) falling on Sat–Sun on Wed 10/2 and Thu 11/2',
      year: 2027,
      key: 'lunarNewYear',
      days: [
        ['2027-02-05', H],
        ['2027-02-06', H],
        ['2027-02-07', H],
        ['2027-02-08', H],
        ['2027-02-09', H],
        ['2027-02-10', C],
        ['2027-02-11', C],
      ],
    },
    {
      title: 'starts Tết 2030 on Friday 1/2, Tết being Saturday 2/2 in UTC+7, made up on 6/2 and 7/2',
      year: 2030,
      key: 'lunarNewYear',
      days: [
        ['2030-02-01', H],
        ['2030-02-02', H],
        ['2030-02-03', H],
        ['2030-02-04', H],
        ['2030-02-05', H],
        ['2030-02-06', C],
        ['2030-02-07', C],
      ],
    },
    {
      title: 'makes up Giỗ Tổ Hùng Vương on Sunday 26/4/2026 on Monday 27/4',
      year: 2026,
      key: 'hungKings',
      days: [
        ['2026-04-26', H],
        ['2026-04-27', C],
      ],
    },
    {
      title: 'gives no compensatory day for Giỗ Tổ on Monday 7/4/2025',
      year: 2025,
      key: 'hungKings',
      days: [['2025-04-07', H]],
    },
    {
      title: 'makes up Giỗ Tổ on Saturday 29/4/2023 on Tuesday 2/5, after 30/4 and 1/5 (cascade)',
      year: 2023,
      key: 'hungKings',
      days: [
        ['2023-04-29', H],
        ['2023-05-02', C],
      ],
    },
    {
      title: 'makes up 30/4/2023 on a Sunday on Wednesday 3/5, after the Giỗ Tổ compensatory day',
      year: 2023,
      key: 'victoryDay',
      days: [
        ['2023-04-30', H],
        ['2023-05-03', C],
      ],
    },
    {
      title: 'makes up 30/4/2022 (Saturday) on Monday 2/5',
      year: 2022,
      key: 'victoryDay',
      days: [
        ['2022-04-30', H],
        ['2022-05-02', C],
      ],
    },
    {
      title: 'makes up 1/5/2022 (Sunday) on Tuesday 3/5',
      year: 2022,
      key: 'labourDay',
      days: [
        ['2022-05-01', H],
        ['2022-05-03', C],
      ],
    },
    {
      title: 'makes up 1/5/2021 (Saturday) on Monday 3/5',
      year: 2021,
      key: 'labourDay',
      days: [
        ['2021-05-01', H],
        ['2021-05-03', C],
      ],
    },
    {
      title: 'gives Quốc khánh 2/9 and, by default, 3/9 (2026: Wednesday–Thursday)',
      year: 2026,
      key: 'nationalDay',
      days: [
        ['2026-09-02', H],
        ['2026-09-03', H],
      ],
    },
    {
      title: 'makes up Quốc khánh on Sat–Sun 2–3/9/2023 on Monday 4/9 and Tuesday 5/9',
      year: 2023,
      key: 'nationalDay',
      days: [
        ['2023-09-02', H],
        ['2023-09-03', H],
        ['2023-09-04', C],
        ['2023-09-05', C],
      ],
    },
    {
      title: 'makes up Quốc khánh on Sunday 2/9/2029 on Tuesday 4/9, Monday 3/9 being the second day',
      year: 2029,
      key: 'nationalDay',
      days: [
        ['2029-09-02', H],
        ['2029-09-03', H],
        ['2029-09-04', C],
      ],
    },
    {
      title: 'makes up New Year on Saturday 1/1/2022 on Monday 3/1',
      year: 2022,
      key: 'newYear',
      days: [
        ['2022-01-01', H],
        ['2022-01-03', C],
      ],
    },
    {
      title: 'makes up New Year on Sunday 1/1/2023 on Monday 2/1',
      year: 2023,
      key: 'newYear',
      days: [
        ['2023-01-01', H],
        ['2023-01-02', C],
      ],
    },
    {
      title: 'gives New Year on Thursday 1/1/2026 alone',
      year: 2026,
      key: 'newYear',
      days: [['2026-01-01', H]],
    },
  ])('$title', ({ year, key, days }) => {
    expect(daysOf(holidaysOfYear(year), key)).toEqual(days)
  })

  it(`keeps eleven distinct statutory days every year ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}, Tết being five days from the eve`, () => {
    for (const year of YEARS) {
      const days = statutoryHolidays(year).map((h) => h.day)
      expect(new Set(days).size, `${year}`).toBe(11)
      const tet = statutoryHolidays(year)
        .filter((h) => h.key === 'lunarNewYear')
        .map((h) => h.day)
      const eve = lunarNewYearDay(year) - 1
      expect(tet, `${year}`).toEqual([eve, eve + 1, eve + 2, eve + 3, eve + 4])
    }
  })

  it('gives exactly one compensatory weekday per statutory day on a weekend, never on a day already off', () => {
    for (const year of YEARS) {
      const entries = holidaysOfYear(year)
      const weekendHolidays = entries.filter((e) => e.kind === 'holiday' && isWeekend(parseIsoDate(e.date)))
      const compensatory = entries.filter((e) => e.kind === 'compensatory')
      expect(compensatory.length, `${year}`).toBe(weekendHolidays.length)
      for (const day of compensatory) expect(isWeekend(parseIsoDate(day.date)), day.date).toBe(false)
      expect(new Set(entries.map((e) => e.date)).size, `${year}`).toBe(entries.length)
    }
  })

  it('does not make 24 November (Vietnam Culture Day) a holiday by default', () => {
    expect(holidaysOfYear(2026).some((e) => e.date === '2026-11-24')).toBe(false)
  })

  it('refuses years outside 1990–2100', () => {
    expect(() => holidaysOfYear(1989)).toThrow(RangeError)
    expect(() => holidaysOfYear(2101)).toThrow(RangeError)
    expect(() => holidaysOfYear(2026.5)).toThrow(RangeError)
  })
})
