import { authorize } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import type { Executor } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, forbidden, validationFailed, type FieldError } from '../../../platform/errors.ts'
import { localUnitTypes, type LocalUnitType } from '../../../contracts/admin-units.ts'
import { findOrganization } from '../../organizations/index.ts'
import {
  bumpRevision,
  findUnitAt,
  findUnitById,
  forgetUnits,
  insertUnits,
  localCodesUnder,
  type AdminUnitRow,
} from '../admin-units.repo.ts'
import { mayManageBelow, type OrganizationPlace } from '../admin-units.policy.ts'
import { fold, unitTypes } from '../reference/names.ts'
import { invalidateUnitIndex, searchKeyOf } from '../search.ts'
import { todayInVietnam } from '../resolve.ts'

/** One unit to add: from the API (row 0) or a row of an import file. */
export interface LocalUnitInput {
  row: number
  communeCode: string
  name: string
  type: string
}

/** "Tổ dân phố", "to dan pho", "to_dan_pho" → to_dan_pho. */
export function localTypeOf(text: string): LocalUnitType | undefined {
  const key = fold(text).replace(/[\s_-]+/g, '_')
  return localUnitTypes.find((t) => t === key)
}

async function placeOf(ex: Executor, ctx: Context): Promise<OrganizationPlace> {
  if (!ctx.actor.organizationId) return { adminUnit: null, provinceCode: ctx.actor.provinceCode }
  const organization = await findOrganization(ex, ctx.actor.organizationId)
  const adminUnit = organization?.adminUnitId
    ? ((await findUnitById(ex, organization.adminUnitId)) ?? null)
    : null
  return { adminUnit, provinceCode: organization?.provinceCode ?? null }
}

const where = (row: number) => (row > 0 ? `Dòng ${row}: ` : '')

/**
 * Adds units below the commune (thôn, ấp, bản, tổ dân phố, khu phố) under communes in force today, all or
 * nothing: every row is checked first and every error is reported with its row number; nothing is written
 * unless all rows pass. One transaction, one audit entry.
 */
export async function createLocalUnits(ctx: Context, inputs: LocalUnitInput[]): Promise<AdminUnitRow[]> {
  authorize(ctx.actor, 'admin_units.manage')
  if (inputs.length === 0) throw validationFailed([], 'Tệp không có dòng dữ liệu nào.')
  if (inputs.length > 5000) throw validationFailed([], 'Mỗi lần nhập tối đa 5.000 dòng.')
  const today = todayInVietnam()
  const created = await ctx.db.transaction(async (tx) => {
    const place = await placeOf(tx, ctx)
    const errors: FieldError[] = []
    const communes = new Map<string, AdminUnitRow | null>()
    const taken = new Map<string, Set<string>>()
    const values: (AdminUnitRow & { row: number })[] = []
    const nextNumber = new Map<string, number>()
    let duplicate = false
    let outOfScope = false
    for (const input of inputs) {
      const fail = (path: string, message: string) =>
        errors.push({
          path: input.row > 0 ? `rows.${input.row}.${path}` : path,
          message: where(input.row) + message,
        })
      const name = input.name.normalize('NFC').replace(/\s+/g, ' ').trim()
      const type = localTypeOf(input.type)
      if (!type)
        fail('type', `loại "${input.type}" không hợp lệ; dùng thon, ap, ban, to_dan_pho hoặc khu_pho.`)
      if (name.length === 0) fail('name', 'thiếu tên thôn, ấp, bản, tổ dân phố hoặc khu phố.')
      else if (name.length > 100) fail('name', 'tên dài quá 100 ký tự.')
      if (!communes.has(input.communeCode)) {
        const unit = /^\d{5}$/.test(input.communeCode)
          ? await findUnitAt(tx, input.communeCode, today)
          : undefined
        communes.set(input.communeCode, unit?.level === 'commune' ? unit : null)
      }
      const commune = communes.get(input.communeCode)
      if (!commune) {
        fail('communeCode', `không có xã, phường, đặc khu nào mang mã "${input.communeCode}" hiện nay.`)
        continue
      }
      if (!mayManageBelow(ctx.actor, place, commune)) {
        outOfScope = true
        fail('communeCode', `${commune.name} không thuộc phạm vi quản lý của đơn vị bạn.`)
        continue
      }
      if (!type || name.length === 0 || name.length > 100) continue
      const label = unitTypes[type].label
      const fullName = name.toLowerCase().startsWith(label.toLowerCase() + ' ') ? name : `${label} ${name}`
      let names = taken.get(commune.id)
      if (!names) {
        const existing = await localCodesUnder(tx, commune.id)
        names = new Set(existing.filter((u) => u.validTo === null).map((u) => searchKeyOf(u.name)))
        taken.set(commune.id, names)
        const numbers = existing.map((u) => Number(u.code.split('-')[1] ?? 0))
        nextNumber.set(commune.id, Math.max(0, ...numbers) + 1)
      }
      const key = searchKeyOf(fullName)
      if (names.has(key)) {
        duplicate = true
        fail('name', `${commune.name} đã có "${fullName}".`)
        continue
      }
      names.add(key)
      const number = nextNumber.get(commune.id) ?? 1
      nextNumber.set(commune.id, number + 1)
      values.push({
        row: input.row,
        id: newId(),
        code: `${commune.code}-${String(number).padStart(3, '0')}`,
        name: fullName,
        shortName: fullName.slice(label.length + 1),
        type,
        level: 'below_commune',
        parentId: commune.id,
        provinceCode: commune.provinceCode,
        // Units below the commune are recorded on the map in force since 01/07/2025.
        validFrom: commune.validFrom,
        validTo: null,
        searchKey: fold(fullName),
        source: 'local',
        createdAt: new Date(),
        updatedAt: new Date(),
      })
    }
    if (errors.length > 0) {
      const single = inputs.length === 1 && inputs[0]?.row === 0
      const first = errors[0]?.message ?? 'Dữ liệu gửi lên không hợp lệ.'
      if (single && outOfScope) throw forbidden(first)
      if (single && duplicate) throw new AppError('CONFLICT', first, errors)
      throw validationFailed(
        errors,
        single ? first : `Có ${errors.length} lỗi; chưa ghi dòng nào. Sửa các dòng được nêu rồi nhập lại.`,
      )
    }
    const rows = await insertUnits(
      tx,
      values.map(({ row: _row, ...v }) => v),
    )
    await bumpRevision(tx, newId())
    const [only] = rows
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: rows.length === 1 ? 'admin_unit.created' : 'admin_unit.imported',
      entityType: 'admin_unit',
      // One unit: the unit; an import: the commune of its first row.
      entityId: (rows.length === 1 ? only?.id : only?.parentId) ?? '',
      organizationId: ctx.actor.organizationId,
      provinceCode: only?.provinceCode ?? null,
      summary: { created: rows.map((r) => ({ code: r.code, name: r.name, parentId: r.parentId })) },
      requestId: ctx.requestId,
    })
    return rows
  })
  invalidateUnitIndex(ctx.db)
  forgetUnits(ctx.db)
  return created
}
