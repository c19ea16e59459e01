import { and, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import { authorize, type Actor } from '../../platform/access/actor.ts'
import type { Database, Executor } from '../../platform/db/database.ts'
import { validationFailed } from '../../platform/errors.ts'
import type { SummaryQuery } from '../../contracts/activities.ts'
import { adminUnits, todayInVietnam, type AdminUnitRow } from '../admin-units/index.ts'
import { daysBetween } from '../calendar/index.ts'
import { findRootOrganization } from '../organizations/index.ts'
import { summaryRows, type SummaryRow } from './activities.repo.ts'
import { activityKinds, activityLevels, type ActivityKind, type ActivityLevel } from './kinds.ts'
import { kindLabels, kindNouns, levelLabels, levelShort, messages } from './messages.ts'
import { organizationInScope } from './validation.ts'

interface Counts {
  activities: number
  participants: number
}
const zero = (): Counts => ({ activities: 0, participants: 0 })
const add = (into: Counts, row: Counts) => {
  into.activities += row.activities
  into.participants += row.participants
}

interface UnitRef {
  code: string
  name: string
  level: string
  provinceCode: string
}
interface Remap {
  historical: boolean
  current: UnitRef[]
  provinces: UnitRef[]
}

/**
 * Where a recorded unit lies on today's map (currentUnitsOf follows the successions; an abolished
 * district answers with what its communes became), with the distinct current provinces holding them.
 * Kept in memory for the day: the map changes by legal act, not by the minute.
 */
const remapCache = new Map<string, Remap>()
let remapDay = ''

const refOf = (u: AdminUnitRow): UnitRef => ({
  code: u.code,
  name: u.name,
  level: u.level,
  provinceCode: u.provinceCode,
})
const inForce = (u: AdminUnitRow, day: string) =>
  (!u.validFrom || u.validFrom <= day) && (!u.validTo || u.validTo >= day)

async function remapUnits(ex: Executor, units: AdminUnitRow[], today: string): Promise<Map<string, Remap>> {
  if (remapDay !== today) {
    remapCache.clear()
    remapDay = today
  }
  const missing = units.filter((u) => !remapCache.has(u.id))
  if (missing.length) {
    // Set-based: follow the successions of every unit at once; units that reach nothing in force today
    // (an abolished district) answer with what their children became, in a second pass.
    const currentByUnit = await successorsInForce(
      ex,
      missing.map((u) => u.id),
      today,
    )
    const orphans = missing.filter((u) => !currentByUnit.get(u.id)?.length)
    if (orphans.length) {
      const children = await rowsOfSql<{ parent: string; id: string }>(
        ex,
        sql`select parent_id as parent, id from admin_units where parent_id = any(${`{${orphans.map((u) => u.id).join(',')}}`}::uuid[])`,
      )
      const viaChildren = await successorsInForce(ex, [...new Set(children.map((c) => c.id))], today)
      for (const o of orphans) {
        const found = new Map<string, AdminUnitRow>()
        for (const c of children)
          if (c.parent === o.id) for (const u of viaChildren.get(c.id) ?? []) found.set(u.id, u)
        currentByUnit.set(o.id, [...found.values()])
      }
    }
    const provinceCodes = [...new Set([...currentByUnit.values()].flat().map((u) => u.provinceCode))]
    const provinces = provinceCodes.length
      ? await ex
          .select()
          .from(adminUnits)
          .where(
            and(
              inArray(adminUnits.code, provinceCodes),
              eq(adminUnits.level, 'province'),
              or(isNull(adminUnits.validFrom), lte(adminUnits.validFrom, today)),
              or(isNull(adminUnits.validTo), gte(adminUnits.validTo, today)),
            ),
          )
      : []
    const provinceOf = new Map(provinces.map((p) => [p.code, refOf(p)]))
    for (const u of missing) {
      const current = (currentByUnit.get(u.id) ?? []).sort((a, b) => a.code.localeCompare(b.code))
      const codes = [...new Set(current.map((c) => c.provinceCode))]
      remapCache.set(u.id, {
        historical: !inForce(u, today),
        current: current.map(refOf),
        provinces: codes.map(
          (c) => provinceOf.get(c) ?? { code: c, name: c, level: 'province', provinceCode: c },
        ),
      })
    }
  }
  return new Map(units.map((u) => [u.id, remapCache.get(u.id) as Remap]))
}

/** Unit rows by id, from the day's cache; only unknown ids are read. */
const unitCache = new Map<string, AdminUnitRow>()
async function unitsById(ex: Executor, ids: string[], today: string): Promise<Map<string, AdminUnitRow>> {
  if (remapDay !== today) {
    remapCache.clear()
    unitCache.clear()
    remapDay = today
  }
  const unknown = ids.filter((id) => !unitCache.has(id))
  if (unknown.length)
    for (const u of await ex.select().from(adminUnits).where(inArray(adminUnits.id, unknown)))
      unitCache.set(u.id, u)
  return new Map(ids.flatMap((id) => (unitCache.has(id) ? [[id, unitCache.get(id) as AdminUnitRow]] : [])))
}

const rowsOfSql = async <T>(ex: Executor, query: SQL): Promise<T[]> =>
  ((await ex.execute(query)) as unknown as { rows: T[] }).rows

/** For each seed unit, the units in force `today` reached through successions (the seed itself included). */
async function successorsInForce(
  ex: Executor,
  seeds: string[],
  today: string,
): Promise<Map<string, AdminUnitRow[]>> {
  const result = new Map<string, AdminUnitRow[]>(seeds.map((id) => [id, []]))
  if (!seeds.length) return result
  const pairs = await rowsOfSql<{ seed: string; id: string }>(
    ex,
    sql`with recursive chain(seed, id) as (
          select s, s from unnest(${`{${seeds.join(',')}}`}::uuid[]) s
          union
          select c.seed, x.successor_id from admin_unit_successions x join chain c on x.predecessor_id = c.id
        )
        select chain.seed, chain.id from chain join admin_units u on u.id = chain.id
        where (u.valid_from is null or u.valid_from <= ${today}) and (u.valid_to is null or u.valid_to >= ${today})`,
  )
  const ids = [...new Set(pairs.map((p) => p.id))]
  const rows = ids.length ? await ex.select().from(adminUnits).where(inArray(adminUnits.id, ids)) : []
  const byId = new Map(rows.map((r) => [r.id, r]))
  for (const p of pairs) {
    const unit = byId.get(p.id)
    if (unit) result.get(p.seed)?.push(unit)
  }
  return result
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/')

/**
 * Tổng hợp hoạt động — counts and participant sums over a period for an organization and its subtree,
 * grouped by level, kind or unit; always with the counts by level × kind, by month, the sentences a
 * report uses, and the same counts re-mapped onto today's provinces (and units), saying so.
 */
export async function activitySummary(db: Database, actor: Actor, q: SummaryQuery) {
  authorize(actor, 'activities.read')
  const today = todayInVietnam()
  const to = q.to ?? today
  const from = q.from ?? `${to.slice(0, 4)}-01-01`
  if (from > to) throw validationFailed([{ path: 'from', message: messages.fromAfterTo }])
  if (daysBetween(from, to) > 3660) throw validationFailed([{ path: 'to', message: messages.rangeTooLong }])
  let organization: { id: string; name: string; path: string | null }
  if (q.organization) {
    const found = await organizationInScope(db.db, actor, q.organization, 'organization')
    organization = { id: found.id, name: found.name, path: found.path }
  } else if (actor.organizationId && !actor.global) {
    const found = await organizationInScope(db.db, actor, actor.organizationId, 'organization')
    organization = { id: found.id, name: found.name, path: found.path }
  } else {
    const root = await findRootOrganization(db.db)
    organization = { id: root?.id ?? '', name: root?.name ?? 'Toàn hệ thống', path: null }
  }
  const rows: SummaryRow[] = await summaryRows(db.db, organization.path, from, to)

  const totals = zero()
  const byLevel = new Map<string, Counts>()
  const byKind = new Map<string, Counts & { byLevel: Record<string, number> }>()
  const byMonth = new Map<string, Counts>()
  const byUnit = new Map<string | null, Counts>()
  for (const r of rows) {
    if (r.set === 'kind_level' && r.kind && r.level) {
      add(totals, r)
      const level = byLevel.get(r.level) ?? zero()
      add(level, r)
      byLevel.set(r.level, level)
      const kind = byKind.get(r.kind) ?? { ...zero(), byLevel: {} }
      add(kind, r)
      kind.byLevel[r.level] = (kind.byLevel[r.level] ?? 0) + r.activities
      byKind.set(r.kind, kind)
    } else if (r.set === 'month' && r.month) {
      const month = byMonth.get(r.month) ?? zero()
      add(month, r)
      byMonth.set(r.month, month)
    } else if (r.set === 'unit') {
      const unit = byUnit.get(r.adminUnitId) ?? zero()
      add(unit, r)
      byUnit.set(r.adminUnitId, unit)
    }
  }

  const unitIds = [...byUnit.keys()].filter((id): id is string => id !== null)
  const unitById = await unitsById(db.db, unitIds, today)
  const remap = await remapUnits(db.db, [...unitById.values()], today)

  const levels = activityLevels
    .filter((l) => byLevel.has(l))
    .map((l) => ({ level: l, label: levelLabels[l], ...(byLevel.get(l) as Counts) }))
  const kindItems = activityKinds
    .filter((k) => byKind.has(k))
    .map((k) => {
      const c = byKind.get(k) as Counts & { byLevel: Record<string, number> }
      return {
        kind: k,
        label: kindLabels[k],
        activities: c.activities,
        participants: c.participants,
        byLevel: c.byLevel,
      }
    })
  const units = [...byUnit.entries()]
    .map(([id, c]) => {
      const u = id ? unitById.get(id) : undefined
      return {
        code: u?.code ?? null,
        name: u
          ? inForce(u, today)
            ? u.name
            : `${u.name} (đến ${u.validTo ? vnDate(u.validTo) : '—'})`
          : 'Không gắn đơn vị hành chính',
        level: u?.level ?? null,
        historical: u ? !inForce(u, today) : false,
        ...c,
      }
    })
    .sort((a, b) => b.activities - a.activities || String(a.code).localeCompare(String(b.code)))

  const groups =
    q.groupBy === 'kind'
      ? kindItems.map((k) => ({
          key: k.kind,
          label: k.label,
          activities: k.activities,
          participants: k.participants,
        }))
      : q.groupBy === 'unit'
        ? units.map((u) => ({
            key: u.code ?? '',
            label: u.name,
            activities: u.activities,
            participants: u.participants,
            historical: u.historical,
          }))
        : levels.map((l) => ({
            key: l.level,
            label: l.label,
            activities: l.activities,
            participants: l.participants,
          }))

  // Re-mapped onto today's map: each recorded unit counts once toward each current province (and unit).
  const provinces = new Map<string, Counts & { name: string; fromOldMap: number }>()
  const currentUnits = new Map<string, Counts & { name: string; level: string; fromOldMap: number }>()
  const unmapped = zero()
  for (const [id, c] of byUnit) {
    const m = id ? remap.get(id) : undefined
    if (!m || m.provinces.length === 0) {
      add(unmapped, c)
      continue
    }
    for (const p of m.provinces) {
      const entry = provinces.get(p.code) ?? { ...zero(), name: p.name, fromOldMap: 0 }
      add(entry, c)
      if (m.historical) entry.fromOldMap += c.activities
      provinces.set(p.code, entry)
    }
    if (q.groupBy === 'unit')
      for (const u of m.current) {
        const entry = currentUnits.get(u.code) ?? { ...zero(), name: u.name, level: u.level, fromOldMap: 0 }
        add(entry, c)
        if (m.historical) entry.fromOldMap += c.activities
        currentUnits.set(u.code, entry)
      }
  }
  const headlines = kindItems.map((k) => {
    const parts = activityLevels
      .filter((l) => (k.byLevel[l] ?? 0) > 0)
      .map((l: ActivityLevel) => `${k.byLevel[l]} ${levelShort[l]}`)
    return `${k.activities} ${kindNouns[k.kind as ActivityKind]}${parts.length ? ` (${parts.join('; ')})` : ''}`
  })

  return {
    from,
    to,
    groupBy: q.groupBy,
    organization: { id: organization.id, name: organization.name },
    asRecorded: true as const,
    totals,
    groups,
    byLevel: levels,
    byKind: kindItems,
    byMonth: [...byMonth.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, c]) => ({ month, ...c })),
    headlines,
    remapped: {
      asOf: today,
      note: messages.remapNote,
      provinces: [...provinces.entries()]
        .map(([code, c]) => ({ code, ...c }))
        .sort((a, b) => a.code.localeCompare(b.code)),
      units:
        q.groupBy === 'unit'
          ? [...currentUnits.entries()]
              .map(([code, c]) => ({ code, ...c }))
              .sort((a, b) => a.code.localeCompare(b.code))
          : [],
      unmapped,
    },
  }
}
