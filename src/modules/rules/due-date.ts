import type { Database, Executor } from '../../platform/db/database.ts'
import { notFound, validationFailed } from '../../platform/errors.ts'
import type { RuleView } from '../../contracts/rules.ts'
import {
  type IsoDate,
  type PeriodUnit,
  type SkippedDay,
  addPeriod,
  calendarFor,
  isIsoDate,
} from '../calendar/index.ts'
import { presentRule } from './rules.repo.ts'
import { ruleBookOf, versionAt } from './rules-store.ts'

export interface DueDateOptions {
  /** The case was decided complex in writing (NĐ 124/2020 Art. 3a; NĐ 31/2019 Art. 3). */
  complex?: boolean
  /** Remote or difficult area (vùng sâu, vùng xa), Law on Complaints Art. 28, 37. */
  remote?: boolean
  /** Province whose calendar overrides apply besides the nationwide ones. */
  province?: string | null
}

export interface DueDate {
  /** The key actually used, e.g. 'complaint.resolve.first.remote_complex'. */
  ruleKey: string
  rule: RuleView
  amount: number
  unit: PeriodUnit
  start: IsoDate
  due: IsoDate
  skipped: SkippedDay[]
}

/** Keys to try, most specific first: the flags pick a variant when the rule book has one. */
export function ruleKeyCandidates(key: string, options: DueDateOptions): string[] {
  const { complex = false, remote = false } = options
  if (remote && complex) return [`${key}.remote_complex`, `${key}.remote`, `${key}.complex`, key]
  if (remote) return [`${key}.remote`, key]
  if (complex) return [`${key}.complex`, key]
  return [key]
}

const isPeriod = (value: unknown): value is { amount: number; unit: PeriodUnit } =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as { amount?: unknown }).amount) &&
  ((value as { unit?: unknown }).unit === 'days' || (value as { unit?: unknown }).unit === 'working_days')

/**
 * The due date of a step under the rule book (used by every module with a legal clock): the version of the
 * rule in force ON THE DAY THE STEP HAPPENED (legal-facts §0) gives the period, counted from that day on
 * the working-day calendar of the province (Civil Code Art. 147–148). The flags choose the variant key
 * (`.complex`, `.remote`, `.remote_complex`); a variant the rule book does not define at all falls back to
 * the next candidate (the law does not distinguish that case), but a defined key with no version in force
 * on `stepDate` is NOT_FOUND. Given a transaction, reads what it sees (for recomputation inside it).
 */
export async function dueDate(
  db: Database | Executor,
  ruleKey: string,
  stepDate: IsoDate,
  options: DueDateOptions = {},
): Promise<DueDate> {
  if (!isIsoDate(stepDate))
    throw validationFailed([{ path: 'stepDate', message: 'Ngày không hợp lệ; dùng dạng YYYY-MM-DD.' }])
  const book = await ruleBookOf(db)
  const key = ruleKeyCandidates(ruleKey, options).find((candidate) => book.has(candidate))
  if (!key) throw notFound(`Không có quy định ${ruleKey} trong sổ quy định.`)
  const version = versionAt(book, key, stepDate)
  if (!version) throw notFound(`Quy định ${key} không có hiệu lực vào ngày ${stepDate}.`)
  if (!isPeriod(version.value))
    throw validationFailed([{ path: 'ruleKey', message: `Quy định ${key} không phải là một thời hạn.` }])
  const { amount, unit } = version.value
  const calendar = await calendarFor(db, options.province ?? null)
  let result
  try {
    result = addPeriod(stepDate, { amount, unit }, calendar)
  } catch (error) {
    if (error instanceof RangeError)
      throw validationFailed([{ path: 'stepDate', message: 'Ngày nằm ngoài phạm vi lịch (1990–2100).' }])
    throw error
  }
  return { ruleKey: key, rule: presentRule(version), amount, unit, start: stepDate, ...result }
}
