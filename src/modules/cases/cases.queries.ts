import { authorize, covers, scopeOf, type Actor } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound, validationFailed } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import type { CaseListQuery, CaseView } from '../../contracts/cases.ts'
import { shiftIsoDate } from '../calendar/index.ts'
import { cases, matters } from './cases.schema.ts'
import {
  citizensOf,
  deadlineCounts,
  eventsOf,
  findCase,
  byDeadline,
  listCases,
  listOpenMatters,
  type CaseFilters,
} from './cases.repo.ts'
import { presentCase, presentEvent, presentListItem, vietnamToday } from './cases.present.ts'
import { messages } from './messages.ts'
import { caseAttachments } from './commands/caseAttachments.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function afterKey(cursor: string | undefined, deadline: boolean): CaseFilters['after'] {
  const key = cursorKey(cursor)
  if (!key) return null
  const [at, id] = key.split('|')
  const valid = deadline ? /^\d{4}-\d{2}-\d{2}$/.test(at ?? '') : !Number.isNaN(new Date(at ?? '').getTime())
  if (!at || !id || !UUID.test(id) || !valid)
    throw validationFailed([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ.' }])
  return { key: at, id }
}

/** Danh sách hồ sơ in the caller's scope, newest received first (keyset over received_at, id). */
export async function caseList(db: Database, actor: Actor, q: CaseListQuery) {
  authorize(actor, 'cases.read')
  const today = vietnamToday()
  const filters: CaseFilters = {
    scope: scopeOf(actor, cases.organizationId),
    status: q.status,
    kind: q.kind,
    field: q.field,
    organizationId: q.organization,
    assigneeId: q.mine === 'true' ? (actor.userId ?? undefined) : undefined,
    overdueBefore: q.overdue === 'true' ? today : undefined,
    dueBetween: q.dueWithinDays !== undefined ? [today, shiftIsoDate(today, q.dueWithinDays)] : undefined,
  }
  const deadline = byDeadline(filters)
  filters.after = afterKey(q.cursor, deadline)
  const rows = await listCases(db.db, filters, q.limit + 1)
  const page = pageOf(rows, q.limit, (r) =>
    deadline ? `${r.dueDate ?? ''}|${r.id}` : `${r.receivedAt.toISOString()}|${r.id}`,
  )
  return { items: page.rows.map((r) => presentListItem(r, today)), nextCursor: page.nextCursor }
}

export async function caseCounts(db: Database, actor: Actor, soonDays = 3) {
  authorize(actor, 'cases.read')
  const today = vietnamToday()
  return deadlineCounts(db.db, scopeOf(actor, cases.organizationId), today, shiftIsoDate(today, soonDays))
}

async function scopedCase(db: Database, actor: Actor, id: string) {
  authorize(actor, 'cases.read')
  const found = await findCase(db.db, id)
  if (!found || !covers(actor, found.organizationPath)) throw notFound(messages.caseNotFound)
  return found
}

export async function caseDetail(db: Database, actor: Actor, id: string): Promise<CaseView> {
  const { row } = await scopedCase(db, actor, id)
  return presentCase(row, await citizensOf(db.db, id), actor, await caseAttachments(db.db, row))
}

export async function caseTimeline(db: Database, actor: Actor, id: string) {
  await scopedCase(db, actor, id)
  const events = await eventsOf(db.db, id)
  return { items: events.map(presentEvent), nextCursor: null }
}

/** Vụ việc phức tạp, kéo dài còn mở, most repeated first (what leaders watch). */
export async function openMatters(db: Database, actor: Actor, limit: number) {
  authorize(actor, 'cases.read')
  const rows = await listOpenMatters(db.db, scopeOf(actor, matters.organizationId), limit)
  return {
    items: rows.map((m) => ({
      id: m.id,
      title: m.title,
      organizationId: m.organizationId,
      letterCount: m.letterCount,
      complex: m.complex,
      updatedAt: m.updatedAt.toISOString(),
    })),
    nextCursor: null,
  }
}
