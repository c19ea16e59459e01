/**
 * Days off of a year for civil servants (Monday–Friday workers): the statutory holidays, their
 * compensatory days, and the overrides announced each year (extra days off, swapped working days).
 *
 * The defaults apply today's rules (Labour Code 2019, in force from 2021) to every year 1990–2100; years
 * governed by earlier rules, and every year once the Government announces its schedule, are corrected with
 * overrides — the holiday calendar is data, the rules below are only the fallback.
 */
import {
  type DayNumber,
  type IsoDate,
  daysFromCivil,
  formatIsoDate,
  isWeekend,
  parseIsoDate,
} from './dates.ts'
import { hungKingsDay, lunarNewYearDay } from './lunar.ts'
import {
  DEFAULT_DAY_OFF_NAME,
  DEFAULT_WORKING_DAY_NAME,
  HOLIDAY_NAMES,
  type StatutoryHolidayKey,
  VIETNAM_CULTURE_DAY_BASIS,
  VIETNAM_CULTURE_DAY_NAME,
  compensatoryDayName,
} from './messages.ts'

/** Years for which holidays are computed (and the lunar tables are cross-checked). */
export const CALENDAR_MIN_YEAR = 1990
export const CALENDAR_MAX_YEAR = 2100

export type OverrideKind = 'day_off' | 'working_day' | 'not_off'

/**
 * One announced exception, nationwide (`province` null/absent) or for one province:
 * - `day_off`: an extra day off (e.g. the weekday given in a day swap, or the PM's choice of Tết days);
 * - `working_day`: a weekend day that is worked (the other half of a swap); on a weekday it only cancels a
 *   computed day off, like `not_off`;
 * - `not_off`: cancels a computed holiday or compensatory day (a cancelled holiday also loses its
 *   compensatory day); a weekend day stays a weekend day.
 */
export interface CalendarOverride {
  date: IsoDate
  kind: OverrideKind
  name: string
  province?: string | null
}

export type HolidayKind = 'holiday' | 'compensatory' | 'day_off' | 'working_day'

export interface HolidayEntry {
  date: IsoDate
  name: string
  kind: HolidayKind
}

/** A `HolidayEntry` with a day number instead of an ISO date (internal representation). */
export interface DayEntry {
  day: DayNumber
  name: string
  kind: HolidayKind
}

export interface StatutoryHoliday {
  day: DayNumber
  key: StatutoryHolidayKey
  name: string
}

/** The override that wins for one date after scoping to a province. */
export interface ResolvedOverride {
  kind: OverrideKind
  name: string
}

export function assertCalendarYear(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw new RangeError(`Year ${year} is outside the supported ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}`)
  }
}

const statutoryCache = new Map<number, readonly StatutoryHoliday[]>()

/** The 11 statutory holiday dates of a year, sorted (Labour Code 2019 Art. 112(1)). */
export function statutoryHolidays(year: number): readonly StatutoryHoliday[] {
  const cached = statutoryCache.get(year)
  if (cached !== undefined) return cached
  assertCalendarYear(year)
  const entry = (day: DayNumber, key: StatutoryHolidayKey): StatutoryHoliday =>
    Object.freeze({ day, key, name: HOLIDAY_NAMES[key] })
  const tet = lunarNewYearDay(year)
  const list = [
    // Art. 112(1)(a): 1 January.
    entry(daysFromCivil(year, 1, 1), 'newYear'),
    // Art. 112(1)(b): 5 days of Tết; the PM fixes them (Art. 112(3)). Default until announced: the last
    // day of the lunar year and the first four days of the new one.
    ...[-1, 0, 1, 2, 3].map((offset) => entry(tet + offset, 'lunarNewYear')),
    // Art. 112(1)(e): 10th day of the 3rd lunar month.
    entry(hungKingsDay(year), 'hungKings'),
    // Art. 112(1)(c), (d): 30 April and 1 May.
    entry(daysFromCivil(year, 4, 30), 'victoryDay'),
    entry(daysFromCivil(year, 5, 1), 'labourDay'),
    // Art. 112(1)(đ): 2 September and one adjacent day, fixed by the PM (Art. 112(3)); default 3 September.
    entry(daysFromCivil(year, 9, 2), 'nationalDay'),
    entry(daysFromCivil(year, 9, 3), 'nationalDay'),
  ].sort((a, b) => a.day - b.day)
  const frozen = Object.freeze(list)
  statutoryCache.set(year, frozen)
  return frozen
}

const OVERRIDE_KINDS: ReadonlySet<string> = new Set<OverrideKind>(['day_off', 'working_day', 'not_off'])

/**
 * Keeps the overrides that apply to `province` (nationwide ones plus that province's) and picks one per
 * date: a provincial override beats a nationwide one; within the same scope the later one in the list wins.
 */
