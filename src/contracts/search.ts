import { z } from 'zod'
import { caseKinds } from '../modules/cases/lifecycles/types.ts'
import { caseChannels, caseFields, citizenInput, dueDateView } from './cases.ts'

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD.')

/** Bộ lọc hồ sơ dùng chung cho danh sách, tìm kiếm và xuất Excel. */
export const caseFilterFields = {
  kind: z
    .enum(caseKinds, { error: 'Loại đơn phải là khiếu nại, tố cáo, kiến nghị hoặc phản ánh.' })
    .optional(),
  status: z.string().max(40, 'Trạng thái không hợp lệ.').optional(),
  field: z.enum(caseFields, { error: 'Lĩnh vực không hợp lệ.' }).optional(),
  organization: z.uuid('Đơn vị không hợp lệ.').optional(),
  unit: z
    .string()
    .regex(/^(\d{2}|\d{5})$/, 'Mã đơn vị hành chính gồm 5 chữ số (xã, phường) hoặc 2 chữ số (tỉnh).')
    .optional(),
  channel: z.enum(caseChannels, { error: 'Kênh tiếp nhận không hợp lệ.' }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  overdue: z.enum(['true', 'false'], { error: 'Quá hạn phải là true hoặc false.' }).optional(),
}

export const searchTypes = ['case', 'visit', 'matter'] as const

export const searchQuery = z
  .strictObject({
    q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự.').default(''),
    type: z.enum(searchTypes, { error: 'Loại kết quả phải là case, visit hoặc matter.' }).default('case'),
    ...caseFilterFields,
    cursor: z.string().max(2000, 'Con trỏ phân trang không hợp lệ.').optional(),
    limit: z.coerce.number().int().min(1, 'Phải từ 1 đến 100.').max(100, 'Phải từ 1 đến 100.').default(20),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' })
  })
export type SearchQuery = z.infer<typeof searchQuery>

export const segment = z.object({ text: z.string(), hit: z.boolean() })

export const searchHit = z.object({
  type: z.enum(searchTypes),
  id: z.uuid(),
  score: z.number(),
  title: z.string(),
  trackingCode: z.string().nullable(),
  citizenName: z.string().nullable(),
  kind: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string(),
  channel: z.string().nullable(),
  field: z.string().nullable(),
  organizationId: z.uuid(),
  receivedAt: z.string().nullable(),
  deadline: dueDateView.nullable(),
  letterCount: z.number().int().nullable(),
  highlight: z.object({
    title: z.array(segment),
    citizen: z.array(segment),
    snippet: z.array(segment),
  }),
})
export type SearchHit = z.infer<typeof searchHit>

/** The intake body as far as it is filled in: every part optional, unknown keys ignored. */
export const duplicatesBody = z.object({
  kind: z.string().optional(),
  citizen: citizenInput.partial().optional(),
  otherCitizens: z.array(citizenInput.partial()).max(50, 'Tối đa 50 người.').optional(),
  summary: z.string().max(500, 'Tóm tắt nội dung tối đa 500 ký tự.').optional(),
  content: z.string().max(20000, 'Nội dung đơn tối đa 20000 ký tự.').optional(),
  limit: z.number().int().min(1, 'Phải từ 1 đến 50.').max(50, 'Phải từ 1 đến 50.').optional(),
})
export type DuplicatesInput = z.infer<typeof duplicatesBody>

export const duplicateReasonCodes = [
  'same_id_number',
  'same_phone',
  'same_name_address',
  'similar_name_address',
  'similar_content',
] as const

export const duplicateCandidate = z.object({
  caseId: z.uuid(),
  trackingCode: z.string(),
  summary: z.string(),
  citizenName: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  receivedAt: z.string(),
  organizationId: z.uuid(),
  matterId: z.uuid().nullable(),
  score: z.number(),
  /** Score ≥ 0.6: most likely the same matter again. */
  likely: z.boolean(),
  reasons: z.array(z.object({ code: z.enum(duplicateReasonCodes), text: z.string() })),
})
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>
