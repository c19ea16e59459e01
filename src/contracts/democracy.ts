import { z } from 'zod'
import { pageQuery } from './common.ts'

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD.')
const year = z.coerce
  .number({ error: 'Năm phải là số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm từ 2000 đến 2100.')
  .max(2100, 'Năm từ 2000 đến 2100.')
const count = (label: string) =>
  z
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(1_000_000, `${label} quá lớn.`)
const text = (label: string, max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, `Hãy nhập ${label}.`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`)
const uuid = (label: string) => z.uuid(`Mã ${label} không hợp lệ.`)

export const resolutionInput = z.strictObject({
  title: text('nội dung biểu quyết', 500, 2),
  votesFor: count('Số phiếu tán thành'),
  votesAgainst: count('Số phiếu không tán thành'),
  abstentions: count('Số phiếu không biểu quyết').optional(),
})

/**
 * One conference: `staff` (hội nghị cán bộ, công chức, viên chức, người lao động) of an organization, or
 * `workers` (hội nghị người lao động) of an enterprise. `status: 'skipped'` records that a unit with at
 * most 7 staff did not hold it (Art. 51).
 */
export const conferenceBody = z.strictObject({
  kind: z.enum(['staff', 'workers'], { error: 'Loại hội nghị phải là staff hoặc workers.' }),
  organizationId: uuid('cơ quan, đơn vị').optional(),
  enterpriseId: uuid('doanh nghiệp').optional(),
  year,
  status: z.enum(['held', 'skipped'], { error: 'Trạng thái phải là held hoặc skipped.' }).default('held'),
  heldOn: isoDate.optional(),
  form: z
    .enum(['full', 'delegates'], { error: 'Hình thức phải là full (toàn thể) hoặc delegates (đại biểu).' })
    .optional(),
  staffTotal: count('Tổng số cán bộ, người lao động').min(
    1,
    'Tổng số cán bộ, người lao động phải lớn hơn 0.',
  ),
  expectedCount: count('Số đại biểu được triệu tập').optional(),
  presentCount: count('Số người có mặt').optional(),
  resolutions: z.array(resolutionInput).max(50, 'Tối đa 50 nội dung biểu quyết.').default([]),
  note: text('ghi chú', 4000).optional(),
})
export type ConferenceBody = z.infer<typeof conferenceBody>

const reason = text('lý do', 2000, 3)
const expectedVersion = z.number().int().min(1).optional()

/**
 * Đính chính — the figures of a recorded conference, replaced as a whole and checked again; the kind, the
 * organization and the enterprise stay (a conference recorded for the wrong unit is withdrawn instead).
 */
export const conferenceCorrectionBody = conferenceBody
  .omit({ kind: true, organizationId: true, enterpriseId: true })
  .extend({ reason, expectedVersion })
export type ConferenceCorrectionBody = z.infer<typeof conferenceCorrectionBody>

/** Rút — a conference recorded that did not take place (or twice). */
export const conferenceWithdrawBody = z.strictObject({ reason, expectedVersion })

export const conferenceActionParams = z.strictObject({
  id: uuid('hội nghị'),
  action: z.string().regex(/^[a-z_]{2,40}$/, 'Thao tác không hợp lệ.'),
})

export const conferenceListQuery = z.strictObject({
  ...pageQuery,
  kind: z.enum(['staff', 'workers']).optional(),
  year: year.optional(),
  organization: uuid('cơ quan, đơn vị').optional(),
  enterprise: uuid('doanh nghiệp').optional(),
  valid: z.enum(['true', 'false'], { error: 'Giá trị phải là true hoặc false.' }).optional(),
})
export type ConferenceListQuery = z.infer<typeof conferenceListQuery>

export const coverageQuery = z.strictObject({
  year,
  organization: uuid('cơ quan, đơn vị').optional(),
})
export type CoverageQuery = z.infer<typeof coverageQuery>

export const enterpriseBody = z.strictObject({
  name: text('tên doanh nghiệp', 300, 2),
  taxCode: z
    .string()
    .trim()
    .regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (hoặc 10 chữ số, gạch ngang, 3 chữ số).'),
  ownership: z.enum(['state', 'private'], {
    error: 'Loại hình phải là state (nhà nước) hoặc private (ngoài nhà nước).',
  }),
  workforce: count('Số người lao động'),
  fiscalYearEndMonth: z.number().int().min(1, 'Tháng từ 1 đến 12.').max(12, 'Tháng từ 1 đến 12.').optional(),
  hasTradeUnion: z.boolean().optional(),
  /** The organization that oversees it; default the caller's own. */
  organizationId: uuid('cơ quan quản lý').optional(),
  adminUnitCode: z
    .string()
    .regex(/^\d{5}$/, 'Mã xã, phường gồm 5 chữ số.')
    .optional(),
  address: text('địa chỉ', 500).optional(),
})
export type EnterpriseBody = z.infer<typeof enterpriseBody>

/** Sửa thông tin doanh nghiệp: only the fields sent change; `null` clears the unit or the address. */
export const enterpriseUpdateBody = z.strictObject({
  name: enterpriseBody.shape.name.optional(),
  taxCode: enterpriseBody.shape.taxCode.optional(),
  ownership: enterpriseBody.shape.ownership.optional(),
  workforce: enterpriseBody.shape.workforce.optional(),
  fiscalYearEndMonth: z.number().int().min(1, 'Tháng từ 1 đến 12.').max(12, 'Tháng từ 1 đến 12.').optional(),
  hasTradeUnion: z.boolean().optional(),
  adminUnitCode: z
    .string()
    .regex(/^\d{5}$/, 'Mã xã, phường gồm 5 chữ số.')
    .nullable()
    .optional(),
  address: text('địa chỉ', 500).nullable().optional(),
})
export type EnterpriseUpdateBody = z.infer<typeof enterpriseUpdateBody>

/** Ngừng theo dõi (with the reason) or theo dõi lại. */
export const enterpriseActionBody = z.strictObject({ reason: text('lý do', 2000, 3).optional() })
export const enterpriseActionParams = z.strictObject({
  id: uuid('doanh nghiệp'),
  action: z.string().regex(/^[a-z_]{2,40}$/, 'Thao tác không hợp lệ.'),
})

export const enterpriseListQuery = z.strictObject({
  ...pageQuery,
  organization: uuid('cơ quan, đơn vị').optional(),
  ownership: z.enum(['state', 'private']).optional(),
  status: z.enum(['active', 'inactive'], { error: 'Trạng thái phải là active hoặc inactive.' }).optional(),
  q: z.string().trim().max(200).optional(),
})
export type EnterpriseListQuery = z.infer<typeof enterpriseListQuery>

export const rulesBody = z.strictObject({
  organizationId: uuid('cơ quan, đơn vị').optional(),
  title: text('tên quy chế', 500, 3),
  decisionNumber: text('số quyết định ban hành', 100, 2),
  adoptedOn: isoDate,
  effectiveFrom: isoDate,
  content: text('nội dung quy chế', 200_000).optional(),
})
export type RulesBody = z.infer<typeof rulesBody>

export const rulesListQuery = z.strictObject({
  organization: uuid('cơ quan, đơn vị').optional(),
})