export function resolveOverrides(
  overrides: readonly CalendarOverride[],
  province: string | null = null,
): Map<DayNumber, ResolvedOverride> {
  const chosen = new Map<DayNumber, ResolvedOverride & { provincial: boolean }>()
  for (const override of overrides) {
    if (!OVERRIDE_KINDS.has(override.kind)) {
      throw new RangeError(`Unknown override kind ${JSON.stringify(override.kind)} on ${override.date}`)
    }
    const day = parseIsoDate(override.date)
    const scope = override.province ?? null
    if (scope !== null && scope !== province) continue
    const provincial = scope !== null
    if (!provincial && chosen.get(day)?.provincial === true) continue
    const name = typeof override.name === 'string' ? override.name.trim() : ''
    chosen.set(day, { kind: override.kind, name, provincial })
  }
  const resolved = new Map<DayNumber, ResolvedOverride>()
  for (const [day, { kind, name }] of chosen) resolved.set(day, { kind, name })
  return resolved
}

/**
 * Days off and swapped working days of one year, sorted by date. `overrides` may hold other years' dates;
 * they are ignored.
 */
export function computeYearEntries(
  year: number,
  overrides: ReadonlyMap<DayNumber, ResolvedOverride>,
): DayEntry[] {
  const firstDay = daysFromCivil(year, 1, 1)
  const endDay = daysFromCivil(year + 1, 1, 1)
  const kindOf = (day: DayNumber): OverrideKind | undefined => overrides.get(day)?.kind
  const cancels = (day: DayNumber): boolean => {
    const kind = kindOf(day)
    return kind === 'not_off' || kind === 'working_day'
  }

  const holidays = statutoryHolidays(year).filter((holiday) => !cancels(holiday.day))
  const taken = new Set<DayNumber>(holidays.map((holiday) => holiday.day))
  const entries: DayEntry[] = holidays.map(({ day, name }) => ({ day, name, kind: 'holiday' }))

  // Art. 111(3): a holiday of Art. 112(1) that falls on a weekly rest day (Saturday, Sunday for civil
  // servants) is made up on the next working day; cascades skip days already off (holidays, earlier
  // compensatory days, announced days off). A cancelled compensatory day is dropped, not moved.
  for (const holiday of holidays) {
    if (!isWeekend(holiday.day)) continue
    let day = holiday.day + 1
    while (isWeekend(day) || taken.has(day) || kindOf(day) === 'day_off') day++
    taken.add(day)
    if (!cancels(day)) entries.push({ day, name: compensatoryDayName(holiday.name), kind: 'compensatory' })
  }

  for (const [day, override] of overrides) {
    if (day < firstDay || day >= endDay) continue
    if (override.kind === 'day_off' && !taken.has(day)) {
      entries.push({ day, name: override.name || DEFAULT_DAY_OFF_NAME, kind: 'day_off' })
    } else if (override.kind === 'working_day' && isWeekend(day)) {
      entries.push({ day, name: override.name || DEFAULT_WORKING_DAY_NAME, kind: 'working_day' })
    }
  }
  return entries.filter((e) => e.day >= firstDay && e.day < endDay).sort((a, b) => a.day - b.day)
}

/**
 * Holidays, compensatory days, announced days off and swapped working days of `year` for `province`
 * (nationwide overrides plus that province's), sorted by date.
 */
export function holidaysOfYear(
  year: number,
  overrides: readonly CalendarOverride[] = [],
  province: string | null = null,
): HolidayEntry[] {
  assertCalendarYear(year)
  return computeYearEntries(year, resolveOverrides(overrides, province)).map(({ day, name, kind }) => ({
    date: formatIsoDate(day),
    name,
    kind,
  }))
}

/** A day off that recurs on the same solar date every year, kept as data (e.g. seeded inactive). */
export interface RecurringDayOffDefinition {
  key: string
  month: number
  day: number
  kind: 'day_off'
  name: string
  /** Whether it should be applied by default. */
  active: boolean
  legalBasis: string
}

/**
 * 24 November, Vietnam Culture Day: chosen as a paid day off in principle by Resolution 80-NQ/TW; its legal
 * adoption is unverified, so it is NOT a default holiday and gets no Art. 111(3) compensation (it is not in
 * Art. 112(1)). Shipped as a recurring, inactive stored override that an administrator switches on.
 */
export const VIETNAM_CULTURE_DAY: Readonly<RecurringDayOffDefinition> = Object.freeze({
  key: 'vietnam_culture_day',
  month: 11,
  day: 24,
  kind: 'day_off',
  name: VIETNAM_CULTURE_DAY_NAME,
  active: false,
  legalBasis: VIETNAM_CULTURE_DAY_BASIS,
})

/** The override of a recurring definition for one year (nationwide unless `province` is given). */
export function recurringOverride(
  definition: Readonly<RecurringDayOffDefinition>,
  year: number,
  province: string | null = null,
): CalendarOverride {
  return {
    date: formatIsoDate(daysFromCivil(year, definition.month, definition.day)),
    kind: definition.kind,
    name: definition.name,
    province,
  }
}
