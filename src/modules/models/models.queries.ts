import { sql } from 'drizzle-orm'
import { authorize, can, covers, scopeOf, type Actor } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import { listAttachments } from '../../platform/files/index.ts'
import type { ModelListQuery } from '../../contracts/models.ts'
import { organizationLevel } from '../organizations/index.ts'
import { MODEL_ATTACHMENT } from './commands/modelAttachments.ts'
import { modelFieldLabels } from './fields.ts'
import { messages } from './messages.ts'
import {
  levelRank,
  mayRecordAt,
  modelLevels,
  recognisedStatuses,
  type ModelLevel,
} from './model-lifecycle.ts'
import { awardsOf, findModel, listModels, modelEventsOf, recognitionsOf } from './models.repo.ts'
import {
  presentAward,
  presentModel,
  presentModelEvent,
  presentModelPublic,
  presentRecognition,
} from './models.present.ts'
import { models } from './models.schema.ts'
import { foldedWords, organizationInScope } from './validation.ts'

/** Mô hình, điển hình in the actor's scope, newest registration first. */
export async function modelList(db: Database, actor: Actor, q: ModelListQuery) {
  authorize(actor, 'models.read')
  const organizationPath = q.organization
    ? (await organizationInScope(db.db, actor, q.organization, 'organization')).path
    : undefined
  const [rows, labels] = await Promise.all([
    listModels(
      db.db,
      {
        where: [scopeOf(actor, models.organizationId)],
        status: q.status,
        field: q.field,
        level: q.level,
        kind: q.kind,
        organizationPath,
        q: foldedWords(q.q),
        after: cursorKey(q.cursor, { uuid: true }),
      },
      q.limit + 1,
    ),
    modelFieldLabels(db.db),
  ])
  const page = pageOf(rows, q.limit, (r) => r.row.id)
  return {
    items: page.rows.map((r) =>
      presentModel(
        r.row,
        {
          organizationName: r.organizationName,
          unitName: r.unitName,
          fieldLabel: labels.get(r.row.fieldCode) ?? r.row.fieldCode,
        },
        actor,
      ),
    ),
    nextCursor: page.nextCursor,
  }
}

/** The levels this caller may record a recognition at, above the model's own (see `recordingLevels`). */
async function recordableLevels(db: Database, actor: Actor, currentLevel: string | null) {
  if (!can(actor, 'models.recognise')) return []
  const recorder = actor.global
    ? null
    : actor.organizationId
      ? await organizationLevel(db.db, actor.organizationId)
      : 'central'
  return modelLevels.filter(
    (l: ModelLevel) =>
      levelRank(l) > levelRank(currentLevel) && (recorder === null || mayRecordAt(recorder, l)),
  )
}

export async function modelDetail(db: Database, actor: Actor, id: string) {
  authorize(actor, 'models.read')
  const found = await findModel(db.db, id)
  if (!found || !covers(actor, found.organizationPath)) throw notFound(messages.modelNotFound)
  const [labels, recognitions, awards, events, attachments, levels] = await Promise.all([
    modelFieldLabels(db.db),
    recognitionsOf(db.db, id),
    awardsOf(db.db, id),
    modelEventsOf(db.db, id),
    listAttachments(db.db, MODEL_ATTACHMENT, id),
    recordableLevels(db, actor, found.row.currentLevel),
  ])
  return {
    ...presentModel(
      found.row,
      {
        organizationName: found.organizationName,
        unitName: found.unitName,
        fieldLabel: labels.get(found.row.fieldCode) ?? found.row.fieldCode,
      },
      actor,
    ),
    recognitions: recognitions.map(presentRecognition),
    awards: awards.map(presentAward),
    history: events.map(presentModelEvent),
    attachments,
    recordableLevels: levels,
  }
}

const recognisedList = sql.join(
  recognisedStatuses.map((s) => sql`${s}`),
  sql`, `,
)
const recognisedOnly = sql`${models.status} in (${recognisedList})`

const collator = new Intl.Collator('vi')

export interface PublicModelQuery {
  q?: string
  field?: string
  level?: string
  province?: string
  cursor?: string
  limit: number
}

/**
 * Thư viện mô hình — the public gallery: recognised models only (recognised, awarded, replicated), the
 * model's public fields and, for an exemplar, the person's name (public once recognised). No scope: public.
 */
export async function publicModelList(db: Database, q: PublicModelQuery) {
  const [rows, labels] = await Promise.all([
    listModels(
      db.db,
      {
        where: [recognisedOnly],
        field: q.field,
        level: q.level,
        provinceCode: q.province,
        q: foldedWords(q.q),
        after: cursorKey(q.cursor, { uuid: true }),
      },
      q.limit + 1,
    ),
    modelFieldLabels(db.db),
  ])
  const page = pageOf(rows, q.limit, (r) => r.row.id)
  return {
    items: page.rows.map((r) =>
      presentModelPublic(r.row, {
        organizationName: r.organizationName,
        unitName: r.unitName,
        fieldLabel: labels.get(r.row.fieldCode) ?? r.row.fieldCode,
      }),
    ),
    nextCursor: page.nextCursor,
  }
}

export type PublicModel = Awaited<ReturnType<typeof publicModelList>>['items'][number]

/** One recognised model with its recognitions and awards; anything else is not found. */
export async function publicModel(db: Database, id: string) {
  const found = await findModel(db.db, id)
  if (!found || !(recognisedStatuses as readonly string[]).includes(found.row.status))
    throw notFound(messages.modelNotFound)
  const [labels, recognitions, awards] = await Promise.all([
    modelFieldLabels(db.db),
    recognitionsOf(db.db, id),
    awardsOf(db.db, id),
  ])
  return {
    ...presentModelPublic(found.row, {
      organizationName: found.organizationName,
      unitName: found.unitName,
      fieldLabel: labels.get(found.row.fieldCode) ?? found.row.fieldCode,
    }),
    recognitions: recognitions.map(presentRecognition),
    awards: awards.map(presentAward),
  }
}

export type PublicModelDetail = Awaited<ReturnType<typeof publicModel>>

/** The gallery's filters: fields and provinces that have recognised models. */
export async function publicModelFilters(db: Database) {
  const rows = (await db.db.execute(sql`
    select 'field' as kind, f.code, f.label from model_fields f
      where exists (select 1 from models m where m.field_code = f.code and m.status in (${recognisedList}))
    union all
    select 'province', p.code, p.name from admin_units p
      where p.level = 'province' and (p.valid_to is null or p.valid_to >= current_date)
        and exists (select 1 from models m where m.province_code = p.code and m.status in (${recognisedList}))
`)) as unknown as { rows: { kind: string; code: string; label: string }[] }
  rows.rows.sort((a, b) => collator.compare(a.label, b.label))
  return {
    fields: rows.rows.filter((r) => r.kind === 'field').map((r) => ({ code: r.code, label: r.label })),
    provinces: rows.rows.filter((r) => r.kind === 'province').map((r) => ({ code: r.code, label: r.label })),
  }
}
