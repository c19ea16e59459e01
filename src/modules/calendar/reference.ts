import type { Executor } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import { formatIsoDate, daysFromCivil } from './dates.ts'
import { VIETNAM_CULTURE_DAY } from './holidays.ts'
import { insertReferenceOverride } from './calendar.repo.ts'

/** First year the Culture Day override would apply once switched on (Resolution 80-NQ/TW of 07/01/2026). */
const CULTURE_DAY_FIRST_YEAR = 2026

/**
 * Reference data of the calendar, loaded at every start (idempotent): the Vietnam Culture Day override,
 * recurring every 24 November, shipped INACTIVE — its adoption as a legal day off is unverified
 * (legal-facts §9); an administrator switches it on. No other override is shipped: a year's schedule is
 * entered when the Government announces it.
 */
export async function ensureCalendarReference(ex: Executor): Promise<void> {
  await insertReferenceOverride(ex, {
    id: newId(),
    referenceKey: VIETNAM_CULTURE_DAY.key,
    date: formatIsoDate(
      daysFromCivil(CULTURE_DAY_FIRST_YEAR, VIETNAM_CULTURE_DAY.month, VIETNAM_CULTURE_DAY.day),
    ),
    kind: VIETNAM_CULTURE_DAY.kind,
    name: VIETNAM_CULTURE_DAY.name,
    legalAct: VIETNAM_CULTURE_DAY.legalBasis,
    provinceCode: null,
    recurring: true,
    active: VIETNAM_CULTURE_DAY.active,
    createdBy: null,
  })
}
