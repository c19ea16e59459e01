import { describe, expect, it } from 'vitest'
import {
  civilFromDays,
  daysBetween,
  daysFromCivil,
  formatIsoDate,
  isIsoDate,
  isoDateOf,
  parseIsoDate,
  shiftIsoDate,
  vietnamDateOf,
  weekdayOf,
  yearOfDay,
} from './dates.ts'

// JS Date in UTC is used here only as an independent oracle.
const oracleIso = (dayNumber: number): string => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10)

describe('ISO dates as day numbers', () => {
  it('numbers 1970-01-01 as day 0 and 2026-02-17 as day 20501', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0)
    expect(parseIsoDate('2026-02-17')).toBe(20_501)
    expect(daysFromCivil(2026, 2, 17)).toBe(20_501)
  })

  it('round-trips every day from 1900 to 2200 and agrees with UTC dates on the weekday', () => {
    const first = parseIsoDate('1900-01-01')
    const last = parseIsoDate('2200-12-31')
    const mismatches: string[] = []
    for (let day = first; day <= last; day++) {
      const iso = formatIsoDate(day)
      const oracle = new Date(day * 86_400_000)
      if (
        iso !== oracleIso(day) ||
        parseIsoDate(iso) !== day ||
        weekdayOf(day) !== oracle.getUTCDay() ||
        yearOfDay(day) !== oracle.getUTCFullYear() ||
        civilFromDays(day).month !== oracle.getUTCMonth() + 1
      ) {
        mismatches.push(iso)
      }
    }
    expect(mismatches).toEqual([])
  })

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-2-01',
    '26-02-01',
    '2026/02/01',
    '',
    'abcd-ef-gh',
  ])('rejects %j as a date', (text) => {
    expect(isIsoDate(text)).toBe(false)
    expect(() => parseIsoDate(text)).toThrow(RangeError)
  })

  it('accepts 29 February in leap years only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2000-02-29')).toBe(true)
    expect(isIsoDate('2100-02-29')).toBe(false)
  })

  it('shifts and subtracts plain calendar days across month and year ends', () => {
    expect(shiftIsoDate('2026-12-25', 10)).toBe('2027-01-04')
    expect(shiftIsoDate('2024-03-01', -1)).toBe('2024-02-29')
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
    expect(isoDateOf(2030, 2, 2)).toBe('2030-02-02')
  })

  it('takes the date in Vietnam (UTC+7) of an instant, whatever the host time zone', () => {
    expect(vietnamDateOf(Date.parse('2026-02-16T16:59:59.999Z'))).toBe('2026-02-16')
    expect(vietnamDateOf(new Date('2026-02-16T17:00:00Z'))).toBe('2026-02-17')
    expect(() => vietnamDateOf(Number.NaN)).toThrow(RangeError)
  })
})
