import { z } from 'zod'
import { roles } from '../platform/access/permissions.ts'
import { organizationView } from './organizations.ts'

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/

export const username = z
  .string()
  .regex(
    USERNAME_PATTERN,
    'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang.',
  )
const fullName = z
  .string()
  .trim()
  .min(2, 'Họ và tên phải có ít nhất 2 ký tự.')
  .max(200, 'Họ và tên tối đa 200 ký tự.')
const email = z.email('Địa chỉ e-mail không hợp lệ.').max(254).nullable().optional()
const role = z.enum(roles, { error: 'Vai trò không hợp lệ.' })
const roleList = z.array(role).min(1, 'Cần ít nhất một vai trò.').max(roles.length)
const password = z.string().max(256, 'Mật khẩu không được dài quá 256 ký tự.')

export const userView = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  roles: z.array(z.string()),
  status: z.enum(['active', 'disabled']),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
})
export type UserView = z.infer<typeof userView>

export const createUserBody = z.strictObject({
  username,
  password,
  fullName,
  organizationId: z.uuid('Đơn vị không hợp lệ.'),
  roles: roleList,
  email,
})
export type CreateUser = z.infer<typeof createUserBody>

export const updateUserBody = z.strictObject({
  fullName: fullName.optional(),
  email,
  organizationId: z.uuid('Đơn vị không hợp lệ.').optional(),
  roles: roleList.optional(),
  status: z.enum(['active', 'disabled'], { error: 'Trạng thái phải là active hoặc disabled.' }).optional(),
  password: password.optional(),
})
export type UpdateUser = z.infer<typeof updateUserBody>

export const loginBody = z.strictObject({
  username: z.string().min(1, 'Hãy nhập tên đăng nhập.').max(64, 'Tên đăng nhập tối đa 64 ký tự.'),
  password: z.string().min(1, 'Hãy nhập mật khẩu.').max(256, 'Mật khẩu không được dài quá 256 ký tự.'),
})

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'Hãy nhập mật khẩu hiện tại.').max(256),
  newPassword: password,
})

export const meView = z.object({
  user: userView,
  organizationId: z.uuid(),
  organization: organizationView,
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  csrfToken: z.string().nullable(),
})

export const loginResponse = z.object({ user: userView, csrfToken: z.string() })

export const tokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  userId: z.uuid(),
  username: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
})

export const createTokenBody = z.strictObject({
  userId: z.uuid('Người dùng không hợp lệ.'),
  name: z.string().trim().min(2, 'Tên khoá phải có ít nhất 2 ký tự.').max(100, 'Tên khoá tối đa 100 ký tự.'),
  expiresAt: z.iso
    .datetime({ offset: true, error: 'Thời hạn phải là thời điểm ISO 8601.' })
    .nullable()
    .optional(),
})
