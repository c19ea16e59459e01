import type { OverrideView } from '../../contracts/calendar.ts'
import type { OverrideRow } from './calendar.repo.ts'

export const presentOverride = (row: OverrideRow): OverrideView => ({
  id: row.id,
  date: row.date,
  kind: row.kind as OverrideView['kind'],
  name: row.name,
  legalAct: row.legalAct,
  province: row.provinceCode,
  recurring: row.recurring,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
})
