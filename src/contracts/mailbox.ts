import { z } from 'zod'
import { caseFields, citizenInput, dueDateView } from './cases.ts'
import { caseKinds } from '../modules/cases/lifecycles/types.ts'

export const inboundStatuses = [
  'draft',
  'confirmed',
  'threaded',
  'discarded',
  'quarantined',
  'rejected',
] as const

export const inboundListQuery = z.strictObject({
  status: z.enum(inboundStatuses, { error: 'Trạng thái thư không hợp lệ.' }).optional(),
  caseId: z.uuid('Mã hồ sơ không hợp lệ.').optional(),
  cursor: z.string().max(2000, 'Con trỏ phân trang không hợp lệ.').optional(),
  limit: z.coerce.number().int().min(1, 'Phải từ 1 đến 100.').max(100, 'Phải từ 1 đến 100.').default(50),
})

export const inboundAttachmentView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
})

export const inboundMailView = z.object({
  id: z.uuid(),
  organizationId: z.uuid().nullable(),
  status: z.enum(inboundStatuses),
  reasonCode: z.string().nullable(),
  reason: z.string().nullable(),
  envelopeFrom: z.string().nullable(),
  headerFrom: z.string().nullable(),
  fromName: z.string().nullable(),
  recipient: z.string(),
  subject: z.string().nullable(),
  textBody: z.string().nullable(),
  size: z.number().int(),
  receivedAt: z.string(),
  caseId: z.uuid().nullable(),
  trackingCode: z.string().nullable(),
  attachments: z.array(inboundAttachmentView),
})

export const confirmDraftBody = z.strictObject({
  kind: z.enum(caseKinds, { error: 'Loại đơn phải là khiếu nại, tố cáo, kiến nghị hoặc phản ánh.' }),
  field: z.enum(caseFields, { error: 'Lĩnh vực không hợp lệ.' }).optional(),
  summary: z.string().trim().min(5, 'Hãy nhập tóm tắt nội dung (tối thiểu 5 ký tự).').max(500).optional(),
  citizen: citizenInput.partial().optional(),
  protectIdentity: z.boolean().optional(),
  matterId: z.uuid('Mã vụ việc không hợp lệ.').optional(),
})

export const confirmResult = z.object({
  caseId: z.uuid(),
  trackingCode: z.string(),
  dueDates: z.array(dueDateView),
})

export const discardBody = z.strictObject({
  reason: z.string().trim().min(5, 'Hãy nêu lý do (tối thiểu 5 ký tự).').max(1000),
})

export const blockSenderBody = z.strictObject({
  address: z.email('Địa chỉ e-mail không hợp lệ.').max(254),
  reason: z.string().trim().min(5, 'Hãy nêu lý do chặn (tối thiểu 5 ký tự).').max(1000),
})

export const replyBody = z.strictObject({
  to: z.email('Địa chỉ nhận không hợp lệ.').max(254).optional(),
  subject: z.string().trim().max(300).optional(),
  body: z.string().trim().min(5, 'Hãy nhập nội dung thư (tối thiểu 5 ký tự).').max(20000),
})
