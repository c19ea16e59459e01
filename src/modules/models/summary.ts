import { sql } from 'drizzle-orm'
import { authorize, type Actor } from '../../platform/access/actor.ts'
import type { Database, Executor } from '../../platform/db/database.ts'
import { validationFailed } from '../../platform/errors.ts'
import type { ModelSummaryQuery } from '../../contracts/models.ts'
import { todayInVietnam } from '../admin-units/index.ts'
import { findRootOrganization } from '../organizations/index.ts'
import { modelFieldLabels } from './fields.ts'
import { awardFormLabels, levelShort, messages, modelLevelLabels } from './messages.ts'
import { modelLevels, recognisedStatuses, type ModelLevel } from './model-lifecycle.ts'
import { organizationInScope } from './validation.ts'

type ByLevel = Record<ModelLevel, number>
const zeroLevels = (): ByLevel => ({ commune: 0, district: 0, province: 0, central: 0 })

interface Row {
  set: 'year' | 'field' | 'unit'
  level: ModelLevel
  year: number | null
  fieldCode: string | null
  unitCode: string | null
  unitName: string | null
  unitValidTo: string | null
  n: number
}

const rowsOf = async <T>(ex: Executor, query: ReturnType<typeof sql>): Promise<T[]> =>
  ((await ex.execute(query)) as unknown as { rows: T[] }).rows

const statuses = sql.join(
  recognisedStatuses.map((s) => sql`${s}`),
  sql`, `,
)
const scopeOfPath = (path: string | null) => (path === null ? sql`true` : sql`o.path like ${path + '%'}`)

/**
 * Each recognised model in scope once, at the highest level it was recognised at by a decision dated in
 * [from, to], in the year of that decision — counted per (level, year), (level, field) and (level, unit as
 * recorded) by grouping sets of one scan.
 */
function countRows(ex: Executor, path: string | null, from: string, to: string) {
  return rowsOf<Row>(
    ex,
    sql`with best as (
          select distinct on (r.model_id) r.model_id, r.level, r.decided_on
          from model_recognitions r
          join models m on m.id = r.model_id
          join organizations o on o.id = m.organization_id
          where r.decided_on >= ${from} and r.decided_on <= ${to} and m.status in (${statuses})
            and ${scopeOfPath(path)}
          order by r.model_id, array_position(array['commune','district','province','central'], r.level) desc, r.decided_on desc
        )
        select case grouping(extract(year from b.decided_on), m.field_code, m.admin_unit_id)
                 when 3 then 'year' when 5 then 'field' else 'unit' end as set,
               b.level, extract(year from b.decided_on)::int as year, m.field_code as "fieldCode",
               u.code as "unitCode", u.name as "unitName", u.valid_to::text as "unitValidTo", count(*)::int as n
        from best b join models m on m.id = b.model_id left join admin_units u on u.id = m.admin_unit_id
        group by grouping sets ((b.level, extract(year from b.decided_on)), (b.level, m.field_code),
                                (b.level, m.admin_unit_id, u.code, u.name, u.valid_to))`,
  )
}

interface AwardRow {
  form: string
  n: number
  models: number
}

