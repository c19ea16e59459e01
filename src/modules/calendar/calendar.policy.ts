import { authorize, type Actor } from '../../platform/access/actor.ts'
import { forbidden } from '../../platform/errors.ts'

/**
 * Who may add, switch or remove a calendar override (issue 5): a system admin anywhere (nationwide or any
 * province); a unit admin only for the province of its own organization, never nationwide.
 */
export function authorizeOverride(actor: Actor, province: string | null): void {
  authorize(actor, 'calendar.manage')
  if (actor.global) return
  if (province === null) throw forbidden('Chỉ quản trị hệ thống được điều chỉnh lịch nghỉ trên toàn quốc.')
  if (actor.provinceCode !== province)
    throw forbidden('Bạn chỉ được điều chỉnh lịch nghỉ của tỉnh, thành phố nơi đơn vị mình trực thuộc.')
}
