/**
 * "Adding or removing an override recomputes the open deadlines it affects" (issue 5). The calendar module
 * owns no deadlines: the modules that do (complaints, denunciations, reception…) register a recomputer here
 * at start-up. Every registered recomputer runs inside the transaction that changes the override, after the
 * change is written, so it sees the new calendar (`calendar(province)`) and its writes commit or roll back
 * together with the override and its audit entry.
 */
import type { Actor } from '../../platform/access/actor.ts'
import type { Executor } from '../../platform/db/database.ts'
import type { IsoDate } from './dates.ts'
import type { OverrideKind } from './holidays.ts'
import type { Calendar } from './working-days.ts'
import { calendarFor } from './calendar-store.ts'

export interface CalendarChange {
  action: 'added' | 'removed' | 'activated' | 'deactivated'
  overrideId: string
  kind: OverrideKind
  /** Province the change applies to; null = nationwide (every province is affected). */
  province: string | null
  /** Deadlines whose counting period reaches into [affectedFrom, affectedTo] may change. */
  affectedFrom: IsoDate
  /** null for a recurring override (every later year is affected). */
  affectedTo: IsoDate | null
}

export interface RecomputeContext {
  tx: Executor
  actor: Actor
  requestId: string | null
  change: CalendarChange
  /** The calendar as this transaction sees it, the change included. */
  calendar(province: string | null): Promise<Calendar>
}

export type DeadlineRecomputer = (context: RecomputeContext) => Promise<void>

const recomputers = new Map<string, DeadlineRecomputer>()

/**
 * Registers the deadline recomputation of a module under a unique name (registering the same name again
 * replaces it). Returns the function that unregisters it.
 */
export function onCalendarChange(name: string, recomputer: DeadlineRecomputer): () => void {
  recomputers.set(name, recomputer)
  return () => {
    if (recomputers.get(name) === recomputer) recomputers.delete(name)
  }
}

/** Runs every registered recomputer, in registration order, inside the caller's transaction. */
export async function recomputeDeadlines(
  tx: Executor,
  actor: Actor,
  requestId: string | null,
  change: CalendarChange,
): Promise<void> {
  const context: RecomputeContext = {
    tx,
    actor,
    requestId,
    change,
    calendar: (province) => calendarFor(tx, province),
  }
  for (const recomputer of [...recomputers.values()]) await recomputer(context)
}
