import { z } from 'zod'
import { caseFields, citizenInput, dueDateView } from './cases.ts'

export const hotlineKinds = ['complaint', 'denunciation', 'petition', 'feedback', 'inquiry'] as const
export const hotlineOutcomes = ['answered', 'case', 'pending'] as const

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{3,20}$/, 'Số điện thoại người gọi không hợp lệ.')

export const hotlineCallBody = z
  .strictObject({
    callerNumber: phone,
    callerName: z.string().trim().min(2, 'Họ tên người gọi tối thiểu 2 ký tự.').max(200).optional(),
    calledAt: z.iso.datetime({ offset: true, error: 'Thời điểm gọi phải theo ISO-8601.' }),
    summary: z.string().trim().min(5, 'Hãy nhập nội dung cuộc gọi (tối thiểu 5 ký tự).').max(2000),
    kind: z.enum(hotlineKinds, {
      error: 'Loại cuộc gọi phải là khiếu nại, tố cáo, kiến nghị, phản ánh hoặc hỏi đáp.',
    }),
    field: z.enum(caseFields, { error: 'Lĩnh vực không hợp lệ.' }).default('other'),
    /** answered = trả lời ngay; case = chuyển thành hồ sơ; pending = ghi nhận, xử lý sau. */
    outcome: z.enum(hotlineOutcomes, { error: 'Kết quả phải là answered, case hoặc pending.' }),
    answer: z.string().trim().min(5, 'Nội dung trả lời tối thiểu 5 ký tự.').max(4000).optional(),
    /** For outcome=case: the caller as the case's citizen (address, ID number); the phone is the caller's. */
    citizen: citizenInput.partial().optional(),
    anonymous: z.boolean().optional(),
  })
  .superRefine((b, ctx) => {
    if (b.outcome === 'answered' && !b.answer)
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'Hãy nhập nội dung đã trả lời người gọi.' })
    if (b.outcome === 'case' && b.kind === 'inquiry')
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message:
          'Cuộc gọi hỏi đáp không chuyển thành hồ sơ; hãy chọn khiếu nại, tố cáo, kiến nghị hoặc phản ánh.',
      })
    if (b.outcome === 'case' && !b.anonymous && !b.callerName && !b.citizen?.fullName)
      ctx.addIssue({
        code: 'custom',
        path: ['callerName'],
        message: 'Hãy nhập họ tên người gọi để lập hồ sơ.',
      })
  })
export type HotlineCallInput = z.infer<typeof hotlineCallBody>

export const hotlineCallView = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  callerNumber: z.string(),
  callerName: z.string().nullable(),
  calledAt: z.string(),
  summary: z.string(),
  kind: z.string(),
  field: z.string(),
  outcome: z.string(),
  answer: z.string().nullable(),
  caseId: z.uuid().nullable(),
  trackingCode: z.string().nullable(),
  operatorName: z.string(),
  dueDates: z.array(dueDateView).optional(),
})

export const hotlineListQuery = z.strictObject({
  phone: z.string().trim().max(20).optional(),
  from: z.iso.date('Ngày phải có dạng YYYY-MM-DD.').optional(),
  to: z.iso.date('Ngày phải có dạng YYYY-MM-DD.').optional(),
  cursor: z.string().max(2000, 'Con trỏ phân trang không hợp lệ.').optional(),
  limit: z.coerce.number().int().min(1, 'Phải từ 1 đến 100.').max(100, 'Phải từ 1 đến 100.').default(50),
})

export const hotlineCountsQuery = z.strictObject({
  period: z.enum(['day', 'week', 'month'], { error: 'Kỳ phải là day, week hoặc month.' }).default('day'),
  from: z.iso.date('Ngày phải có dạng YYYY-MM-DD.'),
  to: z.iso.date('Ngày phải có dạng YYYY-MM-DD.'),
})
