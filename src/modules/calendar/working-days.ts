/**
 * Working days of civil servants: Monday–Friday, minus holidays, compensatory days and announced days off,
 * plus swapped working days. A `Calendar` caches one compact table per year (built lazily), so that
 * lookups and counts are array reads on day numbers, with no allocation.
 */
import {
  type DayNumber,
  type IsoDate,
  SATURDAY,
  SUNDAY,
  daysFromCivil,
  daysInYear,
  formatIsoDate,
  parseIsoDate,
  weekdayOf,
  yearOfDay,
} from './dates.ts'
import {
  CALENDAR_MIN_YEAR,
  type CalendarOverride,
  type DayEntry,
  type HolidayEntry,
  type HolidayKind,
  type ResolvedOverride,
  assertCalendarYear,
  computeYearEntries,
  resolveOverrides,
} from './holidays.ts'
import { SATURDAY_REASON, SUNDAY_REASON } from './messages.ts'

/** Status of a day in a year table; values below `FIRST_OFF_STATUS` are working days. */
export const DayStatus = {
  working: 0,
  swappedWorking: 1,
  saturday: 2,
  sunday: 3,
  holiday: 4,
  compensatory: 5,
  dayOff: 6,
} as const
export type DayStatusCode = (typeof DayStatus)[keyof typeof DayStatus]
const FIRST_OFF_STATUS = 2

const STATUS_OF_KIND: Record<HolidayKind, DayStatusCode> = {
  holiday: DayStatus.holiday,
  compensatory: DayStatus.compensatory,
  day_off: DayStatus.dayOff,
  working_day: DayStatus.swappedWorking,
}

export interface YearTable {
  readonly year: number
  readonly firstDay: DayNumber
  readonly length: number
  /** One `DayStatus` per day of the year. */
  readonly status: Uint8Array
  /** cumulative[i] = working days among the first i days of the year (length + 1 entries). */
  readonly cumulative: Int32Array
  /** Names of holidays, compensatory days, days off and swapped working days. */
  readonly names: ReadonlyMap<DayNumber, string>
  readonly entries: readonly DayEntry[]
}

export interface CalendarOptions {
  /** Announced exceptions, nationwide and per province (only the chosen province's are applied). */
  overrides?: readonly CalendarOverride[]
  /** Province code whose overrides apply in addition to the nationwide ones; null = nationwide only. */
  province?: string | null
}

function buildYearTable(year: number, overrides: ReadonlyMap<DayNumber, ResolvedOverride>): YearTable {
  assertCalendarYear(year)
  const firstDay = daysFromCivil(year, 1, 1)
  const length = daysInYear(year)
  const status = new Uint8Array(length)
  for (let i = 0, weekday = weekdayOf(firstDay); i < length; i++, weekday = (weekday + 1) % 7) {
    status[i] =
      weekday === SATURDAY ? DayStatus.saturday : weekday === SUNDAY ? DayStatus.sunday : DayStatus.working
  }
  const entries = computeYearEntries(year, overrides)
  const names = new Map<DayNumber, string>()
  for (const entry of entries) {
    status[entry.day - firstDay] = STATUS_OF_KIND[entry.kind]
    names.set(entry.day, entry.name)
  }
  const cumulative = new Int32Array(length + 1)
  for (let i = 0; i < length; i++) {
    cumulative[i + 1] = (cumulative[i] ?? 0) + ((status[i] ?? 0) < FIRST_OFF_STATUS ? 1 : 0)
  }
  return Object.freeze({ year, firstDay, length, status, cumulative, names, entries: Object.freeze(entries) })
}

/** A working-day calendar for one province (or nationwide), immutable once built; year tables are lazy. */
export class Calendar {
  readonly province: string | null
  readonly #overridesByYear = new Map<number, Map<DayNumber, ResolvedOverride>>()
  readonly #tables: (YearTable | undefined)[] = []
  #last: YearTable | undefined

  constructor(options: CalendarOptions = {}) {
    this.province = options.province ?? null
    for (const [day, override] of resolveOverrides(options.overrides ?? [], this.province)) {
      const year = yearOfDay(day)
      let ofYear = this.#overridesByYear.get(year)
      if (ofYear === undefined) this.#overridesByYear.set(year, (ofYear = new Map()))
      ofYear.set(day, override)
    }
  }

