/**
 * The working-day calendars the application computes with: the pure calendar of this module fed with the
 * overrides stored in `calendar_overrides`. Kept in process per database and per province, and dropped when
 * an override changes (`invalidateCalendars`, called after the change commits). Single-process cache: a
 * second server process on the same PostgreSQL database sees a change after its own restart.
 */
import { isDatabase, type Database, type Executor } from '../../platform/db/database.ts'
import { daysFromCivil, daysInMonth, formatIsoDate, parseIsoDate, yearOfDay } from './dates.ts'
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, type CalendarOverride, type OverrideKind } from './holidays.ts'
import { type OverrideRow, listApplyingOverrides } from './calendar.repo.ts'
import { type Calendar, buildCalendar } from './working-days.ts'

/** The calendar overrides of stored rows; a recurring row yields one override per year from its own. */
export function overridesOfRows(rows: readonly OverrideRow[]): CalendarOverride[] {
  const recurring: CalendarOverride[] = []
  const once: CalendarOverride[] = []
  for (const row of rows) {
    const base = { kind: row.kind as OverrideKind, name: row.name, province: row.provinceCode }
    if (!row.recurring) {
      once.push({ ...base, date: row.date })
      continue
    }
    const first = parseIsoDate(row.date)
    const [, month, day] = row.date.split('-').map(Number) as [number, number, number]
    for (let year = Math.max(yearOfDay(first), CALENDAR_MIN_YEAR); year <= CALENDAR_MAX_YEAR; year++) {
      // 29 February recurs only in leap years.
      if (day <= daysInMonth(year, month))
        recurring.push({ ...base, date: formatIsoDate(daysFromCivil(year, month, day)) })
    }
  }
  // One-off overrides come last so that they win over a recurring one on the same date.
  return [...recurring, ...once]
}

export async function loadOverrides(ex: Executor): Promise<CalendarOverride[]> {
  return overridesOfRows(await listApplyingOverrides(ex))
}

interface Store {
  generation: number
  overrides: Promise<CalendarOverride[]> | null
  calendars: Map<string, Calendar>
}

const stores = new WeakMap<Database, Store>()

function storeOf(db: Database): Store {
  let store = stores.get(db)
  if (!store) stores.set(db, (store = { generation: 0, overrides: null, calendars: new Map() }))
  return store
}

/**
 * The calendar of `province` (nationwide overrides plus that province's; null = nationwide only). Given a
 * transaction, it is built from what that transaction sees (uncommitted changes included) and not cached.
 */
export async function calendarFor(
  db: Database | Executor,
  province: string | null = null,
): Promise<Calendar> {
  if (!isDatabase(db)) return buildCalendar({ overrides: await loadOverrides(db), province })
  const store = storeOf(db)
  const key = province ?? ''
  const cached = store.calendars.get(key)
  if (cached) return cached
  const generation = store.generation
  store.overrides ??= loadOverrides(db.db).catch((error: unknown) => {
    if (store.generation === generation) store.overrides = null
    throw error
  })
  const overrides = await store.overrides
  const calendar = buildCalendar({ overrides, province })
  // A change committed while this was loading must not leave an older calendar in the cache.
  if (store.generation === generation) store.calendars.set(key, calendar)
  return calendar
}

/** Drops the cached calendars of a database; call after an override change commits. */
export function invalidateCalendars(db: Database): void {
  const store = storeOf(db)
  store.generation += 1
  store.overrides = null
  store.calendars.clear()
}
