import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatIsoDate, parseIsoDate } from './dates.ts'
import { MAX_PERIOD_AMOUNT, addDays, addPeriod, addWorkingDays } from './deadline.ts'
import type { CalendarOverride } from './holidays.ts'
import { buildCalendar, countWorkingDays, isWorkingDay } from './working-days.ts'

const calendar = buildCalendar()
const reasons = (skipped: { date: string; reason: string }[]): string[][] =>
  skipped.map((s) => [s.date, s.reason])

describe('deadlines (Civil Code 2015 Art. 147–148)', () => {
  it('rolls a deadline that ends on the Tết holiday to the next working day', () => {
    const result = addDays('2026-02-10', 7, calendar)
    expect(result.due).toBe('2026-02-23')
    expect(reasons(result.skipped)).toEqual([
      ['2026-02-17', 'Tết Nguyên đán'],
      ['2026-02-18', 'Tết Nguyên đán'],
      ['2026-02-19', 'Tết Nguyên đán'],
      ['2026-02-20', 'Tết Nguyên đán'],
      ['2026-02-21', 'Thứ Bảy'],
      ['2026-02-22', 'Chủ nhật'],
    ])
  })

  it('counts working days over Tết, listing every non-working day passed over', () => {
    const result = addWorkingDays('2026-02-12', 3, calendar)
    expect(result.due).toBe('2026-02-24')
    expect(result.skipped.map((s) => s.date)).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ])
  })

  it.each([
    { start: '2026-03-02', amount: 1, due: '2026-03-03', what: 'does not count the day of the event' },
    { start: '2026-03-06', amount: 1, due: '2026-03-09', what: 'moves from Friday over the weekend' },
    {
      start: '2026-03-07',
      amount: 1,
      due: '2026-03-09',
      what: 'starts counting on Monday after an event on Saturday',
    },
    {
      start: '2026-04-24',
      amount: 10,
      due: '2026-05-13',
      what: 'skips Giỗ Tổ, its compensatory day, 30/4 and 1/5',
    },
    {
      start: '2026-04-29',
      amount: 1,
      due: '2026-05-04',
      what: 'jumps from the eve of 30/4 to the Monday after 1/5',
    },
    { start: '2026-12-31', amount: 1, due: '2027-01-04', what: 'crosses the year end and New Year' },
    {
      start: '2027-02-04',
      amount: 1,
      due: '2027-02-12',
      what: 'skips Tết 2027 and its two compensatory days',
    },
    {
      start: '2026-03-04',
      amount: 0,
      due: '2026-03-04',
      what: 'keeps a working event day for an amount of 0',
    },
    {
      start: '2026-02-17',
      amount: 0,
      due: '2026-02-23',
      what: 'rolls a non-working event day forward for an amount of 0',
    },
  ])('working days: $what ($start → $due)', ({ start, amount, due }) => {
    expect(addWorkingDays(start, amount, calendar).due).toBe(due)
  })

  it.each([
    { start: '2026-03-02', amount: 1, due: '2026-03-03', what: 'does not count the day of the event' },
    {
      start: '2026-03-02',
      amount: 5,
      due: '2026-03-09',
      what: 'rolls a period ending on Saturday to Monday',
    },
    { start: '2026-03-02', amount: 12, due: '2026-03-16', what: 'counts weekends inside the period as days' },
    { start: '2026-08-04', amount: 30, due: '2026-09-04', what: 'rolls a period ending on Quốc khánh (3/9)' },
    {
      start: '2026-04-20',
      amount: 6,
      due: '2026-04-28',
      what: 'rolls over Giỗ Tổ and its compensatory Monday',
    },
    {
      start: '2026-02-17',
      amount: 0,
      due: '2026-02-23',
      what: 'rolls a non-working event day forward for an amount of 0',
    },
  ])('calendar days: $what ($start → $due)', ({ start, amount, due }) => {
    expect(addDays(start, amount, calendar).due).toBe(due)
  })

  it('names the compensatory day it rolled over', () => {
    expect(reasons(addDays('2026-04-20', 6, calendar).skipped)).toEqual([
      ['2026-04-26', 'Giỗ Tổ Hùng Vương'],
      ['2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
    ])
  })

  it('counts a swapped working Saturday and skips the swapped weekday off', () => {
    const overrides: CalendarOverride[] = [
      { date: '2025-05-02', kind: 'day_off', name: 'Nghỉ hoán đổi' },
      { date: '2025-04-26', kind: 'working_day', name: 'Làm bù ngày 02/5' },
    ]
    const swapped = buildCalendar({ overrides })
    expect(addWorkingDays('2025-04-25', 1, swapped).due).toBe('2025-04-26')
    expect(reasons(addWorkingDays('2025-04-29', 1, swapped).skipped)).toEqual([
      ['2025-04-30', 'Ngày Chiến thắng'],
      ['2025-05-01', 'Ngày Quốc tế Lao động'],
      ['2025-05-02', 'Nghỉ hoán đổi'],
      ['2025-05-03', 'Thứ Bảy'],
      ['2025-05-04', 'Chủ nhật'],
    ])
  })

  it('uses the province’s days off only in that province’s calendar', () => {
    const overrides: CalendarOverride[] = [
      { date: '2026-03-10', kind: 'day_off', name: 'Lễ hội', province: '01' },
    ]
    expect(addWorkingDays('2026-03-09', 1, buildCalendar({ overrides })).due).toBe('2026-03-10')
    expect(addWorkingDays('2026-03-09', 1, buildCalendar({ overrides, province: '01' })).due).toBe(
      '2026-03-11',
    )
  })

  it('dispatches on the unit of the legal text and can omit the skipped list', () => {
    expect(addPeriod('2026-02-10', { amount: 7, unit: 'days' }, calendar).due).toBe('2026-02-23')
    expect(addPeriod('2026-02-12', { amount: 3, unit: 'working_days' }, calendar).due).toBe('2026-02-24')
    expect(addWorkingDays('2026-02-12', 3, calendar, { includeSkipped: false })).toEqual({
      due: '2026-02-24',
      skipped: [],
    })
    expect(addDays('2026-02-10', 7, calendar, { includeSkipped: false })).toEqual({
      due: '2026-02-23',
      skipped: [],
    })
  })

  it('rejects amounts outside 0–3650, fractions, bad dates and dates past 2100', () => {
    for (const amount of [-1, MAX_PERIOD_AMOUNT + 1, 1.5, Number.NaN]) {
      expect(() => addWorkingDays('2026-03-02', amount, calendar)).toThrow(RangeError)
      expect(() => addDays('2026-03-02', amount, calendar)).toThrow(RangeError)
    }
    expect(() => addDays('2026-02-30', 1, calendar)).toThrow(RangeError)
    expect(() => addDays('2100-12-20', 30, calendar)).toThrow(RangeError)
  })
})