function awardRows(ex: Executor, path: string | null, from: string, to: string) {
  return rowsOf<AwardRow>(
    ex,
    sql`select a.form, count(*)::int as n, count(distinct a.model_id)::int as models
        from model_awards a join models m on m.id = a.model_id join organizations o on o.id = m.organization_id
        where a.awarded_on >= ${from} and a.awarded_on <= ${to} and m.status in (${statuses}) and ${scopeOfPath(path)}
        group by grouping sets ((a.form), ())`,
  )
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/')
const sum = (l: ByLevel) => modelLevels.reduce((n, k) => n + l[k], 0)

/**
 * Tổng hợp mô hình "Dân vận khéo": recognised models by their highest level (so 972 = 21 province +
 * 246 district + 705 commune), by year, field and unit; and the awards given in the period.
 */
export async function modelSummary(db: Database, actor: Actor, q: ModelSummaryQuery) {
  authorize(actor, 'models.read')
  const to = q.to ?? todayInVietnam()
  const from = q.from ?? `${Number(to.slice(0, 4)) - 4}-01-01`
  if (from > to) throw validationFailed([{ path: 'from', message: messages.fromAfterTo }])
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 20)
    throw validationFailed([{ path: 'to', message: messages.rangeTooLong }])
  let organization: { id: string; name: string; path: string | null }
  if (q.organization || (actor.organizationId && !actor.global)) {
    const found = await organizationInScope(
      db.db,
      actor,
      q.organization ?? (actor.organizationId as string),
      'organization',
    )
    organization = { id: found.id, name: found.name, path: found.path }
  } else {
    const root = await findRootOrganization(db.db)
    organization = { id: root?.id ?? '', name: root?.name ?? 'Toàn hệ thống', path: null }
  }
  const [rows, awards, labels] = await Promise.all([
    countRows(db.db, organization.path, from, to),
    awardRows(db.db, organization.path, from, to),
    modelFieldLabels(db.db),
  ])

  const byLevel = zeroLevels()
  const years = new Map<number, ByLevel>()
  const fields = new Map<string, ByLevel>()
  const units = new Map<
    string,
    { code: string | null; name: string; historical: boolean; byLevel: ByLevel }
  >()
  const today = todayInVietnam()
  for (const r of rows) {
    if (r.set === 'year' && r.year !== null) {
      byLevel[r.level] += r.n
      const y = years.get(r.year) ?? zeroLevels()
      y[r.level] += r.n
      years.set(r.year, y)
    } else if (r.set === 'field' && r.fieldCode) {
      const f = fields.get(r.fieldCode) ?? zeroLevels()
      f[r.level] += r.n
      fields.set(r.fieldCode, f)
    } else if (r.set === 'unit') {
      const key = r.unitCode ? `${r.unitCode}@${r.unitValidTo ?? ''}` : ''
      const historical = r.unitValidTo !== null && r.unitValidTo < today
      const u = units.get(key) ?? {
        code: r.unitCode,
        name: r.unitName
          ? historical
            ? `${r.unitName} (đến ${vnDate(r.unitValidTo as string)})`
            : r.unitName
          : 'Không gắn đơn vị hành chính',
        historical,
        byLevel: zeroLevels(),
      }
      u.byLevel[r.level] += r.n
      units.set(key, u)
    }
  }
  const total = sum(byLevel)
  const byYear = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, l]) => ({ year, byLevel: l, models: sum(l) }))
  const byField = [...fields.entries()]
    .map(([code, l]) => ({ key: code, label: labels.get(code) ?? code, byLevel: l, models: sum(l) }))
    .sort((a, b) => b.models - a.models || a.key.localeCompare(b.key))
  const byUnit = [...units.values()]
    .map((u) => ({
      key: u.code ?? '',
      label: u.name,
      historical: u.historical,
      byLevel: u.byLevel,
      models: sum(u.byLevel),
    }))
    .sort((a, b) => b.models - a.models || a.key.localeCompare(b.key))
  const levels = modelLevels.map((level) => ({
    key: level,
    label: modelLevelLabels[level],
    models: byLevel[level],
  }))
  const totalAwards = awards.find((a) => a.form === null)
  const parts = [...modelLevels]
    .reverse()
    .filter((l) => byLevel[l] > 0)
    .map((l) => `${levelShort[l]} ${byLevel[l]} mô hình`)
  const headline =
    `${total} mô hình "Dân vận khéo" được công nhận` +
    (parts.length ? `, trong đó: ${parts.join(', ')}` : '') +
    (totalAwards?.n
      ? `; ${totalAwards.n} lượt khen thưởng cho ${totalAwards.models} mô hình, điển hình.`
      : '.')
  return {
    from,
    to,
    groupBy: q.groupBy,
    organization: { id: organization.id, name: organization.name },
    totals: { models: total, awards: totalAwards?.n ?? 0, awardedModels: totalAwards?.models ?? 0 },
    byLevel: levels,
    byYear,
    byField,
    byUnit,
    groups: q.groupBy === 'field' ? byField : q.groupBy === 'unit' ? byUnit : levels,
    awards: awards
      .filter((a) => a.form !== null)
      .sort((a, b) => b.n - a.n || a.form.localeCompare(b.form))
      .map((a) => ({
        form: a.form,
        label: awardFormLabels[a.form as keyof typeof awardFormLabels] ?? a.form,
        count: a.n,
        models: a.models,
      })),
    headline,
    note: messages.summaryNote,
  }
}
