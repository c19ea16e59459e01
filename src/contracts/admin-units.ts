import { z } from 'zod'
import { pageQuery } from './common.ts'

export const unitLevels = ['province', 'district', 'commune', 'below_commune'] as const
export const localUnitTypes = ['thon', 'ap', 'ban', 'to_dan_pho', 'khu_pho'] as const
export type LocalUnitType = (typeof localUnitTypes)[number]

const isoDate = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD, ví dụ 2025-06-30.' })
const unitCode = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9-]{1,20}$/,
    'Mã đơn vị hành chính gồm chữ số (ví dụ 01, 00004) hoặc mã thôn, tổ dân phố.',
  )

export const atQuery = z.strictObject({ at: isoDate.optional() })
export const unitCodeParam = z.strictObject({ code: unitCode })

export const listUnitsQuery = z.strictObject({
  level: z
    .enum(unitLevels, { error: 'Cấp phải là province, district, commune hoặc below_commune.' })
    .optional(),
  parent: unitCode.optional(),
  q: z.string().trim().max(100, 'Từ khoá tìm kiếm tối đa 100 ký tự.').optional(),
  at: isoDate.optional(),
  ...pageQuery,
})
export type ListUnitsQuery = z.infer<typeof listUnitsQuery>

export const unitItem = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  type: z.string(),
  level: z.enum(unitLevels),
  parentCode: z.string().nullable(),
  parentName: z.string().nullable(),
  provinceCode: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
})
export type UnitItem = z.infer<typeof unitItem>

const unitRef = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  level: z.enum(unitLevels),
})

const succession = unitRef.extend({
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  effectiveDate: z.string(),
  legalAct: z.string(),
})
export type SuccessionView = z.infer<typeof succession>

export const unitDetail = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  level: z.enum(unitLevels),
  parents: z.array(unitRef),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  predecessors: z.array(succession),
  successors: z.array(succession),
})
export type UnitDetail = z.infer<typeof unitDetail>

export const unitSummary = z.object({
  at: z.string(),
  provinces: z.number(),
  districts: z.number(),
  communes: z.number(),
  byType: z.record(z.string(), z.number()),
})
export type UnitSummary = z.infer<typeof unitSummary>

const localName = z
  .string({ error: 'Cần nhập tên.' })
  .trim()
  .min(1, 'Cần nhập tên thôn, ấp, bản, tổ dân phố hoặc khu phố.')
  .max(100, 'Tên tối đa 100 ký tự.')
export const localUnitType = z.enum(localUnitTypes, {
  error: 'Loại phải là thon (thôn), ap (ấp), ban (bản), to_dan_pho (tổ dân phố) hoặc khu_pho (khu phố).',
})

/** A unit below the commune (thôn, ấp, bản, tổ dân phố, khu phố), created by the commune. */
export const createLocalUnitBody = z.strictObject({
  level: z.literal('below_commune', { error: 'Chỉ tạo được đơn vị dưới cấp xã (level = below_commune).' }),
  parent: z
    .string({ error: 'Cần mã xã, phường, đặc khu.' })
    .trim()
    .regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số.'),
  name: localName,
  type: localUnitType,
})
export type CreateLocalUnit = z.infer<typeof createLocalUnitBody>

export const importLocalUnitsBody = z.strictObject({
  fileName: z
    .string({ error: 'Cần tên tệp.' })
    .regex(/\.(csv|xlsx)$/i, 'Chỉ nhận tệp .csv hoặc .xlsx.')
    .max(200, 'Tên tệp tối đa 200 ký tự.'),
  contentBase64: z
    .string({ error: 'Cần nội dung tệp.' })
    .min(1, 'Tệp rỗng.')
    .max(4_000_000, 'Tệp quá lớn (tối đa 3 MB).'),
})
