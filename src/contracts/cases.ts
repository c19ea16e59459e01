import { z } from 'zod'
import { caseKinds } from '../modules/cases/lifecycles/types.ts'

export const caseChannels = ['in_person', 'portal', 'hotline', 'email', 'post', 'forwarded'] as const
/** Lĩnh vực — the built-in fields of the issue. */
export const caseFields = [
  'land',
  'compensation',
  'construction',
  'environment',
  'social_policy',
  'administrative_procedure',
  'officials_conduct',
  'justice',
  'other',
] as const
export const complexities = ['normal', 'complex', 'especially_complex'] as const

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD.')
const kind = z.enum(caseKinds, { error: 'Loại đơn phải là khiếu nại, tố cáo, kiến nghị hoặc phản ánh.' })
const field = z.enum(caseFields, { error: 'Lĩnh vực không hợp lệ.' })
const text = (label: string, max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, `Hãy nhập ${label}.`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`)

/** Địa chỉ: administrative unit code (5-digit commune or 2-digit province, QĐ 19/2025) and the detail. */
export const addressInput = z.strictObject({
  unitCode: z
    .string()
    .regex(/^(\d{2}|\d{5})$/, 'Mã đơn vị hành chính gồm 5 chữ số (xã, phường) hoặc 2 chữ số (tỉnh).'),
  detail: text('địa chỉ chi tiết', 300),
})

export const citizenInput = z.strictObject({
  fullName: text('họ và tên', 200, 2),
  idNumber: z
    .string()
    .regex(/^[A-Z0-9]{8,12}$/i, 'Số giấy tờ tùy thân gồm 8–12 chữ số hoặc chữ cái (CCCD, hộ chiếu).')
    .optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 .-]{8,15}$/, 'Số điện thoại không hợp lệ.')
    .optional(),
  email: z.email('Địa chỉ e-mail không hợp lệ.').max(254).optional(),
  address: addressInput.optional(),
})
export type CitizenInput = z.infer<typeof citizenInput>

const contentFields = {
  citizen: citizenInput.optional(),
  summary: text('tóm tắt nội dung', 500, 5),
  content: text('nội dung đơn', 20000, 5),
  field: field.optional(),
}

export const intakeBody = z
  .strictObject({
    kind,
    channel: z.enum(caseChannels, { error: 'Kênh tiếp nhận không hợp lệ.' }),
    receivedAt: z.iso.datetime({ offset: true, error: 'Thời điểm tiếp nhận phải theo ISO-8601.' }),
    ...contentFields,
    /** More citizens of the same letter (a group, Law 42 Art. 29). */
    otherCitizens: z.array(citizenInput).max(50, 'Tối đa 50 người.').optional(),
    anonymous: z.boolean().optional(),
    protectIdentity: z.boolean().optional(),
    instance: z.enum(['first', 'second'], { error: 'Lần giải quyết phải là first hoặc second.' }).optional(),
    complexity: z.enum(complexities, { error: 'Mức độ phức tạp không hợp lệ.' }).optional(),
    remote: z.boolean().optional(),
    /** A case split from the same letter (Law 42 Art. 25): the letterId of the first case. */
    letterId: z.uuid('Mã lá đơn không hợp lệ.').optional(),
    /** A repeat letter about a known complex matter, or `newMatter` to open one. */
    matterId: z.uuid('Mã vụ việc không hợp lệ.').optional(),
    newMatter: z.boolean().optional(),
    forwarded: z
      .strictObject({
        body: text('cơ quan chuyển đơn', 300),
        letterNumber: text('số công văn chuyển đơn', 100),
        letterDate: isoDate,
      })
      .optional(),
  })
  .superRefine((body, ctx) => {
    if (!body.anonymous && !body.citizen)
      ctx.addIssue({ code: 'custom', path: ['citizen'], message: 'Hãy nhập thông tin người gửi đơn.' })
    if (body.instance && body.kind !== 'complaint')
      ctx.addIssue({ code: 'custom', path: ['instance'], message: 'Chỉ khiếu nại mới có lần giải quyết.' })
    if (body.channel === 'forwarded' && !body.forwarded)
      ctx.addIssue({
        code: 'custom',
        path: ['forwarded'],
        message: 'Đơn do cơ quan khác chuyển đến cần số và ngày công văn chuyển đơn.',
      })
  })
export type IntakeInput = z.infer<typeof intakeBody>

export const dueDateView = z.object({
  ruleKey: z.string(),
  due: z.string(),
  daysLeft: z.number().int(),
  overdue: z.boolean(),
  source: z.string().optional(),
})

export const intakeResult = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  letterId: z.uuid(),
  status: z.string(),
  version: z.number().int(),
  dueDates: z.array(dueDateView),
})

/**
 * Every field an action may carry; which ones an action requires is declared by its lifecycle transition
 * (checked first, by `planTransition`), this schema checks their form afterwards.
 */
export const actionBody = z.strictObject({
  expectedVersion: z.number().int().min(1, 'Phiên bản không hợp lệ.').optional(),
  date: isoDate.optional(),
  reason: text('lý do', 2000).optional(),
  legalBasis: text('căn cứ pháp lý', 1000).optional(),
  decisionNumber: text('số quyết định', 100).optional(),
  decisionDate: isoDate.optional(),
  conclusionNumber: text('số kết luận', 100).optional(),
  conclusionDate: isoDate.optional(),
  result: text('kết quả giải quyết', 4000).optional(),
  answer: text('nội dung trả lời', 10000).optional(),
  assigneeId: z.uuid('Người được giao không hợp lệ.').optional(),
  targetOrganization: text('cơ quan nhận đơn', 300).optional(),
  competentBody: text('cơ quan có thẩm quyền', 300).optional(),
  dialogueDate: isoDate.optional(),
  sentDate: isoDate.optional(),
  appealDate: isoDate.optional(),
  enforcementNote: text('ghi chú thi hành', 2000).optional(),
  court: text('tòa án', 300).optional(),
  complexity: z
    .enum(['complex', 'especially_complex'], { error: 'Mức độ phức tạp không hợp lệ.' })
    .optional(),
  note: text('ghi chú', 2000).optional(),
})
export type ActionInput = z.infer<typeof actionBody>

export const caseListQuery = z.strictObject({
  status: z.string().max(40).optional(),
  kind: kind.optional(),
  field: field.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  dueWithinDays: z.coerce.number().int().min(0, 'Từ 0 đến 365.').max(365, 'Từ 0 đến 365.').optional(),
  organization: z.uuid('Đơn vị không hợp lệ.').optional(),
  mine: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(2000, 'Con trỏ phân trang không hợp lệ.').optional(),
  limit: z.coerce.number().int().min(1, 'Phải từ 1 đến 100.').max(100, 'Phải từ 1 đến 100.').default(50),
})
export type CaseListQuery = z.infer<typeof caseListQuery>

export const caseListItem = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  kind: z.string(),
  instance: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string(),
  channel: z.string(),
  receivedAt: z.string(),
  organizationId: z.uuid(),
  field: z.string(),
  summary: z.string(),
  citizenName: z.string(),
  anonymous: z.boolean(),
  protectIdentity: z.boolean(),
  assigneeId: z.uuid().nullable(),
  version: z.number().int(),
  deadline: dueDateView.nullable(),
})

export const citizenView = z.object({
  displayName: z.string(),
  protected: z.boolean(),
  fullName: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.object({ unitCode: z.string().nullable(), detail: z.string().nullable() }).nullable(),
})

export const allowedActionView = z.object({
  action: z.string(),
  label: z.string(),
  to: z.string(),
  required: z.array(z.string()),
})

/** A file of the case; `protected` files (a protected denouncer's) show a neutral name and open only with a reason. */
export const caseAttachmentView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  protected: z.boolean(),
})

export const caseView = caseListItem.extend({
  lifecycleId: z.string(),
  content: z.string(),
  complexity: z.string(),
  remote: z.boolean(),
  extensionCount: z.number().int(),
  letterId: z.uuid(),
  matterId: z.uuid().nullable(),
  forwarded: z
    .object({
      body: z.string().nullable(),
      letterNumber: z.string().nullable(),
      letterDate: z.string().nullable(),
    })
    .nullable(),
  citizens: z.array(citizenView),
  allowedActions: z.array(allowedActionView),
  publicAnswer: z.string().nullable(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  attachments: z.array(caseAttachmentView),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type CaseView = z.infer<typeof caseView>

export const caseEventView = z.object({
  id: z.uuid(),
  action: z.string(),
  label: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actorName: z.string(),
  at: z.string(),
  stepDate: z.string(),
  body: z.record(z.string(), z.unknown()),
  dueDate: z.string().nullable(),
  dueRuleKey: z.string().nullable(),
})

export const revealBody = z.strictObject({
  reason: text('lý do xem danh tính', 1000, 20),
})

export const revealedIdentity = z.object({
  citizens: z.array(citizenView),
})

export const publicPetitionBody = z.strictObject({
  kind: z.enum(['petition', 'feedback'], { error: 'Chỉ gửi kiến nghị hoặc phản ánh.' }).default('petition'),
  organizationId: z.uuid('Cơ quan nhận không hợp lệ.').optional(),
  organizationCode: z.string().max(64).optional(),
  citizen: citizenInput,
  summary: contentFields.summary,
  content: contentFields.content,
  field: field.optional(),
  consent: z.literal(true, {
    error: 'Cần đồng ý cho cơ quan nhà nước xử lý dữ liệu cá nhân để giải quyết đơn (Luật 91/2025/QH15).',
  }),
})
export type PublicPetitionInput = z.infer<typeof publicPetitionBody>

export const trackingParam = z.strictObject({ trackingCode: z.string().max(40) })

export const publicCaseView = z.object({
  trackingCode: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  organizationName: z.string(),
  receivedOn: z.string(),
  dueDate: z.string().nullable(),
  steps: z.array(z.object({ label: z.string(), date: z.string() })),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  rated: z.boolean(),
  /** What the citizen was told at each step (acceptance, guidance, forwarding, answer and thanks…). */
  notices: z.array(z.object({ date: z.string(), subject: z.string(), body: z.string() })),
})

export const ratingBody = z.strictObject({
  rating: z.number().int().min(1, 'Điểm đánh giá từ 1 đến 5.').max(5, 'Điểm đánh giá từ 1 đến 5.'),
  comment: z.string().trim().max(2000, 'Nhận xét tối đa 2000 ký tự.').optional(),
})

export const notificationView = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  caseId: z.uuid().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
})
