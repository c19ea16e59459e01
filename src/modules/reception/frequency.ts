/**
 * How often a head must receive citizens (Law 42/2013 Art. 12–18; NĐ 154/2026 Art. 10; Regulation
 * 11-QĐi/TW): the period is cut into weeks (Monday–Sunday) or calendar months, each judged by the version
 * of `reception.frequency.<role>` in force on its first day, so a change of the rule mid-period applies
 * from the first week or month that starts under it. Only periods wholly inside the range are judged.
 */
import { formatIsoDate, parseIsoDate, shiftIsoDate } from '../calendar/index.ts'

export type Per = 'week' | 'month'
export interface FrequencyValue {
  days: number
  per: Per
}
export interface FrequencyVersion {
  value: unknown
  effectiveFrom: string
  source: string
  key: string
}

export const isFrequency = (value: unknown): value is FrequencyValue =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as { days?: unknown }).days) &&
  ((value as { per?: unknown }).per === 'week' || (value as { per?: unknown }).per === 'month')

/** The week (Monday–Sunday) or calendar month containing `day`. */
export function bucketOf(day: string, per: Per): { from: string; to: string } {
  if (per === 'week') {
    const n = parseIsoDate(day)
    const weekday = (((n + 3) % 7) + 7) % 7 // 0 = Monday (1970-01-01 was a Thursday)
    return { from: formatIsoDate(n - weekday), to: formatIsoDate(n - weekday + 6) }
  }
  const first = `${day.slice(0, 8)}01`
  const next = parseIsoDate(shiftIsoDate(first, 32).slice(0, 8) + '01')
  return { from: first, to: formatIsoDate(next - 1) }
}

export interface SessionLike {
  id: string
  date: string
  status: string
}

export interface PeriodJudgement {
  from: string
  to: string
  required: number
  per: Per
  ruleKey: string
  ruleFrom: string
  source: string
  scheduled: number
  held: number
  heldSessionIds: string[]
  short: boolean
  met: boolean
}

/**
 * Judges each whole week or month of [from, to]: `scheduled` counts distinct days with a planned or held
 * session, `held` distinct days with a held one; `short` when the schedule falls below the rule, `met`
 * when the held sessions reach it.
 */
export function judgeFrequency(
  from: string,
  to: string,
  versionAt: (date: string) => FrequencyVersion | undefined,
  sessions: readonly SessionLike[],
): PeriodJudgement[] {
  const out: PeriodJudgement[] = []
  let day = from
  while (day <= to) {
    const version = versionAt(day)
    if (!version || !isFrequency(version.value)) {
      day = shiftIsoDate(day, 1)
      continue
    }
    const { days: required, per } = version.value
    const bucket = bucketOf(day, per)
    if (bucket.from >= from && bucket.to <= to) {
      const inside = sessions.filter((s) => s.date >= bucket.from && s.date <= bucket.to)
      const scheduledDays = new Set(inside.filter((s) => s.status !== 'cancelled').map((s) => s.date))
      const heldSessions = inside.filter((s) => s.status === 'held')
      const heldDays = new Set(heldSessions.map((s) => s.date))
      out.push({
        ...bucket,
        required,
        per,
        ruleKey: version.key,
        ruleFrom: version.effectiveFrom,
        source: version.source,
        scheduled: scheduledDays.size,
        held: heldDays.size,
        heldSessionIds: heldSessions.map((s) => s.id),
        short: scheduledDays.size < required,
        met: heldDays.size >= required,
      })
    }
    day = shiftIsoDate(bucket.to, 1)
  }
  return out
}