describe('deadline properties', () => {
  const FIRST = parseIsoDate('1990-01-01')
  const LAST = parseIsoDate('2085-12-31') // + 3650 working days stays inside 2100
  const startDate = fc.integer({ min: FIRST, max: LAST }).map(formatIsoDate)
  const amount = fc.integer({ min: 0, max: MAX_PERIOD_AMOUNT })
  const smallAmount = fc.integer({ min: 1, max: 120 })
  const runs = { numRuns: 300 }

  // Random announced exceptions in 2025–2027, nationwide or for province '01'.
  const override = fc.record({
    date: fc.integer({ min: parseIsoDate('2025-01-01'), max: parseIsoDate('2027-12-31') }).map(formatIsoDate),
    kind: fc.constantFrom('day_off' as const, 'working_day' as const, 'not_off' as const),
    name: fc.constant('Thông báo'),
    province: fc.constantFrom(null, '01', '79'),
  })
  const overriddenCalendar = fc
    .tuple(fc.array(override, { maxLength: 40 }), fc.constantFrom(null, '01'))
    .map(([overrides, province]) => buildCalendar({ overrides, province }))
  const startIn2025 = fc
    .integer({ min: parseIsoDate('2025-01-01'), max: parseIsoDate('2026-12-31') })
    .map(formatIsoDate)

  it('always ends on a working day, for both units', () => {
    fc.assert(
      fc.property(startDate, amount, (start, n) => {
        expect(isWorkingDay(addWorkingDays(start, n, calendar).due, calendar)).toBe(true)
        expect(isWorkingDay(addDays(start, n, calendar).due, calendar)).toBe(true)
      }),
      runs,
    )
  })

  it('ends after the start for an amount of at least 1', () => {
    fc.assert(
      fc.property(
        startDate,
        amount.filter((n) => n >= 1),
        (start, n) => {
          expect(addWorkingDays(start, n, calendar).due > start).toBe(true)
          expect(addDays(start, n, calendar).due > start).toBe(true)
        },
      ),
      runs,
    )
  })

  it('never moves earlier when the amount grows', () => {
    fc.assert(
      fc.property(startDate, amount, amount, (start, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a]
        expect(addWorkingDays(start, low, calendar).due <= addWorkingDays(start, high, calendar).due).toBe(
          true,
        )
        expect(addDays(start, low, calendar).due <= addDays(start, high, calendar).due).toBe(true)
      }),
      runs,
    )
  })

  it('has exactly n working days from the day after the start to the due date', () => {
    fc.assert(
      fc.property(
        startDate,
        amount.filter((n) => n >= 1),
        (start, n) => {
          const { due, skipped } = addWorkingDays(start, n, calendar)
          expect(countWorkingDays(formatIsoDate(parseIsoDate(start) + 1), due, calendar)).toBe(n)
          expect(skipped.length + n).toBe(parseIsoDate(due) - parseIsoDate(start))
        },
      ),
      runs,
    )
  })

  it('rolls a calendar-day period only over consecutive non-working days', () => {
    fc.assert(
      fc.property(startDate, amount, (start, n) => {
        const { due, skipped } = addDays(start, n, calendar)
        const last = parseIsoDate(start) + n
        expect(skipped.map((s) => s.date)).toEqual(
          Array.from({ length: parseIsoDate(due) - last }, (_, i) => formatIsoDate(last + i)),
        )
      }),
      runs,
    )
  })

  it('keeps these properties with arbitrary announced overrides, matching a day-by-day count', () => {
    fc.assert(
      fc.property(overriddenCalendar, startIn2025, smallAmount, (cal, start, n) => {
        const { due, skipped } = addWorkingDays(start, n, cal)
        let day = parseIsoDate(start)
        for (let left = n; left > 0;) if (isWorkingDay(formatIsoDate(++day), cal)) left--
        expect(due).toBe(formatIsoDate(day))
        expect(skipped.every((s) => !isWorkingDay(s.date, cal) && s.reason !== '')).toBe(true)
        expect(countWorkingDays(formatIsoDate(parseIsoDate(start) + 1), due, cal)).toBe(n)
        expect(isWorkingDay(addDays(start, n, cal).due, cal)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
