/** The vendored reference files, the dates and legal acts of the reform, and the shapes the builder returns. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseCsv } from './csv.ts'
import type { UnitLevel, UnitType } from './names.ts'

export const referenceDir = fileURLToPath(new URL('../../../../db/reference/admin-units/', import.meta.url))
export const knownGapsFile = fileURLToPath(
  new URL('../../../../db/reference/admin-units-known-gaps.csv', import.meta.url),
)
export const referenceFiles = [
  'current-provinces.csv',
  'current-communes.csv',
  'mapping-2025.csv',
  'snapshot-2021-provinces.csv',
  'snapshot-2021-districts.csv',
  'snapshot-2021-communes.csv',
] as const

/** Two-tier local government from 01/07/2025 (Law 72/2025/QH15; Resolution 202/2025/QH15). */
export const CURRENT_FROM = '2025-07-01'
export const OLD_MAP_TO = '2025-06-30'
/**
 * The 2023–2025 arrangement (Resolution 35/2023/UBTVQH15 and the UBTVQH resolutions under it) took effect on
 * dates the vendored data does not give, mostly late 2024 and 01/01/2025. Documented approximation: units it
 * abolished end on 31/12/2024 and the units it created start on 01/01/2025 (db/reference/README.md).
 */
export const EARLIER_MERGERS_TO = '2024-12-31'
export const EARLIER_MERGERS_FROM = '2025-01-01'

export const LEGAL_ACT_2025 =
  'Nghị quyết 202/2025/QH15 và các nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã năm 2025'
export const LEGAL_ACT_PROVINCES_2025 = 'Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh'
export const LEGAL_ACT_2023_2025 =
  'Các nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023–2025 (ngày hiệu lực không có trong dữ liệu tham chiếu)'

export interface BuiltUnit {
  id: string
  code: string
  name: string
  shortName: string
  type: UnitType
  level: UnitLevel
  parentId: string | null
  provinceCode: string
  validFrom: string | null
  validTo: string | null
  searchKey: string
}

export interface BuiltSuccession {
  predecessorId: string
  successorId: string
  effectiveDate: string
  legalAct: string
}

export interface DataGap {
  code: string
  name: string
  districtCode: string
  reason: string
}

export interface ReferenceData {
  units: BuiltUnit[]
  successions: BuiltSuccession[]
  gaps: DataGap[]
  fixes: { code: string; name: string; how: string }[]
}

/** A stable id for a reference unit, so that reloading keeps the ids that organizations point at. */
export function referenceId(key: string): string {
  const h = createHash('sha256').update(`danvan:admin-unit:${key}`).digest('hex')
  const variant = ((parseInt(h[16] ?? '0', 16) & 3) | 8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export function fingerprintReferenceFiles(loaderVersion: string): string {
  const hash = createHash('sha256').update(loaderVersion)
  for (const file of referenceFiles) hash.update(file).update(readFileSync(referenceDir + file))
  return hash.digest('hex').slice(0, 32)
}

export type Row = Record<string, string>
export const read = (file: (typeof referenceFiles)[number]): Row[] =>
  parseCsv(readFileSync(referenceDir + file, 'utf8'))

/** A value the reference data must contain; a missing one is a broken data set, not a user error. */
export function need<T>(value: T | undefined | null, code: string): T {
  if (value === undefined || value === null) throw new Error(`Dữ liệu tham chiếu thiếu đơn vị mã ${code}`)
  return value
}
/** A CSV field (empty string when absent). */
export const f = (row: Row, column: string): string => row[column] ?? ''
