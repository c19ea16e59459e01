/**
 * The Vietnamese lunar calendar (âm lịch), as far as the holidays need it. Month starts come from
 * `@dqcai/vn-lunar` (Hồ Ngọc Đức's tables, computed for UTC+7); a test cross-checks them against the
 * astronomical `amlich` package. No date is typed by hand here.
 */
import { getYearInfo } from '@dqcai/vn-lunar'
import { type DayNumber, dayNumberFromJulianDay } from './dates.ts'

/** Lunar years covered by the `@dqcai/vn-lunar` tables (TK13 … TK22). */
export const LUNAR_MIN_YEAR = 1200
export const LUNAR_MAX_YEAR = 2199

export interface LunarMonthStart {
  /** 1 … 12 */
  month: number
  /** True for the intercalary month (tháng nhuận) that repeats `month`. */
  leap: boolean
  /** Day number of the first day (mùng 1) of the month. */
  firstDay: DayNumber
}

const monthStartCache = new Map<number, readonly LunarMonthStart[]>()

function assertLunarYear(lunarYear: number): void {
  if (!Number.isInteger(lunarYear) || lunarYear < LUNAR_MIN_YEAR || lunarYear > LUNAR_MAX_YEAR) {
    throw new RangeError(`Lunar year ${lunarYear} is outside ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}`)
  }
}

/** The 12 or 13 month starts of a lunar year, in order (the year starts on Tết, mùng 1 tháng Giêng). */
export function lunarMonthStarts(lunarYear: number): readonly LunarMonthStart[] {
  let months = monthStartCache.get(lunarYear)
  if (months === undefined) {
    assertLunarYear(lunarYear)
    months = Object.freeze(
      getYearInfo(lunarYear).map((info) =>
        Object.freeze({ month: info.month, leap: info.leap, firstDay: dayNumberFromJulianDay(info.jd) }),
      ),
    )
    if (months.length < 12 || months[0]?.month !== 1 || months[0].leap) {
      throw new Error(`Unexpected lunar year table for ${lunarYear}`)
    }
    monthStartCache.set(lunarYear, months)
  }
  return months
}

/** Tết Nguyên đán: the first day of lunar year `lunarYear`; it always falls in January or February of it. */
export function lunarNewYearDay(lunarYear: number): DayNumber {
  const first = lunarMonthStarts(lunarYear)[0]
  if (first === undefined) throw new Error(`No lunar months for ${lunarYear}`)
  return first.firstDay
}

/** Number of days (29 or 30) of a lunar month. */
export function lunarMonthLength(lunarYear: number, month: number, leap = false): number {
  const months = lunarMonthStarts(lunarYear)
  const index = months.findIndex((m) => m.month === month && m.leap === leap)
  if (index < 0) throw new RangeError(`Lunar year ${lunarYear} has no ${leap ? 'leap ' : ''}month ${month}`)
  const next = months[index + 1]?.firstDay ?? lunarNewYearDay(lunarYear + 1)
  return next - (months[index] as LunarMonthStart).firstDay
}

/** Converts a lunar date to a day number; throws RangeError for a month or day that does not exist. */
export function lunarToDayNumber(lunarYear: number, month: number, day: number, leap = false): DayNumber {
  const start = lunarMonthStarts(lunarYear).find((m) => m.month === month && m.leap === leap)
  if (start === undefined) {
    throw new RangeError(`Lunar year ${lunarYear} has no ${leap ? 'leap ' : ''}month ${month}`)
  }
  if (!Number.isInteger(day) || day < 1 || day > lunarMonthLength(lunarYear, month, leap)) {
    throw new RangeError(`Lunar month ${month}/${lunarYear} has no day ${day}`)
  }
  return start.firstDay + day - 1
}

/**
 * Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month (Labour Code 2019 Art. 112(1)(e)); in a year with
 * a leap 3rd month, the regular (first) 3rd month is meant.
 */
export const hungKingsDay = (lunarYear: number): DayNumber => lunarToDayNumber(lunarYear, 3, 10)
