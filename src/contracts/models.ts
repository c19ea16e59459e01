import { z } from 'zod'
import { modelLevels, modelStatuses } from '../modules/models/model-lifecycle.ts'
import { pageQuery } from './common.ts'

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD.')
const text = (label: string, max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, `Hãy nhập ${label}.`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`)

export const fieldCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'Mã lĩnh vực gồm chữ thường, số và dấu _.')
export const modelLevel = z.enum(modelLevels, {
  error: 'Cấp công nhận phải là commune, district, province hoặc central.',
})
const unitCode = z
  .string()
  .regex(/^(\d{2}|\d{3}|\d{5})$/, 'Mã đơn vị hành chính gồm 2 (tỉnh), 3 (huyện cũ) hoặc 5 chữ số (xã).')

/** Một kết quả có số liệu: "Số hộ hiến đất" 45 "hộ". */
export const modelResult = z.strictObject({
  label: text('tên chỉ tiêu kết quả', 300),
  value: z
    .number({ error: 'Giá trị phải là số.' })
    .finite('Giá trị phải là số.')
    .min(0, 'Giá trị không được âm.'),
  unit: text('đơn vị tính', 50).optional(),
})

export const modelBody = z.strictObject({
  kind: z.enum(['model', 'exemplar'], { error: 'Loại phải là model (mô hình) hoặc exemplar (điển hình).' }),
  organizationId: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
  unitCode: unitCode.optional(),
  fieldCode,
  title: text('tên mô hình, điển hình', 500, 3),
  personName: text('họ tên cá nhân', 200, 2).optional(),
  personPosition: text('chức vụ, nơi công tác', 300).optional(),
  goal: text('mục tiêu', 4000, 3),
  mobilisation: text('cách vận động Nhân dân', 8000, 3),
  results: z.array(modelResult).max(50, 'Tối đa 50 chỉ tiêu kết quả.').default([]),
  resultsText: text('kết quả', 8000).optional(),
  periodFrom: isoDate,
  periodTo: isoDate.optional(),
})
export type ModelBody = z.infer<typeof modelBody>

/**
 * Sửa mô hình đang soạn hoặc bị trả lại: only the fields sent change; `null` clears an optional field. The
 * registering unit does not change.
 */
export const modelUpdateBody = z.strictObject({
  expectedVersion: z.number().int().min(1).optional(),
  kind: modelBody.shape.kind.optional(),
  unitCode: unitCode.nullable().optional(),
  fieldCode: fieldCode.optional(),
  title: modelBody.shape.title.optional(),
  personName: text('họ tên cá nhân', 200, 2).nullable().optional(),
  personPosition: text('chức vụ, nơi công tác', 300).nullable().optional(),
  goal: modelBody.shape.goal.optional(),
  mobilisation: modelBody.shape.mobilisation.optional(),
  results: z.array(modelResult).max(50, 'Tối đa 50 chỉ tiêu kết quả.').optional(),
  resultsText: text('kết quả', 8000).nullable().optional(),
  periodFrom: isoDate.optional(),
  periodTo: isoDate.nullable().optional(),
})
export type ModelUpdateBody = z.infer<typeof modelUpdateBody>

export const modelListQuery = z.strictObject({
  ...pageQuery,
  status: z.enum(modelStatuses, { error: 'Trạng thái không hợp lệ.' }).optional(),
  field: fieldCode.optional(),
  level: modelLevel.optional(),
  kind: z.enum(['model', 'exemplar']).optional(),
  organization: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
  q: z.string().trim().max(200, 'Tối đa 200 ký tự.').optional(),
})
export type ModelListQuery = z.infer<typeof modelListQuery>

export const modelActionParams = z.strictObject({
  id: z.uuid('Mã định danh không hợp lệ.'),
  action: z.string().regex(/^[a-z_]{2,40}$/, 'Thao tác không hợp lệ.'),
})

/** One body for every action; each action's required fields are checked by the lifecycle. */
export const modelActionBody = z.strictObject({
  expectedVersion: z.number().int().min(1).optional(),
  reason: text('lý do', 2000).optional(),
  note: text('ghi chú', 4000).optional(),
  level: modelLevel.optional(),
  decidingBody: text('cơ quan quyết định', 300).optional(),
  decisionNumber: text('số quyết định', 100).optional(),
  decidedOn: isoDate.optional(),
  form: z
    .enum(['certificate_of_merit', 'commendation_certificate'], {
      error:
        'Hình thức khen thưởng phải là certificate_of_merit (bằng khen) hoặc commendation_certificate (giấy khen).',
    })
    .optional(),
  awardedBy: text('cấp, cơ quan khen thưởng', 300).optional(),
  awardedOn: isoDate.optional(),
})
export type ModelActionBody = z.infer<typeof modelActionBody>

export const modelSummaryQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  organization: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
  groupBy: z
    .enum(['level', 'unit', 'field'], { error: 'groupBy phải là level, unit hoặc field.' })
    .default('level'),
})
export type ModelSummaryQuery = z.infer<typeof modelSummaryQuery>

export const createModelFieldBody = z.strictObject({
  code: fieldCode,
  label: text('tên lĩnh vực', 200, 2),
})
export const updateModelFieldBody = z.strictObject({
  label: text('tên lĩnh vực', 200, 2).optional(),
  active: z.boolean().optional(),
})
