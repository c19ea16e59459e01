import { z } from 'zod'
import { addressInput, caseFields } from './cases.ts'

export const visitKinds = ['regular', 'periodic', 'ad_hoc', 'online'] as const
export const sessionKinds = visitKinds
export const contentKinds = ['KN', 'TC', 'KN-PA'] as const
export const visitOutcomes = ['cases', 'guided', 'refused', 'recorded'] as const
export const hostRoles = [
  'commune_chair',
  'province_chair',
  'agency_head',
  'public_unit_head',
  'province_party_secretary',
  'commune_party_secretary',
] as const

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD.')
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM.')
const text = (label: string, max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, `Hãy nhập ${label}.`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`)

const idNumber = z
  .string()
  .trim()
  .regex(/^[A-Z0-9]{8,12}$/i, 'Số CCCD/Hộ chiếu gồm 8–12 chữ số hoặc chữ cái.')

export const visitCitizenInput = z.strictObject({
  fullName: text('họ và tên', 200, 2),
  idNumber: idNumber.optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 .-]{8,15}$/, 'Số điện thoại không hợp lệ.')
    .optional(),
  address: addressInput.optional(),
})
export type VisitCitizenInput = z.infer<typeof visitCitizenInput>

/** A case the visit opens (mixed content is split into several, Law 42 Art. 25; NĐ 154 Art. 14). */
export const visitCaseInput = z.strictObject({
  kind: z.enum(['complaint', 'denunciation', 'petition', 'feedback'], {
    error: 'Loại đơn phải là khiếu nại, tố cáo, kiến nghị hoặc phản ánh.',
  }),
  summary: text('tóm tắt nội dung', 500, 5),
  content: text('nội dung đơn', 20000, 5),
  field: z.enum(caseFields, { error: 'Lĩnh vực không hợp lệ.' }).optional(),
  instance: z.enum(['first', 'second'], { error: 'Lần giải quyết phải là first hoặc second.' }).optional(),
  protectIdentity: z.boolean().optional(),
})

export const visitBody = z.strictObject({
  visitedAt: z.iso.datetime({ offset: true, error: 'Thời điểm tiếp phải theo ISO-8601.' }),
  kind: z.enum(visitKinds, {
    error: 'Hình thức tiếp phải là thường xuyên, định kỳ, đột xuất hoặc trực tuyến.',
  }),
  sessionId: z.uuid('Buổi tiếp không hợp lệ.').optional(),
  officerName: text('người tiếp', 200).optional(),
  citizens: z
    .array(visitCitizenInput)
    .min(1, 'Hãy nhập ít nhất một công dân.')
    .max(100, 'Tối đa 100 người được ghi tên.'),
  /** Số người cùng nội dung (đông người, Law 42 Art. 29); defaults to the number of citizens named. */
  groupSize: z.number().int().min(1, 'Số người phải từ 1.').max(10000, 'Số người quá lớn.').optional(),
  representatives: z
    .array(
      z.strictObject({ fullName: text('họ và tên người đại diện', 200, 2), idNumber: idNumber.optional() }),
    )
    .max(20, 'Quá nhiều người đại diện.')
    .optional(),
  appointment: z
    .strictObject({
      reference: text('văn bản cử người đại diện', 300),
      signedByAll: z.literal(true, {
        error: 'Văn bản cử người đại diện phải có chữ ký của tất cả mọi người.',
      }),
      attachmentId: z.uuid('Tệp đính kèm không hợp lệ.').optional(),
    })
    .optional(),
  summary: text('tóm tắt nội dung', 2000, 5),
  contentKinds: z
    .array(z.enum(contentKinds, { error: 'Phân loại phải là KN, TC hoặc KN-PA.' }))
    .min(1, 'Hãy chọn phân loại nội dung (KN, TC, KN-PA).'),
  resolvedBy: text('cơ quan đã giải quyết', 300).optional(),
  withinCompetence: z.boolean(),
  guidance: text('nội dung hướng dẫn', 2000).optional(),
  transferredTo: text('cơ quan tiếp nhận, số văn bản chuyển', 500).optional(),
  documentsReceived: text('tài liệu nhận', 2000).optional(),
  receiptIssued: z.boolean().optional(),
  outcome: z.enum(visitOutcomes, { error: 'Kết quả phải là tạo hồ sơ, hướng dẫn, từ chối hoặc ghi nhận.' }),
  cases: z.array(visitCaseInput).max(10, 'Tối đa 10 hồ sơ từ một lượt tiếp.').optional(),
  linkCaseIds: z.array(z.uuid('Mã hồ sơ không hợp lệ.')).max(20).optional(),
  refusalGround: z.string().max(60).optional(),
  repeatOfVisitId: z.uuid('Lượt tiếp trước không hợp lệ.').optional(),
  online: z
    .strictObject({
      link: z.url('Đường dẫn buổi tiếp trực tuyến không hợp lệ.').max(1000),
      recordingRef: text('mã bản ghi', 300).optional(),
      noticeSentOn: isoDate,
    })
    .optional(),
  followUp: text('theo dõi kết quả', 2000).optional(),
  note: text('ghi chú', 2000).optional(),
})
export type VisitInput = z.infer<typeof visitBody>

export const visitListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  organization: z.uuid('Đơn vị không hợp lệ.').optional(),
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự.').optional(),
  cursor: z.string().max(2000, 'Con trỏ phân trang không hợp lệ.').optional(),
  limit: z.coerce.number().int().min(1, 'Phải từ 1 đến 100.').max(100, 'Phải từ 1 đến 100.').default(50),
})
export type VisitListQuery = z.infer<typeof visitListQuery>

/** A protected visitor shows `fullName` = "Người tố cáo (được giữ bí mật)" and nothing else identifying. */
export const visitCitizenView = z.object({
  fullName: z.string(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  unitCode: z.string().nullable(),
  addressDetail: z.string().nullable(),
  representative: z.boolean(),
  protected: z.boolean(),
})

export const visitListItem = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  visitedAt: z.string(),
  visitDate: z.string(),
  kind: z.string(),
  officerName: z.string(),
  citizenName: z.string(),
  /** The people of the visit are kept secret (denunciation, Law on Denunciations 2018 Art. 47(2)). */
  identityProtected: z.boolean(),
  groupSize: z.number().int(),
  summary: z.string(),
  contentKinds: z.array(z.string()),
  outcome: z.string(),
  repeatOfId: z.uuid().nullable(),
})

export const visitView = visitListItem.extend({
  sessionId: z.uuid().nullable(),
  citizens: z.array(visitCitizenView),
  appointment: z.record(z.string(), z.unknown()).nullable(),
  resolvedBy: z.string().nullable(),
  withinCompetence: z.boolean(),
  guidance: z.string().nullable(),
  transferredTo: z.string().nullable(),
  documentsReceived: z.string().nullable(),
  receiptIssued: z.boolean(),
  refusalGround: z.string().nullable(),
  refusalGroundLabel: z.string().nullable(),
  refusalNotice: z
    .object({ id: z.uuid(), dueDate: z.string(), status: z.string(), ruleKey: z.string() })
    .nullable(),
  followUp: z.string().nullable(),
  note: z.string().nullable(),
  online: z
    .object({
      link: z.string().nullable(),
      recordingRef: z.string().nullable(),
      noticeSentOn: z.string().nullable(),
    })
    .nullable(),
  cases: z.array(
    z.object({
      id: z.uuid(),
      trackingCode: z.string(),
      kind: z.string(),
      relation: z.string(),
      letterId: z.uuid(),
    }),
  ),
})
export type VisitView = z.infer<typeof visitView>

export const visitRevealBody = z.strictObject({
  reason: text('lý do xem danh tính', 1000, 20),
})

export const revealedVisitors = z.object({
  citizens: z.array(visitCitizenView),
})

export const citizenLookupQuery = z.strictObject({
  q: z.string().trim().min(2, 'Nhập ít nhất 2 ký tự.').max(200, 'Từ khóa tối đa 200 ký tự.'),
})

export const sessionBody = z
  .strictObject({
    organizationId: z.uuid('Đơn vị không hợp lệ.').optional(),
    date: isoDate,
    startTime: time.optional(),
    endTime: time.optional(),
    kind: z.enum(sessionKinds, { error: 'Loại buổi tiếp không hợp lệ.' }),
    hostRole: z.enum(hostRoles, { error: 'Chức danh người chủ trì không hợp lệ.' }),
    hostName: text('họ tên người chủ trì', 200, 2),
    hostTitle: text('chức vụ người chủ trì', 200, 2),
    placeId: z.uuid('Địa điểm không hợp lệ.').optional(),
    place: text('địa điểm', 300).optional(),
    online: z
      .strictObject({
        link: z.url('Đường dẫn buổi tiếp trực tuyến không hợp lệ.').max(1000),
        noticeSentOn: isoDate,
      })
      .optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.placeId && !b.place)
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'Hãy chọn hoặc nhập địa điểm tiếp.' })
    if (b.startTime && b.endTime && b.endTime <= b.startTime)
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Giờ kết thúc phải sau giờ bắt đầu.' })
  })
export type SessionInput = z.infer<typeof sessionBody>

export const sessionListQuery = z.strictObject({
  organization: z.uuid('Đơn vị không hợp lệ.').optional(),
  from: isoDate,
  to: isoDate,
})

export const sessionView = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  kind: z.string(),
  hostRole: z.string(),
  hostName: z.string(),
  hostTitle: z.string(),
  place: z.string(),
  status: z.string(),
  onlineLink: z.string().nullable(),
  noticeSentOn: z.string().nullable(),
  attendees: z.array(z.string()),
  conclusionNumber: z.string().nullable(),
  conclusionDate: z.string().nullable(),
  conclusion: z.string().nullable(),
  tasks: z.array(
    z.object({
      id: z.uuid(),
      direction: z.string(),
      owner: z.string(),
      dueDate: z.string(),
      status: z.string(),
      doneOn: z.string().nullable(),
      result: z.string().nullable(),
    }),
  ),
})
export type SessionView = z.infer<typeof sessionView>

export const holdSessionBody = z.strictObject({
  attendees: z.array(text('thành phần tham dự', 300)).max(50).default([]),
  recordingRef: text('mã bản ghi', 300).optional(),
  conclusionNumber: text('số thông báo kết luận', 100),
  conclusionDate: isoDate,
  conclusion: text('nội dung kết luận', 10000, 5),
  tasks: z
    .array(
      z.strictObject({
        direction: text('nội dung chỉ đạo', 2000, 5),
        owner: text('đơn vị, người thực hiện', 300, 2),
        dueDate: isoDate,
      }),
    )
    .max(50)
    .default([]),
})
export type HoldSessionInput = z.infer<typeof holdSessionBody>

export const completeTaskBody = z.strictObject({
  doneOn: isoDate,
  result: text('kết quả thực hiện', 4000, 2),
})

export const complianceView = z.object({
  hostRole: z.string(),
  hostName: z.string().nullable(),
  periods: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      required: z.number().int(),
      per: z.string(),
      ruleKey: z.string(),
      ruleFrom: z.string(),
      source: z.string(),
      scheduled: z.number().int(),
      held: z.number().int(),
      heldSessionIds: z.array(z.uuid()),
      short: z.boolean(),
      met: z.boolean(),
    }),
  ),
  warnings: z.array(z.string()),
})

export const registerQuery = z.strictObject({
  organization: z.uuid('Đơn vị không hợp lệ.'),
  from: isoDate,
  to: isoDate,
  format: z
    .enum(['xlsx', 'pdf', 'json'], { error: 'Định dạng phải là xlsx, pdf hoặc json.' })
    .default('xlsx'),
  subtree: z.enum(['true', 'false']).optional(),
})

export const publicScheduleQuery = z.strictObject({
  organization: z.uuid('Đơn vị không hợp lệ.'),
  from: isoDate,
  to: isoDate,
})

export const publicScheduleEntry = z.object({
  date: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  hostName: z.string(),
  hostTitle: z.string(),
  place: z.string(),
  kind: z.string(),
})
export type PublicScheduleEntry = z.infer<typeof publicScheduleEntry>
