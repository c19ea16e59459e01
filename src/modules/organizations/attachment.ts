import type { Executor } from '../../platform/db/database.ts'
import { validationFailed } from '../../platform/errors.ts'
import { findUnitAt, todayInVietnam, type AdminUnitRow } from '../admin-units/index.ts'

/**
 * The administrative unit an organization is attached to, given its code: the unit with that code in
 * force today (a code alone names different units before and after 01/07/2025). null detaches.
 */
export async function attachmentOf(
  ex: Executor,
  code: string | null | undefined,
): Promise<
  { adminUnitId: string | null; adminUnitCode: string | null; unit: AdminUnitRow | null } | undefined
> {
  if (code === undefined) return undefined
  if (code === null) return { adminUnitId: null, adminUnitCode: null, unit: null }
  const unit = await findUnitAt(ex, code, todayInVietnam())
  if (!unit)
    throw validationFailed([
      { path: 'adminUnitCode', message: `Không có đơn vị hành chính nào mang mã ${code} hiện nay.` },
    ])
  return { adminUnitId: unit.id, adminUnitCode: unit.code, unit }
}
