export type { IsoDate } from './dates.ts'
export { daysBetween, isIsoDate, parseIsoDate, formatIsoDate, shiftIsoDate, vietnamDateOf } from './dates.ts'
export {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  VIETNAM_CULTURE_DAY,
  holidaysOfYear,
  recurringOverride,
} from './holidays.ts'
export type { CalendarOverride, HolidayEntry, HolidayKind, OverrideKind } from './holidays.ts'
export {
  Calendar,
  buildCalendar,
  countWorkingDays,
  dayInfo,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingDays,
} from './working-days.ts'
export type { SkippedDay } from './working-days.ts'
export { MAX_PERIOD_AMOUNT, addDays, addPeriod, addWorkingDays } from './deadline.ts'
export type { DeadlineResult, Period, PeriodUnit } from './deadline.ts'
export { calendarFor, invalidateCalendars, loadOverrides } from './calendar-store.ts'
export { calendarOverrides } from './calendar.schema.ts'
export { calendarRoutes } from './calendar.routes.ts'
export { addOverride, removeOverride, setOverrideActive } from './commands/changeOverride.ts'
export { ensureCalendarReference } from './reference.ts'
export { onCalendarChange } from './recompute.ts'
export type { CalendarChange, DeadlineRecomputer, RecomputeContext } from './recompute.ts'
