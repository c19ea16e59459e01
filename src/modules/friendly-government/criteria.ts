import { z } from 'zod'

/** Loại minh chứng — the kinds of evidence a criterion may ask for. */
export const evidenceTypes = [
  'document',
  'minutes',
  'photo',
  'link',
  'register',
  'statistics',
  'survey',
] as const
export type EvidenceType = (typeof evidenceTypes)[number]

/** Xếp loại — from the highest. There is no "excellent" rating: "good" (tốt) is the top one. */
export const ratings = ['good', 'fair', 'average', 'not_met'] as const
export type Rating = (typeof ratings)[number]

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Hãy nhập ${label}.`).max(max, `${label} tối đa ${max} ký tự.`)

export const criterionSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,20}$/, 'Mã tiêu chí gồm 1–20 ký tự: chữ không dấu, số, dấu chấm, gạch.'),
  group: text('nhóm tiêu chí', 200),
  text: text('nội dung tiêu chí', 2000),
  maxPoints: z
    .number({ error: 'Điểm tối đa phải là số.' })
    .positive('Điểm tối đa phải lớn hơn 0.')
    .max(1000, 'Điểm tối đa quá lớn.')
    .multipleOf(0.5, 'Điểm tối đa là bội số của 0,5.'),
  evidenceTypes: z
    .array(z.enum(evidenceTypes, { error: `Loại minh chứng phải là: ${evidenceTypes.join(', ')}.` }))
    .max(7),
  source: text('nguồn của tiêu chí', 1000),
})
export type Criterion = z.infer<typeof criterionSchema>

export const thresholdSchema = z.strictObject({
  rating: z.enum(ratings, { error: 'Xếp loại phải là good, fair, average hoặc not_met.' }),
  minScore: z.number({ error: 'Điểm ngưỡng phải là số.' }).min(0, 'Điểm ngưỡng không được âm.'),
})
export type Threshold = z.infer<typeof thresholdSchema>

/**
 * The checks a set must pass beyond its shape: unique criterion codes, every rating once with the lowest
 * at 0, thresholds falling with the rating and within the total. Returns field errors (empty = fine).
 */
export function checkCriteriaSet(
  criteria: readonly Criterion[],
  thresholds: readonly Threshold[],
): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = []
  const seen = new Set<string>()
  criteria.forEach((c, i) => {
    if (seen.has(c.code))
      errors.push({ path: `criteria.${i}.code`, message: `Mã tiêu chí ${c.code} bị trùng.` })
    seen.add(c.code)
  })
  const total = criteria.reduce((sum, c) => sum + c.maxPoints, 0)
  const ordered = ratings.map((r) => thresholds.find((t) => t.rating === r))
  ratings.forEach((rating, i) => {
    const t = ordered[i]
    if (!t) errors.push({ path: 'thresholds', message: `Thiếu ngưỡng cho xếp loại ${rating}.` })
    else if (t.minScore > total)
      errors.push({
        path: `thresholds.${thresholds.indexOf(t)}.minScore`,
        message: `Ngưỡng ${t.minScore} vượt tổng điểm ${total}.`,
      })
  })
  if (thresholds.length !== ratings.length)
    errors.push({ path: 'thresholds', message: 'Mỗi xếp loại có đúng một ngưỡng.' })
  const mins = ordered.map((t) => t?.minScore ?? 0)
  if (mins.some((m, i) => i > 0 && m >= (mins[i - 1] ?? 0)))
    errors.push({ path: 'thresholds', message: 'Ngưỡng phải giảm dần: tốt > khá > trung bình > chưa đạt.' })
  if (ordered[3] && ordered[3].minScore !== 0)
    errors.push({ path: 'thresholds', message: 'Ngưỡng của "chưa đạt" phải là 0.' })
  return errors
}

export const maxTotal = (criteria: readonly Criterion[]): number =>
  criteria.reduce((sum, c) => sum + c.maxPoints, 0)

/** The rating a total earns: the first threshold (highest first) it reaches. */
export function ratingOf(total: number, thresholds: readonly Threshold[]): Rating {
  const sorted = [...thresholds].sort((a, b) => b.minScore - a.minScore)
  return sorted.find((t) => total >= t.minScore)?.rating ?? 'not_met'
}

/** The set's date for an evaluation year: the one in force on 31/12 of the year evaluated. */
export const evaluationDate = (year: number): string => `${year}-12-31`