  /** The table of a Gregorian year; throws RangeError outside the supported years. */
  yearTable(year: number): YearTable {
    let table = this.#tables[year - CALENDAR_MIN_YEAR]
    if (table === undefined) {
      table = buildYearTable(year, this.#overridesByYear.get(year) ?? new Map())
      this.#tables[year - CALENDAR_MIN_YEAR] = table
    }
    return table
  }

  /** The table of the year containing a day number. */
  tableOf(day: DayNumber): YearTable {
    const last = this.#last
    if (last !== undefined && day >= last.firstDay && day < last.firstDay + last.length) return last
    const table = this.yearTable(yearOfDay(day))
    this.#last = table
    return table
  }

  /** Same as `holidaysOfYear(year, overrides, province)`, from the cache. */
  holidays(year: number): HolidayEntry[] {
    return this.yearTable(year).entries.map(({ day, name, kind }) => ({
      date: formatIsoDate(day),
      name,
      kind,
    }))
  }
}

export const buildCalendar = (options: CalendarOptions = {}): Calendar => new Calendar(options)

export function statusOfDay(day: DayNumber, calendar: Calendar): DayStatusCode {
  const table = calendar.tableOf(day)
  return (table.status[day - table.firstDay] ?? DayStatus.working) as DayStatusCode
}

export const isWorkingDayNumber = (day: DayNumber, calendar: Calendar): boolean =>
  statusOfDay(day, calendar) < FIRST_OFF_STATUS

export const isWorkingDay = (date: IsoDate, calendar: Calendar): boolean =>
  isWorkingDayNumber(parseIsoDate(date), calendar)

export type NonWorkingKind = 'weekend' | 'holiday' | 'compensatory' | 'day_off'

/** A day that is not worked, with the Vietnamese reason to show ("Thứ Bảy", "Tết Nguyên đán", …). */
export interface SkippedDay {
  date: IsoDate
  reason: string
  kind: NonWorkingKind
}

const NON_WORKING_KIND: Record<number, NonWorkingKind> = {
  [DayStatus.saturday]: 'weekend',
  [DayStatus.sunday]: 'weekend',
  [DayStatus.holiday]: 'holiday',
  [DayStatus.compensatory]: 'compensatory',
  [DayStatus.dayOff]: 'day_off',
}

function skippedDay(day: DayNumber, status: number, table: YearTable): SkippedDay {
  const reason =
    status === DayStatus.saturday
      ? SATURDAY_REASON
      : status === DayStatus.sunday
        ? SUNDAY_REASON
        : (table.names.get(day) ?? '')
  return { date: formatIsoDate(day), reason, kind: NON_WORKING_KIND[status] ?? 'day_off' }
}

/** Appends the non-working days of [fromDay, toDay] to `out`, in order. */
export function collectNonWorkingDays(
  fromDay: DayNumber,
  toDay: DayNumber,
  calendar: Calendar,
  out: SkippedDay[],
): SkippedDay[] {
  for (let day = fromDay; day <= toDay;) {
    const table = calendar.tableOf(day)
    const end = Math.min(toDay, table.firstDay + table.length - 1)
    for (; day <= end; day++) {
      const status = table.status[day - table.firstDay] ?? DayStatus.working
      if (status >= FIRST_OFF_STATUS) out.push(skippedDay(day, status, table))
    }
  }
  return out
}

/** Non-working days from `from` to `to`, both included, with their reasons. */
export const nonWorkingDays = (from: IsoDate, to: IsoDate, calendar: Calendar): SkippedDay[] =>
  collectNonWorkingDays(parseIsoDate(from), parseIsoDate(to), calendar, [])

export type DayKind = 'working_day' | 'swapped_working_day' | NonWorkingKind

export interface DayInfo {
  date: IsoDate
  working: boolean
  kind: DayKind
  /** Vietnamese label: holiday / day-off / swap name, "Thứ Bảy" / "Chủ nhật"; null on an ordinary working day. */
  name: string | null
}

/** What a date is, for display. */
export function dayInfo(date: IsoDate, calendar: Calendar): DayInfo {
  const day = parseIsoDate(date)
  const table = calendar.tableOf(day)
  const status = table.status[day - table.firstDay] ?? DayStatus.working
  if (status === DayStatus.working) return { date, working: true, kind: 'working_day', name: null }
  if (status === DayStatus.swappedWorking) {
    return { date, working: true, kind: 'swapped_working_day', name: table.names.get(day) ?? null }
  }
  const { reason, kind } = skippedDay(day, status, table)
  return { date, working: false, kind, name: reason }
}

/** Working days from `fromDay` to `toDay`, both included (0 when `toDay` < `fromDay`). */
export function countWorkingDayNumbers(fromDay: DayNumber, toDay: DayNumber, calendar: Calendar): number {
  let total = 0
  for (let day = fromDay; day <= toDay;) {
    const table = calendar.tableOf(day)
    const start = day - table.firstDay
    const end = Math.min(toDay - table.firstDay + 1, table.length)
    total += (table.cumulative[end] ?? 0) - (table.cumulative[start] ?? 0)
    day = table.firstDay + end
  }
  return total
}

/** Working days from `from` to `to`, both included (0 when `to` is before `from`). */
export const countWorkingDays = (from: IsoDate, to: IsoDate, calendar: Calendar): number =>
  countWorkingDayNumbers(parseIsoDate(from), parseIsoDate(to), calendar)

/** The `n`-th working day after `day` (n ≥ 1; `day` itself is not counted). Binary search per year. */
export function nthWorkingDayAfter(day: DayNumber, n: number, calendar: Calendar): DayNumber {
  let table = calendar.tableOf(day)
  let index = day - table.firstDay + 1
  let remaining = n
  for (;;) {
    if (index >= table.length) {
      table = calendar.yearTable(table.year + 1)
      index = 0
    }
    const { cumulative, length } = table
    const base = cumulative[index] ?? 0
    const available = (cumulative[length] ?? 0) - base
    if (remaining <= available) {
      const target = base + remaining
      let lo = index + 1
      let hi = length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if ((cumulative[mid] ?? 0) >= target) hi = mid
        else lo = mid + 1
      }
      return table.firstDay + lo - 1
    }
    remaining -= available
    index = length
  }
}

/** The first working day on or after `day`. */
export function firstWorkingDayFrom(day: DayNumber, calendar: Calendar): DayNumber {
  let current = day
  while (!isWorkingDayNumber(current, calendar)) current++
  return current
}

/** The first working day strictly after `date`. */
export const nextWorkingDay = (date: IsoDate, calendar: Calendar): IsoDate =>
  formatIsoDate(firstWorkingDayFrom(parseIsoDate(date) + 1, calendar))
