import { z } from 'zod'

export const organizationKinds = [
  'system',
  'ministry',
  'people_committee',
  'people_council',
  'department',
  'party_mobilization_board',
  'fatherland_front',
  'mass_organization',
  'inspectorate',
  'peoples_inspection_board',
  'community_investment_supervision_board',
  'other',
] as const
export type OrganizationKind = (typeof organizationKinds)[number]

export const organizationView = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(organizationKinds),
  provinceCode: z.string().nullable(),
  status: z.enum(['active', 'inactive']),
  /** The administrative unit served (optional): its code as attached, and the unit's id. */
  adminUnitId: z.uuid().nullable(),
  adminUnitCode: z.string().nullable(),
  /** Contacts shown to citizens; `email` also receives letters by e-mail. */
  contactPhone: z.string().nullable(),
  hotline: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
})
export type OrganizationView = z.infer<typeof organizationView>

const code = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9._-]{2,40}$/,
    'Mã đơn vị gồm 2–40 ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.',
  )
const name = z
  .string()
  .trim()
  .min(2, 'Tên đơn vị phải có ít nhất 2 ký tự.')
  .max(200, 'Tên đơn vị tối đa 200 ký tự.')
const kind = z.enum(organizationKinds, { error: 'Loại đơn vị không hợp lệ.' })
const adminUnitCode = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9-]{1,20}$/,
    'Mã đơn vị hành chính gồm chữ số, ví dụ 01 (tỉnh, thành phố) hoặc 00004 (xã, phường).',
  )
  .nullable()
  .optional()

const phone = z
  .string()
  .trim()
  .regex(
    /^\+?[0-9 .()-]{3,20}$/,
    'Số điện thoại chỉ gồm chữ số (có thể có dấu cách, chấm, gạch), 3–20 ký tự.',
  )
  .nullable()
  .optional()
const contacts = {
  contactPhone: phone,
  hotline: phone,
  email: z.email('Địa chỉ thư điện tử không hợp lệ.').max(200).nullable().optional(),
  address: z.string().trim().max(300, 'Địa chỉ tối đa 300 ký tự.').nullable().optional(),
}

export const createOrganizationBody = z.strictObject({
  parentId: z.uuid('Đơn vị cấp trên không hợp lệ.'),
  code,
  name,
  kind,
  provinceCode: z
    .string()
    .regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.')
    .nullable()
    .optional(),
  adminUnitCode,
  ...contacts,
})
export type CreateOrganization = z.infer<typeof createOrganizationBody>

export const updateOrganizationBody = z.strictObject({
  name: name.optional(),
  kind: kind.optional(),
  status: z.enum(['active', 'inactive'], { error: 'Trạng thái phải là active hoặc inactive.' }).optional(),
  adminUnitCode,
  ...contacts,
})
export type UpdateOrganization = z.infer<typeof updateOrganizationBody>
