import { z } from 'zod'
import { isoDate, periodAmount, periodUnit } from './calendar.ts'

export const ruleKey = z
  .string({ error: 'Vui lòng nhập mã quy định, ví dụ complaint.accept.' })
  .max(100, 'Mã quy định tối đa 100 ký tự.')
  .regex(
    /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/,
    'Mã quy định gồm chữ thường không dấu, số, gạch dưới, ngăn bởi dấu chấm, ví dụ complaint.resolve.first.',
  )

const periodValue = z.strictObject({ amount: periodAmount, unit: periodUnit })

/** `{amount, unit}` (a period), a number, a list or an object (thresholds). */
export const ruleValue = z.unknown().superRefine((value, ctx) => {
  if (typeof value === 'number' && Number.isFinite(value)) return
  if (Array.isArray(value)) return
  if (value !== null && typeof value === 'object') {
    if (!('amount' in value) && !('unit' in value)) return
    const period = periodValue.safeParse(value)
    if (!period.success)
      for (const issue of period.error.issues)
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
    return
  }
  ctx.addIssue({
    code: 'custom',
    message:
      'Giá trị phải là một thời hạn {"amount": số ngày, "unit": "days" | "working_days"}, một số, một danh sách hoặc một đối tượng.',
  })
})

export const ruleView = z.object({
  key: z.string(),
  value: z.unknown(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  source: z.string(),
  note: z.string().nullable(),
})
export type RuleView = z.infer<typeof ruleView>

export const atQuery = z.strictObject({ at: isoDate.optional() })
export const ruleKeyParam = z.strictObject({ key: ruleKey })

export const createRuleBody = z
  .strictObject({
    key: ruleKey,
    value: ruleValue,
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullable().optional(),
    source: z
      .string({ error: 'Vui lòng nhập căn cứ pháp lý (luật, điều, khoản).' })
      .trim()
      .min(5, 'Căn cứ pháp lý phải nêu văn bản và điều, khoản (ít nhất 5 ký tự).')
      .max(500, 'Căn cứ pháp lý tối đa 500 ký tự.'),
    note: z.string().trim().max(2000, 'Ghi chú tối đa 2000 ký tự.').nullable().optional(),
  })
  .refine((b) => !b.effectiveTo || b.effectiveTo >= b.effectiveFrom, {
    path: ['effectiveTo'],
    message: 'Ngày hết hiệu lực không được trước ngày có hiệu lực.',
  })
export type CreateRule = z.infer<typeof createRuleBody>
