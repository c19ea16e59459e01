import { and, eq, isNotNull, sql } from 'drizzle-orm'
import type { z } from 'zod'
import { newestFirst, type Database } from '../../platform/db/database.ts'
import { notFound, validationFailed } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import type { publicCaseView } from '../../contracts/cases.ts'
import { vietnamDateOf } from '../calendar/index.ts'
import { organizations } from '../organizations/index.ts'
import { eventsOf, findCaseByTrackingCode } from './cases.repo.ts'
import { cases } from './cases.schema.ts'
import { eventLabels } from './cases.present.ts'
import { actionLabels, stateLabels } from './lifecycles/index.ts'
import { kindLabels, messages } from './messages.ts'
import { noticesOf } from './notices.ts'
import { normalizeTrackingCode } from './tracking-code.ts'

/** Steps a citizen may see: what happened and when — never who, never the notes. */
const PUBLIC_EVENTS = new Set(['intake', ...Object.keys(actionLabels)])

export type PublicCaseView = z.infer<typeof publicCaseView>

/** What anyone holding the tracking code may see: kind, status, steps with dates, the answer. */
export async function publicCaseOf(db: Database, trackingCode: string): Promise<PublicCaseView> {
  const code = normalizeTrackingCode(trackingCode)
  const found = code ? await findCaseByTrackingCode(db.db, code) : null
  if (!found) throw notFound(messages.trackingNotFound)
  const { row } = found
  const events = await eventsOf(db.db, row.id)
  const answerable = row.kind === 'petition' || row.kind === 'feedback'
  return {
    trackingCode: row.trackingCode,
    kind: row.kind,
    kindLabel: kindLabels[row.kind] ?? row.kind,
    status: row.status,
    statusLabel: stateLabels[row.status] ?? row.status,
    organizationName: found.organizationName,
    receivedOn: row.receivedOn,
    dueDate: row.dueDate,
    steps: events
      .filter((e) => PUBLIC_EVENTS.has(e.action))
      .map((e) => ({
        label: actionLabels[e.action] ?? eventLabels[e.action] ?? e.action,
        date: e.stepDate,
      })),
    answer: answerable ? row.publicAnswer : null,
    answeredOn: answerable && row.answeredAt ? vietnamDateOf(row.answeredAt) : null,
    rated: row.rating !== null,
    notices: (await noticesOf(db.db, row.id)).map((n) => ({
      date: vietnamDateOf(n.createdAt),
      subject: n.subject,
      body: n.body,
    })),
  }
}

/** No tracking code: whoever holds one may rate the answer. */
export interface PublishedAnswer {
  kindLabel: string
  organizationName: string
  summary: string
  answer: string
  answeredOn: string
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Answers whose citizen agreed to publication, newest first, optionally matching `q` in the summary or the
 * answer without regard to diacritics (vn_fold). Never the citizen's name or the letter's content.
 */
export async function listPublishedAnswers(
  db: Database,
  query: { q?: string; organizationId?: string; cursor?: string; limit: number },
): Promise<{ items: PublishedAnswer[]; nextCursor: string | null }> {
  const where = [eq(cases.publishConsent, true), isNotNull(cases.publicAnswer), isNotNull(cases.answeredAt)]
  where.push(sql`${cases.kind} in ('petition', 'feedback')`)
  const q = query.q?.trim()
  if (q)
    where.push(
      sql`vn_fold(${cases.summary} || ' ' || ${cases.publicAnswer}) like '%' || vn_fold(${q}) || '%'`,
    )
  if (query.organizationId) where.push(eq(cases.organizationId, query.organizationId))
  const key = cursorKey(query.cursor)
  if (key) {
    const [at, id] = key.split('|')
    const answeredAt = new Date(at ?? '')
    if (!id || !UUID.test(id) || Number.isNaN(answeredAt.getTime()))
      throw validationFailed([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ.' }])
    where.push(sql`(${cases.answeredAt}, ${cases.id}) < (${answeredAt.toISOString()}, ${id})`)
  }
  const rows = await db.db
    .select({
      id: cases.id,
      kind: cases.kind,
      summary: cases.summary,
      answer: cases.publicAnswer,
      answeredAt: cases.answeredAt,
      organizationName: organizations.name,
    })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(and(...where))
    .orderBy(newestFirst(cases.answeredAt), newestFirst(cases.id))
    .limit(query.limit + 1)
  const page = pageOf(rows, query.limit, (r) => `${r.answeredAt?.toISOString() ?? ''}|${r.id}`)
  return {
    items: page.rows.map((r) => ({
      kindLabel: kindLabels[r.kind] ?? r.kind,
      organizationName: r.organizationName,
      summary: r.summary,
      answer: r.answer ?? '',
      answeredOn: r.answeredAt ? vietnamDateOf(r.answeredAt) : '',
    })),
    nextCursor: page.nextCursor,
  }
}
