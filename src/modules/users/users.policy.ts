import { covers, type Actor } from '../../platform/access/actor.ts'
import { restrictedRoles, type Role } from '../../platform/access/permissions.ts'
import { forbidden, validationFailed } from '../../platform/errors.ts'
import { passwordProblem } from '../../platform/auth/passwords.ts'

/** A unit admin hands out any role but system admin; only a global admin makes more global admins. */
export function assertMayGrant(actor: Actor, roles: readonly Role[]): void {
  if (actor.global) return
  const refused = roles.filter((r) => restrictedRoles.includes(r))
  if (refused.length) throw forbidden('Bạn không được cấp vai trò Quản trị hệ thống.')
}

export function assertManages(actor: Actor, organizationPath: string): void {
  if (!actor.permissions.has('users.manage') || !covers(actor, organizationPath)) throw forbidden()
}

export function assertAcceptablePassword(password: string, username: string, path = 'password'): void {
  const problem = passwordProblem(password, username)
  if (problem) throw validationFailed([{ path, message: problem }], problem)
}
