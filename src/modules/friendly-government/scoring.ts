import { validationFailed, type FieldError } from '../../platform/errors.ts'
import type { Executor } from '../../platform/db/database.ts'
import type { SelfScoreInput } from '../../contracts/friendly-government.ts'
import type { Criterion } from './criteria.ts'
import { updateScore, type ScoreRow } from './friendly.repo.ts'
import { messages } from './messages.ts'

const sum = (values: (number | null)[]): number =>
  Math.round(values.reduce<number>((s, v) => s + (v ?? 0), 0) * 10) / 10

/** The unit's own total and the total after review (the reviewer's score where given, else the unit's). */
export const selfTotalOf = (scores: readonly ScoreRow[]): number => sum(scores.map((s) => s.selfScore))
export const finalTotalOf = (scores: readonly ScoreRow[]): number =>
  sum(scores.map((s) => s.reviewedScore ?? s.selfScore))

/** Checks a list of scores against the set: known criterion, within its maximum. Errors name the field. */
export function checkScores(
  criteria: readonly Criterion[],
  inputs: readonly { criterion: string; score?: number | null }[],
  prefix = 'scores',
): FieldError[] {
  const errors: FieldError[] = []
  inputs.forEach((input, i) => {
    const criterion = criteria.find((c) => c.code === input.criterion)
    if (!criterion)
      errors.push({ path: `${prefix}.${i}.criterion`, message: messages.unknownCriterion(input.criterion) })
    else if (input.score !== undefined && input.score !== null && input.score > criterion.maxPoints)
      errors.push({ path: `${prefix}.${i}.score`, message: messages.scoreAbove(criterion.maxPoints) })
  })
  return errors
}

/** Writes the unit's scores and evidence into its score rows (fields left out stay as they were). */
export async function applySelfScores(
  tx: Executor,
  criteria: readonly Criterion[],
  rows: readonly ScoreRow[],
  inputs: readonly SelfScoreInput[],
): Promise<ScoreRow[]> {
  const errors = checkScores(criteria, inputs)
  if (errors.length) throw validationFailed(errors)
  const byCode = new Map(rows.map((r) => [r.criterionCode, { ...r }]))
  for (const input of inputs) {
    const row = byCode.get(input.criterion)
    if (!row) continue
    const patch: Partial<ScoreRow> = {}
    if (input.score !== undefined) patch.selfScore = input.score
    if (input.evidence !== undefined) patch.evidence = input.evidence || null
    if (input.links !== undefined) patch.links = input.links
    Object.assign(row, patch)
    await updateScore(tx, row.id, patch)
  }
  return [...byCode.values()]
}

/**
 * What a submission still lacks: every criterion scored, and a criterion given points backed by some
 * evidence (a description, a link or a file). Paths name the criterion by its code.
 */
export function submissionGaps(
  criteria: readonly Criterion[],
  rows: readonly ScoreRow[],
  files: ReadonlyMap<string, number>,
): FieldError[] {
  const errors: FieldError[] = []
  for (const criterion of criteria) {
    const row = rows.find((r) => r.criterionCode === criterion.code)
    if (!row || row.selfScore === null) {
      errors.push({ path: `scores.${criterion.code}.score`, message: messages.scoreMissing })
      continue
    }
    const links = (row.links as string[] | null) ?? []
    const hasEvidence = !!row.evidence?.trim() || links.length > 0 || (files.get(row.id) ?? 0) > 0
    if (row.selfScore > 0 && criterion.evidenceTypes.length > 0 && !hasEvidence)
      errors.push({ path: `scores.${criterion.code}.evidence`, message: messages.evidenceMissing })
  }
  return errors
}
