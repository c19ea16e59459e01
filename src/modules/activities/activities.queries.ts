import { inArray } from 'drizzle-orm'
import { authorize, covers, scopeOf, type Actor } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound, validationFailed } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import type { ActivityListQuery, CommitmentListQuery } from '../../contracts/activities.ts'
import { adminUnits, todayInVietnam } from '../admin-units/index.ts'
import { daysBetween, shiftIsoDate } from '../calendar/index.ts'
import { ruleBookOf, versionAt } from '../rules/index.ts'
import {
  commitmentEventsOf,
  commitmentsOfActivity,
  findActivity,
  findCommitment,
  listActivities,
  listCommitments,
  participantsOf,
  type ActivityRow,
} from './activities.repo.ts'
import { activities, commitments } from './activities.schema.ts'
import {
  presentActivity,
  presentActivityItem,
  presentCommitment,
  presentCommitmentEvent,
} from './activities.present.ts'
import { messages } from './messages.ts'
import { listAttachments } from '../../platform/files/index.ts'
import { ACTIVITY_ATTACHMENT } from './commands/activityAttachments.ts'
import { organizationInScope } from './validation.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ISO = /^\d{4}-\d{2}-\d{2}$/

function dateIdCursor(cursor: string | undefined): { date: string; id: string } | null {
  const key = cursorKey(cursor)
  if (!key) return null
  const [date, id] = key.split('|')
  if (!date || !id || !ISO.test(date) || !UUID.test(id))
    throw validationFailed([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ.' }])
  return { date, id }
}

/** Danh sách hoạt động in scope: newest first, or the calendar of upcoming planned ones (soonest first). */
export async function activityList(db: Database, actor: Actor, q: ActivityListQuery) {
  authorize(actor, 'activities.read')
  const organizationPath = q.organization
    ? (await organizationInScope(db.db, actor, q.organization, 'organization')).path
    : undefined
  const after = dateIdCursor(q.cursor)
  const rows = await listActivities(
    db.db,
    {
      scope: scopeOf(actor, activities.organizationId),
      kind: q.kind,
      organizationPath,
      from: q.from,
      to: q.to,
      status: q.status,
      q: q.q ? q.q.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase() : undefined,
      upcomingFrom: q.upcoming === 'true' ? todayInVietnam() : undefined,
      after: after ? { startsOn: after.date, id: after.id } : null,
    },
    q.limit + 1,
  )
  const page = pageOf(rows, q.limit, (r) => `${r.row.startsOn}|${r.row.id}`)
  return {
    items: page.rows.map((r) => presentActivityItem(r.row, r.organizationName)),
    nextCursor: page.nextCursor,
  }
}

/**
 * Legal notice periods the record can be checked against (legal-facts §8): a supervision plan sent at
 * least N days before the team works (NQLT 403/2017 Art. 7), a draft sent for social criticism at least N
 * days before submission (Law 75/2015 Art. 36). N comes from the rule book in force on the day.
 */
async function noticeChecks(db: Database, a: ActivityRow) {
  const d = a.details as Record<string, string | undefined>
  const check = async (
    ruleKey: string,
    sent: string | undefined,
    event: string | undefined,
    what: string,
  ) => {
    if (!sent || !event) return []
    const rule = versionAt(await ruleBookOf(db), ruleKey, event)
    const amount = (rule?.value as { amount?: number } | undefined)?.amount
    if (!rule || !amount) return []
    const ahead = daysBetween(sent, event)
    return [
      {
        ruleKey,
        source: rule.source,
        ok: ahead >= amount,
        message:
          ahead >= amount
            ? `${what} trước ${ahead} ngày (quy định tối thiểu ${amount} ngày).`
            : `${what} chỉ trước ${ahead} ngày, chưa đủ ${amount} ngày theo quy định.`,
      },
    ]
  }
  if (a.kind === 'supervision')
    return check('front.supervision_plan_notice', d.planSentOn, a.startsOn, 'Kế hoạch giám sát được gửi')
  if (a.kind === 'social_criticism')
    return check(
      'front.social_criticism_draft',
      d.draftReceivedOn,
      d.submissionOn,
      'Dự thảo được gửi phản biện',
    )
  return []
}

export async function activityDetail(db: Database, actor: Actor, id: string) {
  authorize(actor, 'activities.read')
  const found = await findActivity(db.db, id)
  if (!found || !covers(actor, found.organizationPath)) throw notFound(messages.activityNotFound)
  const { row } = found
  const today = todayInVietnam()
  const [participants, rows, unitRows, checks, attachments] = await Promise.all([
    participantsOf(db.db, id),
    commitmentsOfActivity(db.db, id),
    row.adminUnitId
      ? db.db
          .select()
          .from(adminUnits)
          .where(inArray(adminUnits.id, [row.adminUnitId]))
      : Promise.resolve([]),
    noticeChecks(db, row),
    listAttachments(db.db, ACTIVITY_ATTACHMENT, id),
  ])
  const u = unitRows[0]
  const unit = u
    ? {
        code: u.code,
        name: u.name,
        inForceToday: (!u.validFrom || u.validFrom <= today) && (!u.validTo || u.validTo >= today),
      }
    : null
  return {
    ...presentActivity(
      row,
      found.organizationName,
      participants,
      unit,
      rows.map((c) => presentCommitment(c, today, actor)),
    ),
    checks,
    attachments,
  }
}

/** Cam kết, kiến nghị in scope (the activity's organization or the owner organization), due first. */
export async function commitmentList(db: Database, actor: Actor, q: CommitmentListQuery) {
  authorize(actor, 'activities.read')
  const today = todayInVietnam()
  const after = dateIdCursor(q.cursor)
  const rows = await listCommitments(
    db.db,
    {
      scope: scopeOf(actor, commitments.organizationId),
      status: q.status,
      kind: q.kind,
      openDueBefore: q.overdue === 'true' ? today : undefined,
      dueBetween: q.dueWithinDays !== undefined ? [today, shiftIsoDate(today, q.dueWithinDays)] : undefined,
      owner: q.owner,
      activityId: q.activity,
      after: after ? { dueDate: after.date, id: after.id } : null,
    },
    q.limit + 1,
  )
  const page = pageOf(rows, q.limit, (r) => `${r.row.dueDate}|${r.row.id}`)
  return {
    items: page.rows.map((r) =>
      presentCommitment(r.row, today, actor, {
        title: r.activityTitle,
        kind: r.activityKind,
        startsOn: r.activityStartsOn,
      }),
    ),
    nextCursor: page.nextCursor,
  }
}

export async function commitmentDetail(db: Database, actor: Actor, id: string) {
  authorize(actor, 'activities.read')
  const found = await findCommitment(db.db, id)
  if (!found || !covers(actor, found.organizationPath)) throw notFound(messages.commitmentNotFound)
  const activity = await findActivity(db.db, found.row.activityId)
  const events = await commitmentEventsOf(db.db, id)
  return {
    ...presentCommitment(
      found.row,
      todayInVietnam(),
      actor,
      activity
        ? { title: activity.row.title, kind: activity.row.kind, startsOn: activity.row.startsOn }
        : undefined,
    ),
    history: events.map(presentCommitmentEvent),
  }
}
