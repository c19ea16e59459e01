import amlich from 'amlich'
import { describe, expect, it } from 'vitest'
import { type DayNumber, civilFromDays, formatIsoDate, isoDateOf } from './dates.ts'
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from './holidays.ts'
import {
  hungKingsDay,
  lunarMonthLength,
  lunarMonthStarts,
  lunarNewYearDay,
  lunarToDayNumber,
} from './lunar.ts'

const VIETNAM_TIME_ZONE = 7
const YEARS = Array.from(
  { length: CALENDAR_MAX_YEAR - CALENDAR_MIN_YEAR + 1 },
  (_, i) => CALENDAR_MIN_YEAR + i,
)

const amlichLunarOf = (day: DayNumber): [number, number, number, number] => {
  const { year, month, day: dayOfMonth } = civilFromDays(day)
  return amlich.convertSolar2Lunar(dayOfMonth, month, year, VIETNAM_TIME_ZONE)
}
const amlichSolar = (day: number, month: number, year: number): string => {
  const [d, m, y] = amlich.convertLunar2Solar(day, month, year, 0, VIETNAM_TIME_ZONE)
  return isoDateOf(y, m, d)
}

describe('lunar calendar (Vietnam, UTC+7)', () => {
  it.each([
    { year: 2007, date: '2007-02-17' }, // a day before China's (UTC+8) Spring Festival
    { year: 2023, date: '2023-01-22' },
    { year: 2024, date: '2024-02-10' },
    { year: 2025, date: '2025-01-29' },
    { year: 2026, date: '2026-02-17' },
    { year: 2027, date: '2027-02-06' },
    { year: 2030, date: '2030-02-02' }, // China: 3 February
  ])('puts Tết $year on $date', ({ year, date }) => {
    expect(formatIsoDate(lunarNewYearDay(year))).toBe(date)
  })

  it.each([
    { year: 2021, date: '2021-04-21' },
    { year: 2022, date: '2022-04-10' },
    { year: 2023, date: '2023-04-29' },
    { year: 2024, date: '2024-04-18' },
    { year: 2025, date: '2025-04-07' },
    { year: 2026, date: '2026-04-26' },
  ])('puts Giỗ Tổ Hùng Vương $year (10/3 lunar) on $date', ({ year, date }) => {
    expect(formatIsoDate(hungKingsDay(year))).toBe(date)
  })

  it('takes the regular 3rd month, not the leap one, for Giỗ Tổ Hùng Vương in 2031', () => {
    const leapThird = lunarMonthStarts(2031).find((m) => m.month === 3 && m.leap)
    expect(leapThird).toBeDefined()
    expect(hungKingsDay(2031)).toBeLessThan(leapThird?.firstDay ?? 0)
  })

  it('rejects lunar dates that do not exist and years outside the tables', () => {
    const shortMonth = lunarMonthStarts(2026).find((m) => lunarMonthLength(2026, m.month, m.leap) === 29)
    expect(shortMonth).toBeDefined()
    expect(() => lunarToDayNumber(2026, shortMonth?.month ?? 1, 30)).toThrow(RangeError)
    expect(() => lunarToDayNumber(2026, 3, 1, true)).toThrow(RangeError)
    expect(() => lunarNewYearDay(1199)).toThrow(RangeError)
    expect(() => lunarNewYearDay(2200)).toThrow(RangeError)
  })

  describe(`agrees with amlich (astronomical algorithm, time zone 7) for every year ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`, () => {
    it('on Tết and on the last day of the lunar year before it', () => {
      const mismatches = YEARS.flatMap((year) => {
        const tet = lunarNewYearDay(year)
        const [lastDay, lastMonth, lastYear, leap] = amlichLunarOf(tet - 1)
        const lastDayOk =
          (lastDay === 29 || lastDay === 30) && lastMonth === 12 && lastYear === year - 1 && leap === 0
        return formatIsoDate(tet) === amlichSolar(1, 1, year) && lastDayOk ? [] : [year]
      })
      expect(mismatches).toEqual([])
    })

    it('on Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month)', () => {
      const mismatches = YEARS.filter(
        (year) => formatIsoDate(hungKingsDay(year)) !== amlichSolar(10, 3, year),
      )
      expect(mismatches).toEqual([])
    })

    it('on every lunar month start, except three months whose new moon falls within minutes of midnight', () => {
      // amlich puts these new moons at 00:00–00:02 UTC+7 (beyond its precision); @dqcai/vn-lunar starts the
      // month a day earlier. None of them is a month the holidays use (1st and 3rd).
      const knownDisagreements = ['2054-05-07 4/2054', '2072-12-09 11/2072', '2077-11-15 10/2077']
      const mismatches = YEARS.flatMap((year) =>
        lunarMonthStarts(year)
          .filter(({ month, leap, firstDay }) => {
            const [d, m, y, l] = amlichLunarOf(firstDay)
            return !(d === 1 && m === month && y === year && l === (leap ? 1 : 0))
          })
          .map(({ month, firstDay }) => `${formatIsoDate(firstDay)} ${month}/${year}`),
      )
      expect(mismatches).toEqual(knownDisagreements)
    })
  })
})
