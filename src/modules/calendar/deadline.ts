/**
 * Deadlines of periods counted in days or in working days (legal-facts §9, §13).
 *
 * Civil Code 2015 Art. 147: for a period in days, the day of the triggering event is not counted; counting
 * starts the next day. Art. 148: the period ends at the end of its last day; if that day is a weekly rest
 * day or a holiday, it ends at the end of the next working day.
 */
import { type IsoDate, formatIsoDate, parseIsoDate } from './dates.ts'
import {
  type Calendar,
  type SkippedDay,
  collectNonWorkingDays,
  firstWorkingDayFrom,
  nthWorkingDayAfter,
} from './working-days.ts'

/** Largest amount accepted (ten years of days). */
export const MAX_PERIOD_AMOUNT = 3650

export type PeriodUnit = 'days' | 'working_days'

export interface Period {
  amount: number
  unit: PeriodUnit
}

export interface DeadlineOptions {
  /** List the non-working days passed over (default true); false skips that work on hot paths. */
  includeSkipped?: boolean
}

export interface DeadlineResult {
  /** Last day of the period (the deadline ends at the end of this day). Always a working day. */
  due: IsoDate
  /** Non-working days passed over or rolled over, in date order, with their Vietnamese reasons. */
  skipped: SkippedDay[]
}

function assertAmount(amount: number): void {
  if (!Number.isInteger(amount) || amount < 0 || amount > MAX_PERIOD_AMOUNT) {
    throw new RangeError(`Period amount ${amount} is not an integer in 0–${MAX_PERIOD_AMOUNT}`)
  }
}

function rollForward(lastDay: number, calendar: Calendar, includeSkipped: boolean): DeadlineResult {
  const due = firstWorkingDayFrom(lastDay, calendar)
  const skipped = includeSkipped && due > lastDay ? collectNonWorkingDays(lastDay, due - 1, calendar, []) : []
  return { due: formatIsoDate(due), skipped }
}

/**
 * A period of `amount` working days after `start` (the event day is not counted, Civil Code Art. 147): the
 * due date is the `amount`-th working day after `start`; `skipped` lists every non-working day in between.
 * An amount of 0 means the event day itself, moved to the next working day if it is not one (Art. 148).
 */
export function addWorkingDays(
  start: IsoDate,
  amount: number,
  calendar: Calendar,
  options: DeadlineOptions = {},
): DeadlineResult {
  const startDay = parseIsoDate(start)
  assertAmount(amount)
  const includeSkipped = options.includeSkipped !== false
  if (amount === 0) return rollForward(startDay, calendar, includeSkipped)
  const due = nthWorkingDayAfter(startDay, amount, calendar)
  const skipped = includeSkipped ? collectNonWorkingDays(startDay + 1, due - 1, calendar, []) : []
  return { due: formatIsoDate(due), skipped }
}

/**
 * A period of `amount` calendar days after `start` (Civil Code Art. 147: the event day is not counted), whose
 * last day, if not a working day, moves to the next working day (Art. 148); `skipped` lists the days moved
 * over. Weekends and holidays inside the period count as days.
 */
export function addDays(
  start: IsoDate,
  amount: number,
  calendar: Calendar,
  options: DeadlineOptions = {},
): DeadlineResult {
  const startDay = parseIsoDate(start)
  assertAmount(amount)
  return rollForward(startDay + amount, calendar, options.includeSkipped !== false)
}

/** `addDays` or `addWorkingDays`, depending on the unit the legal text uses ("ngày" / "ngày làm việc"). */
export function addPeriod(
  start: IsoDate,
  period: Period,
  calendar: Calendar,
  options: DeadlineOptions = {},
): DeadlineResult {
  switch (period.unit) {
    case 'days':
      return addDays(start, period.amount, calendar, options)
    case 'working_days':
      return addWorkingDays(start, period.amount, calendar, options)
    default:
      throw new RangeError(`Unknown period unit ${JSON.stringify((period as { unit: unknown }).unit)}`)
  }
}
