/**
 * Calendar dates without clocks or time zones. A date is an ISO string 'YYYY-MM-DD' at the edges of the
 * module and a day number (whole days since 1970-01-01) inside it. All arithmetic is integer arithmetic on
 * the proleptic Gregorian calendar; JS `Date` is never used, so the host time zone cannot leak in.
 */

/** 'YYYY-MM-DD', a date in Vietnam (there is no other date in this module). */
export type IsoDate = string

/** Whole days since 1970-01-01 (day 0). */
export type DayNumber = number

export interface CivilDate {
  year: number
  month: number
  day: number
}

/** Weekday numbers, as JS `getUTCDay`: 0 = Sunday … 6 = Saturday. */
export const SUNDAY = 0
export const SATURDAY = 6

/** Julian day number of 1970-01-01 (used by the lunar libraries). */
export const UNIX_EPOCH_JULIAN_DAY = 2440588

const MS_PER_DAY = 86_400_000
/** Vietnam is UTC+7 all year (no daylight saving time). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31

export const daysInYear = (year: number): number => (isLeapYear(year) ? 366 : 365)

/** Day number of a civil date (H. Hinnant's `days_from_civil`). Does not validate. */
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/** Civil date of a day number (H. Hinnant's `civil_from_days`). */
export function civilFromDays(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** Gregorian year of a day number, without allocating. */
export function yearOfDay(dayNumber: DayNumber): number {
  const z = dayNumber + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  // doy counts from 1 March; 306 = days from 1 March to 1 January.
  return yoe + era * 400 + (doy >= 306 ? 1 : 0)
}

/** Weekday of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (dayNumber: DayNumber): number => (((dayNumber + 4) % 7) + 7) % 7

export const isWeekend = (dayNumber: DayNumber): boolean => {
  const weekday = weekdayOf(dayNumber)
  return weekday === SATURDAY || weekday === SUNDAY
}

const digit = (text: string, index: number): number => {
  const code = text.charCodeAt(index) - 48
  return code >= 0 && code <= 9 ? code : Number.NaN
}

/** Parses 'YYYY-MM-DD' (a real calendar date, years 0001–9999) to a day number; NaN if invalid. */
export function tryParseIsoDate(text: string): DayNumber {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3)
  const month = digit(text, 5) * 10 + digit(text, 6)
  const day = digit(text, 8) * 10 + digit(text, 9)
  if (!(year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    return Number.NaN
  }
  return daysFromCivil(year, month, day)
}

/** Parses 'YYYY-MM-DD' to a day number; throws RangeError if it is not a real date. */
export function parseIsoDate(text: string): DayNumber {
  const dayNumber = typeof text === 'string' ? tryParseIsoDate(text) : Number.NaN
  if (Number.isNaN(dayNumber))
    throw new RangeError(`Invalid date ${JSON.stringify(text)}: expected YYYY-MM-DD`)
  return dayNumber
}

export const isIsoDate = (value: unknown): value is IsoDate =>
  typeof value === 'string' && !Number.isNaN(tryParseIsoDate(value))

const pad2 = (value: number): string => (value < 10 ? `0${value}` : `${value}`)

/** Formats a day number as 'YYYY-MM-DD'. */
export function formatIsoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = civilFromDays(dayNumber)
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

export const isoDateOf = (year: number, month: number, day: number): IsoDate =>
  formatIsoDate(daysFromCivil(year, month, day))

/** Adds (or subtracts) plain calendar days, with no working-day logic. */
export const shiftIsoDate = (date: IsoDate, days: number): IsoDate => formatIsoDate(parseIsoDate(date) + days)

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => parseIsoDate(to) - parseIsoDate(from)

/** The date in Vietnam (UTC+7) at an instant; pass the instant explicitly to stay pure. */
export function vietnamDateOf(instant: Date | number): IsoDate {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  if (!Number.isFinite(ms)) throw new RangeError('Invalid instant')
  return formatIsoDate(Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY))
}

/** Day number of a Julian day number (integer JDN, as produced by the lunar libraries). */
export const dayNumberFromJulianDay = (julianDay: number): DayNumber => julianDay - UNIX_EPOCH_JULIAN_DAY
