import { sql } from 'drizzle-orm'
import { authorize, covers, scopeOf, type Actor } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound, validationFailed } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import { listAttachments } from '../../platform/files/index.ts'
import type { EvaluationListQuery, FriendlySummaryQuery } from '../../contracts/friendly-government.ts'
import { findOrganization, findRootOrganization } from '../organizations/index.ts'
import { evaluationDate, ratings } from './criteria.ts'
import {
  criteriaSetInForce,
  eventsOf,
  findCriteriaSet,
  findEvaluation,
  listCriteriaSets,
  listEvaluations,
  scoresOf,
  summaryByProvince,
} from './friendly.repo.ts'
import { friendlyEvaluations } from './friendly.schema.ts'
import { allowedEvaluationActions, editableStatuses, type EvaluationStatus } from './lifecycle.ts'
import { messages, ratingLabels } from './messages.ts'
import { availableActions } from './policy.ts'
import { presentCriteriaSet, presentEvaluationItem, presentEvent, presentScore } from './present.ts'
import { EVIDENCE_ATTACHMENT } from './commands/evidenceFiles.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const fold = (q: string) => q.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase()

async function subtreeOf(
  db: Database,
  actor: Actor,
  organization: string | undefined,
  path = 'organization',
) {
  const id = organization ?? actor.organizationId
  const found = id ? await findOrganization(db.db, id) : await findRootOrganization(db.db)
  if (!found || !covers(actor, found.path))
    throw validationFailed([{ path, message: messages.organizationNotFound }])
  return found
}

/** Evaluations in scope, newest year first; `toReview=true`: those waiting for the caller's rating. */
export async function evaluationList(db: Database, actor: Actor, q: EvaluationListQuery) {
  authorize(actor, 'friendly.read')
  const organizationPath = q.organization ? (await subtreeOf(db, actor, q.organization)).path : undefined
  const key = cursorKey(q.cursor)
  let after: { year: number; id: string } | null = null
  if (key) {
    const [year, id] = key.split('|')
    if (!year || !id || !/^\d{4}$/.test(year) || !UUID.test(id))
      throw validationFailed([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ.' }])
    after = { year: Number(year), id }
  }
  const rows = await listEvaluations(
    db.db,
    {
      scope: scopeOf(actor, friendlyEvaluations.organizationId),
      year: q.year,
      status: q.status,
      rating: q.rating,
      organizationPath,
      reviewBelow:
        q.toReview === 'true'
          ? {
              path: actor.global ? '/' : actor.organizationPath,
              organizationId: actor.global ? null : actor.organizationId,
            }
          : undefined,
      q: q.q ? fold(q.q) : undefined,
      after,
    },
    q.limit + 1,
  )
  const page = pageOf(rows, q.limit, (r) => `${r.row.year}|${r.row.id}`)
  return {
    items: page.rows.map((r) => ({
      ...presentEvaluationItem(r.row, r.organizationName),
      availableActions: availableActions(actor, r.row.status, r.organizationPath),
    })),
    nextCursor: page.nextCursor,
  }
}

/** One evaluation: the criteria of its set with the unit's and the reviewer's scores, files and history. */
export async function evaluationDetail(db: Database, actor: Actor, id: string) {
  authorize(actor, 'friendly.read')
  const found = await findEvaluation(db.db, id)
  if (!found || !covers(actor, found.organizationPath)) throw notFound(messages.evaluationNotFound)
  const { row } = found
  const [set, scores, events] = await Promise.all([
    findCriteriaSet(db.db, row.criteriaSetId),
    scoresOf(db.db, id),
    eventsOf(db.db, id),
  ])
  if (!set) throw notFound(messages.setNotFound)
  const files = await Promise.all(scores.map((s) => listAttachments(db.db, EVIDENCE_ATTACHMENT, s.id)))
  const order = new Map(set.criteria.map((c, i) => [c.code, i]))
  const scored = scores
    .map((s, i) => ({ s, files: files[i] ?? [] }))
    .sort((a, b) => (order.get(a.s.criterionCode) ?? 0) - (order.get(b.s.criterionCode) ?? 0))
  return {
    ...presentEvaluationItem(row, found.organizationName),
    selfSummary: row.selfSummary,
    reviewComment: row.reviewComment,
    reviewerName: row.reviewerName,
    criteriaSet: presentCriteriaSet(set),
    scores: scored.map(({ s, files }) =>
      presentScore(
        s,
        set.criteria.find((c) => c.code === s.criterionCode),
        files,
      ),
    ),
    editable: editableStatuses.includes(row.status as EvaluationStatus),
    allowedActions: allowedEvaluationActions(row.status),
    availableActions: availableActions(actor, row.status, found.organizationPath),
    history: events.map(presentEvent),
  }
}

/**
 * Per province, for one year, under the caller's subtree (or an organization in it): units evaluated
 * (rated), rated good (tốt — the top rating; there is no "excellent"), the share rated good, and the
 * count of every rating; evaluations still in progress are counted apart and not in the share.
 */
export async function friendlySummary(db: Database, actor: Actor, q: FriendlySummaryQuery) {
  authorize(actor, 'friendly.read')
  const organization = await subtreeOf(db, actor, q.organization)
  const rows = await summaryByProvince(
    db.db,
    q.year,
    organization.path,
    scopeOf(actor, sql`e.organization_id`),
  )
  const share = (good: number, evaluated: number) =>
    evaluated === 0 ? null : Math.round((good / evaluated) * 1000) / 10
  const byRating = (r: { good: number; fair: number; average: number; notMet: number }) =>
    ratings.map((rating) => ({
      rating,
      label: ratingLabels[rating],
      count: rating === 'not_met' ? r.notMet : r[rating],
    }))
  const totals = rows.reduce(
    (t, r) => ({
      evaluated: t.evaluated + r.evaluated,
      good: t.good + r.good,
      fair: t.fair + r.fair,
      average: t.average + r.average,
      notMet: t.notMet + r.notMet,
      inProgress: t.inProgress + r.inProgress,
    }),
    { evaluated: 0, good: 0, fair: 0, average: 0, notMet: 0, inProgress: 0 },
  )
  return {
    year: q.year,
    organization: { id: organization.id, name: organization.name },
    goodIncludes: ['good'],
    provinces: rows.map((r) => ({
      provinceCode: r.provinceCode,
      provinceName: r.provinceName,
      evaluated: r.evaluated,
      ratedGood: r.good,
      shareGood: share(r.good, r.evaluated),
      inProgress: r.inProgress,
      byRating: byRating(r),
    })),
    totals: {
      evaluated: totals.evaluated,
      ratedGood: totals.good,
      shareGood: share(totals.good, totals.evaluated),
      inProgress: totals.inProgress,
      byRating: byRating(totals),
    },
  }
}

/** Criteria sets the caller's province sees (its own and the default); with organization+year, the one that applies. */
export async function criteriaSetList(
  db: Database,
  actor: Actor,
  q: { organization?: string; year?: number },
) {
  authorize(actor, 'friendly.read')
  if (q.organization || q.year) {
    if (!q.year) throw validationFailed([{ path: 'year', message: 'Hãy chọn năm đánh giá.' }])
    const organization = await subtreeOf(db, actor, q.organization)
    const set = await criteriaSetInForce(db.db, organization.provinceCode, evaluationDate(q.year))
    return { items: set ? [presentCriteriaSet(set)] : [], nextCursor: null }
  }
  const sets = await listCriteriaSets(db.db, actor.global ? 'all' : actor.provinceCode)
  return { items: sets.map(presentCriteriaSet), nextCursor: null }
}
