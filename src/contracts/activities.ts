import { z } from 'zod'
import { activityKinds, activityLevels } from '../modules/activities/kinds.ts'
import { commitmentActions, commitmentStatuses } from '../modules/activities/commitment-lifecycle.ts'
import { pageQuery } from './common.ts'

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD.')
const text = (label: string, max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, `Hãy nhập ${label}.`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`)

export const activityKind = z.enum(activityKinds, {
  error:
    'Loại hoạt động phải là một trong: dialogue, supervision, social_criticism, training, dissemination, field_visit, coordination_programme, neighbourhood_activity, cofunded_project.',
})
const level = z.enum(activityLevels, { error: 'Cấp phải là central, province, district hoặc commune.' })

/** Số người tham dự theo nhóm: `{ citizens: 120, officials: 15 }` (groups the kind declares). */
const participants = z.record(
  z.string(),
  z
    .number({ error: 'Số người phải là số.' })
    .int('Số người phải là số nguyên.')
    .min(0, 'Số người không được âm.')
    .max(1_000_000, 'Số người quá lớn.'),
)

const workingDays = z
  .number({ error: 'Số ngày làm việc phải là số.' })
  .int('Số ngày làm việc phải là số nguyên.')
  .min(1, 'Số ngày làm việc từ 1 đến 250.')
  .max(250, 'Số ngày làm việc từ 1 đến 250.')

/** A commitment or recommendation: owner (organization, user or a named body), due by rule or by choice. */
export const commitmentInput = z.strictObject({
  question: text('ý kiến, kiến nghị của người dân', 2000, 3),
  content: text('nội dung cam kết', 4000, 3),
  ownerOrganizationId: z.uuid('Mã cơ quan chịu trách nhiệm không hợp lệ.').optional(),
  ownerUserId: z.uuid('Mã cán bộ chịu trách nhiệm không hợp lệ.').optional(),
  ownerName: text('tên cơ quan, người chịu trách nhiệm', 300, 2).optional(),
  committedOn: isoDate.optional(),
  /** Override of the rule book's period, in working days. */
  workingDays: workingDays.optional(),
  dueDate: isoDate.optional(),
})
export type CommitmentInput = z.infer<typeof commitmentInput>

export const activityBody = z.strictObject({
  kind: activityKind,
  organizationId: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
  level: level.optional(),
  unitCode: z
    .string()
    .regex(/^(\d{2}|\d{3}|\d{5})$/, 'Mã đơn vị hành chính gồm 2 (tỉnh), 3 (huyện cũ) hoặc 5 chữ số (xã).')
    .optional(),
  startsOn: isoDate,
  endsOn: isoDate.optional(),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ bắt đầu có dạng HH:MM.')
    .optional(),
  status: z
    .enum(['planned', 'held', 'cancelled'], { error: 'Trạng thái phải là planned, held hoặc cancelled.' })
    .optional(),
  title: text('tên hoạt động', 500, 3),
  place: text('địa điểm', 500).optional(),
  details: z.record(z.string(), z.unknown()).default({}),
  participants: participants.default({}),
  publicSummary: text('tóm tắt công khai', 8000).optional(),
  published: z.boolean().optional(),
  commitments: z.array(commitmentInput).max(200, 'Tối đa 200 cam kết một lần.').optional(),
})
export type ActivityBody = z.infer<typeof activityBody>

export const activityPatch = z.strictObject({
  expectedVersion: z.number().int().min(1).optional(),
  level: level.optional(),
  unitCode: z
    .string()
    .regex(/^(\d{2}|\d{3}|\d{5})$/, 'Mã đơn vị hành chính gồm 2 (tỉnh), 3 (huyện cũ) hoặc 5 chữ số (xã).')
    .nullable()
    .optional(),
  startsOn: isoDate.optional(),
  endsOn: isoDate.nullable().optional(),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ bắt đầu có dạng HH:MM.')
    .nullable()
    .optional(),
  status: z
    .enum(['planned', 'held', 'cancelled'], { error: 'Trạng thái phải là planned, held hoặc cancelled.' })
    .optional(),
  title: text('tên hoạt động', 500, 3).optional(),
  place: text('địa điểm', 500).nullable().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  participants: participants.optional(),
  publicSummary: text('tóm tắt công khai', 8000).nullable().optional(),
  published: z.boolean().optional(),
})
export type ActivityPatch = z.infer<typeof activityPatch>

const boolString = z.enum(['true', 'false'], { error: 'Giá trị phải là true hoặc false.' })

export const activityListQuery = z.strictObject({
  ...pageQuery,
  kind: activityKind.optional(),
  organization: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.enum(['planned', 'held', 'cancelled']).optional(),
  /** Lịch hoạt động sắp tới: planned from today on, soonest first. */
  upcoming: boolString.optional(),
  q: z.string().trim().max(200).optional(),
})
export type ActivityListQuery = z.infer<typeof activityListQuery>

export const summaryQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  organization: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
  groupBy: z
    .enum(['level', 'kind', 'unit'], { error: 'groupBy phải là level, kind hoặc unit.' })
    .default('level'),
})
export type SummaryQuery = z.infer<typeof summaryQuery>

export const commitmentBody = commitmentInput.extend({
  activityId: z.uuid('Mã hoạt động không hợp lệ.'),
})
export type CommitmentBody = z.infer<typeof commitmentBody>

export const commitmentListQuery = z.strictObject({
  ...pageQuery,
  status: z.enum(commitmentStatuses).optional(),
  overdue: boolString.optional(),
  dueWithinDays: z.coerce.number().int().min(0).max(365).optional(),
  owner: z.uuid('Mã cơ quan chịu trách nhiệm không hợp lệ.').optional(),
  activity: z.uuid('Mã hoạt động không hợp lệ.').optional(),
  kind: z.enum(['commitment', 'recommendation']).optional(),
})
export type CommitmentListQuery = z.infer<typeof commitmentListQuery>

export const commitmentActionParams = z.strictObject({
  id: z.uuid('Mã định danh không hợp lệ.'),
  action: z.string().regex(/^[a-z_]{2,40}$/, 'Thao tác không hợp lệ.'),
})

export const commitmentActionBody = z.strictObject({
  expectedVersion: z.number().int().min(1).optional(),
  date: isoDate.optional(),
  result: text('kết quả thực hiện', 8000).optional(),
  responseReference: text('số, ngày văn bản trả lời', 300).optional(),
  reason: text('lý do', 2000).optional(),
  newDueDate: isoDate.optional(),
  workingDays: workingDays.optional(),
  published: z.boolean().optional(),
})
export type CommitmentActionBody = z.infer<typeof commitmentActionBody>
export { commitmentActions }
