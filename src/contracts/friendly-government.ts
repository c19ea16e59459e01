import { z } from 'zod'
import { criterionSchema, ratings, thresholdSchema } from '../modules/friendly-government/criteria.ts'
import { evaluationStatuses } from '../modules/friendly-government/lifecycle.ts'
import { pageQuery } from './common.ts'

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD.')
const year = z.coerce
  .number({ error: 'Năm phải là số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm từ 2000 đến 2100.')
  .max(2100, 'Năm từ 2000 đến 2100.')
const score = z
  .number({ error: 'Điểm phải là số.' })
  .min(0, 'Điểm không được âm.')
  .max(1000, 'Điểm quá lớn.')
  .multipleOf(0.5, 'Điểm là bội số của 0,5.')
const note = (label: string, max: number) => z.string().trim().max(max, `${label} tối đa ${max} ký tự.`)

/** The unit's score of one criterion, with its evidence (text and links; files are uploaded apart). */
export const selfScoreInput = z.strictObject({
  criterion: z.string().trim().min(1, 'Hãy chọn tiêu chí.').max(20),
  score: score.nullable().optional(),
  evidence: note('Mô tả minh chứng', 4000).nullable().optional(),
  links: z
    .array(z.url({ protocol: /^https?$/, error: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.' }))
    .max(10, 'Tối đa 10 đường dẫn mỗi tiêu chí.')
    .optional(),
})
export type SelfScoreInput = z.infer<typeof selfScoreInput>

export const evaluationBody = z.strictObject({
  /** The organization evaluated; default the caller's own. */
  organizationId: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
  year,
  selfSummary: note('Tóm tắt tự đánh giá', 8000).optional(),
  scores: z.array(selfScoreInput).max(200).default([]),
})
export type EvaluationBody = z.infer<typeof evaluationBody>

export const evaluationPatch = z.strictObject({
  expectedVersion: z.number().int().min(1).optional(),
  selfSummary: note('Tóm tắt tự đánh giá', 8000).nullable().optional(),
  scores: z.array(selfScoreInput).max(200).default([]),
})
export type EvaluationPatch = z.infer<typeof evaluationPatch>

export const reviewScoreInput = z.strictObject({
  criterion: z.string().trim().min(1, 'Hãy chọn tiêu chí.').max(20),
  score,
  note: note('Ghi chú', 2000).optional(),
})

export const evaluationActionBody = z.strictObject({
  expectedVersion: z.number().int().min(1).optional(),
  comment: z.string().trim().min(3, 'Nhận xét quá ngắn.').max(8000, 'Nhận xét tối đa 8000 ký tự.').optional(),
  /** `rate`: the reviewer's scores where they differ from the unit's own. */
  scores: z.array(reviewScoreInput).max(200).optional(),
})
export type EvaluationActionBody = z.infer<typeof evaluationActionBody>

export const evaluationActionParams = z.strictObject({
  id: z.uuid('Mã định danh không hợp lệ.'),
  action: z.string().regex(/^[a-z_]{2,40}$/, 'Thao tác không hợp lệ.'),
})

export const evaluationListQuery = z.strictObject({
  ...pageQuery,
  year: year.optional(),
  status: z.enum(evaluationStatuses, { error: 'Trạng thái không hợp lệ.' }).optional(),
  rating: z.enum(ratings, { error: 'Xếp loại phải là good, fair, average hoặc not_met.' }).optional(),
  organization: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
  /** Chờ tôi đánh giá: submitted evaluations of units below the caller's organization. */
  toReview: z.enum(['true', 'false'], { error: 'Giá trị phải là true hoặc false.' }).optional(),
  q: z.string().trim().max(200).optional(),
})
export type EvaluationListQuery = z.infer<typeof evaluationListQuery>

export const summaryQuery = z.strictObject({
  year,
  organization: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
})
export type FriendlySummaryQuery = z.infer<typeof summaryQuery>

export const criteriaSetBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{2,40}$/, 'Mã bộ tiêu chí gồm 2–40 ký tự: chữ không dấu, số, dấu chấm, gạch.'),
  name: z.string().trim().min(3, 'Hãy nhập tên bộ tiêu chí.').max(500, 'Tên tối đa 500 ký tự.'),
  issuer: z.string().trim().min(3, 'Hãy nhập cơ quan ban hành, số văn bản.').max(500),
  effectiveFrom: isoDate,
  note: note('Ghi chú', 4000).optional(),
  criteria: z.array(criterionSchema).min(1, 'Bộ tiêu chí phải có ít nhất một tiêu chí.').max(200),
  thresholds: z.array(thresholdSchema).min(1, 'Hãy nhập ngưỡng xếp loại.').max(4),
})
export type CriteriaSetBody = z.infer<typeof criteriaSetBody>

export const criteriaSetListQuery = z.strictObject({
  /** Only the set that applies to this organization's evaluations of this year. */
  organization: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
  year: year.optional(),
})
