import { z } from 'zod'
import { pactStatuses, registrationStatuses } from '../modules/emulation/lifecycle.ts'
import { pageQuery } from './common.ts'
import { fieldCode } from './models.ts'

const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD.')
const text = (label: string, max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, `Hãy nhập ${label}.`)
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự.`)
const year = z.coerce
  .number({ error: 'Năm phải là số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm từ 2000 đến 2100.')
  .max(2100, 'Năm từ 2000 đến 2100.')

/** Một chỉ tiêu: nội dung và mức phấn đấu ("Tỷ lệ hồ sơ trực tuyến", "≥ 80 %"). */
export const target = z.strictObject({
  text: text('nội dung chỉ tiêu', 1000, 3),
  target: text('mức chỉ tiêu', 300),
})

export const registrationBody = z.strictObject({
  organizationId: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
  year,
  registrantKind: z.enum(['collective', 'individual'], {
    error: 'Đối tượng đăng ký phải là collective (tập thể) hoặc individual (cá nhân).',
  }),
  personName: text('họ tên cá nhân', 200, 2).optional(),
  personPosition: text('chức vụ', 300).optional(),
  title: text('danh hiệu thi đua đăng ký', 300, 3),
  danVanKheoFields: z
    .array(fieldCode)
    .min(1, 'Hãy chọn ít nhất một lĩnh vực đăng ký "Dân vận khéo".')
    .max(20, 'Tối đa 20 lĩnh vực.'),
  targets: z.array(target).min(1, 'Hãy nhập ít nhất một chỉ tiêu.').max(50, 'Tối đa 50 chỉ tiêu.'),
  registeredOn: isoDate.optional(),
})
export type RegistrationBody = z.infer<typeof registrationBody>

export const registrationListQuery = z.strictObject({
  ...pageQuery,
  year: year.optional(),
  status: z.enum(registrationStatuses, { error: 'Trạng thái không hợp lệ.' }).optional(),
  registrantKind: z.enum(['collective', 'individual']).optional(),
  organization: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
})
export type RegistrationListQuery = z.infer<typeof registrationListQuery>

/** Kết quả một chỉ tiêu: đạt được gì, có đạt chỉ tiêu không. */
const result = z.strictObject({
  achieved: text('kết quả đạt được', 2000),
  met: z.boolean({ error: 'Hãy cho biết có đạt chỉ tiêu không.' }),
})

export const registrationActionBody = z.strictObject({
  expectedVersion: z.number().int().min(1).optional(),
  date: isoDate.optional(),
  results: z.array(result).max(50).optional(),
  councilOpinion: text('ý kiến Hội đồng thi đua', 4000).optional(),
  boardOpinion: text('ý kiến Ban Dân vận', 4000).optional(),
  proposal: z
    .enum(['commend', 'not_commend'], { error: 'Đề nghị phải là commend hoặc not_commend.' })
    .optional(),
  commendationTitle: text('danh hiệu, hình thức khen thưởng', 300).optional(),
  awardedBy: text('cấp, cơ quan khen thưởng', 300).optional(),
  decisionNumber: text('số quyết định', 100).optional(),
  decidedOn: isoDate.optional(),
  reason: text('lý do', 2000).optional(),
})
export type RegistrationActionBody = z.infer<typeof registrationActionBody>

export const partyKind = z.enum(
  [
    'trade_union',
    'womens_union',
    'youth_union',
    'veterans_association',
    'farmers_association',
    'fatherland_front',
    'other',
  ],
  {
    error:
      'Loại tổ chức phải là trade_union, womens_union, youth_union, veterans_association, farmers_association, fatherland_front hoặc other.',
  },
)

export const pactBody = z.strictObject({
  organizationId: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
  year,
  title: text('tên giao ước', 500, 3),
  signedOn: isoDate,
  parties: z
    .array(z.strictObject({ name: text('tên tổ chức ký kết', 300, 2), kind: partyKind }))
    .min(1, 'Giao ước phải có ít nhất một tổ chức đoàn thể ký kết.')
    .max(20, 'Tối đa 20 tổ chức.'),
  criteria: z.array(target).min(1, 'Hãy nhập ít nhất một tiêu chí.').max(50, 'Tối đa 50 tiêu chí.'),
})
export type PactBody = z.infer<typeof pactBody>

export const pactListQuery = z.strictObject({
  ...pageQuery,
  year: year.optional(),
  status: z.enum(pactStatuses).optional(),
  organization: z.uuid('Mã cơ quan, đơn vị không hợp lệ.').optional(),
})
export type PactListQuery = z.infer<typeof pactListQuery>

export const pactActionBody = z.strictObject({
  expectedVersion: z.number().int().min(1).optional(),
  date: isoDate.optional(),
  results: z.array(result).max(50).optional(),
})

export const actionParams = z.strictObject({
  id: z.uuid('Mã định danh không hợp lệ.'),
  action: z.string().regex(/^[a-z_]{2,40}$/, 'Thao tác không hợp lệ.'),
})
