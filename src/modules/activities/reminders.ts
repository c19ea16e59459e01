import { and, eq, inArray, lte } from 'drizzle-orm'
import type { Database } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import type { JobDefinition } from '../../platform/jobs/jobs.ts'
import { todayInVietnam } from '../admin-units/index.ts'
import { daysBetween, shiftIsoDate } from '../calendar/index.ts'
import { notifications } from '../cases/index.ts'
import { users } from '../users/index.ts'
import { activities, commitments } from './activities.schema.ts'

export const COMMITMENT_REMINDERS_JOB = 'activities.commitment-reminders'
/** A commitment due this many days ahead (or fewer) is "due soon". */
export const COMMITMENT_DUE_SOON_DAYS = 5

const vnDate = (iso: string): string => iso.split('-').reverse().join('/')
const short = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s)

/**
 * The daily reminder run over open commitments and recommendations: due-soon and overdue reminders to
 * the owner (the owner user, else the mobilization officers and leaders of the owner organization, else
 * of the activity's organization), overdue ones also to the leaders of the activity's organization.
 * In-app notifications of the shared table; idempotent through the dedupe key (commitment, due, user).
 */
export async function runCommitmentReminders(
  db: Database,
  options: { today?: string } = {},
): Promise<{ notifications: number }> {
  const today = options.today ?? todayInVietnam()
  const open = await db.db
    .select({
      id: commitments.id,
      kind: commitments.kind,
      content: commitments.content,
      due: commitments.dueDate,
      organizationId: commitments.organizationId,
      ownerOrganizationId: commitments.ownerOrganizationId,
      ownerUserId: commitments.ownerUserId,
      provinceCode: commitments.provinceCode,
      activityTitle: activities.title,
    })
    .from(commitments)
    .innerJoin(activities, eq(activities.id, commitments.activityId))
    .where(
      and(
        inArray(commitments.status, ['open', 'extended']),
        lte(commitments.dueDate, shiftIsoDate(today, COMMITMENT_DUE_SOON_DAYS)),
      ),
    )
  if (!open.length) return { notifications: 0 }
  const orgIds = [
    ...new Set(open.flatMap((c) => [c.organizationId, c.ownerOrganizationId ?? c.organizationId])),
  ]
  const staff = await db.db
    .select({ id: users.id, organizationId: users.organizationId, roles: users.roles })
    .from(users)
    .where(and(inArray(users.organizationId, orgIds), eq(users.status, 'active')))
  const withRoles = (orgId: string, roles: string[]) =>
    staff.filter((u) => u.organizationId === orgId && u.roles.some((r) => roles.includes(r))).map((u) => u.id)

  const rows: (typeof notifications.$inferInsert)[] = []
  for (const c of open) {
    const left = daysBetween(today, c.due)
    const noun = c.kind === 'recommendation' ? 'Kiến nghị' : 'Cam kết'
    let owners = c.ownerUserId ? [c.ownerUserId] : []
    if (!owners.length && c.ownerOrganizationId)
      owners = withRoles(c.ownerOrganizationId, ['mobilization_officer', 'leader'])
    if (!owners.length) owners = withRoles(c.organizationId, ['mobilization_officer', 'leader'])
    const base = { organizationId: c.organizationId, provinceCode: c.provinceCode, caseId: null }
    const what = `${noun} "${short(c.content)}" (${short(c.activityTitle)})`
    if (left >= 0) {
      for (const userId of owners)
        rows.push({
          ...base,
          id: newId(),
          userId,
          kind: 'commitment_due_soon',
          title: `${noun} sắp đến hạn ngày ${vnDate(c.due)}`,
          body: `${what} đến hạn ngày ${vnDate(c.due)}, còn ${left} ngày.`,
          dedupeKey: `commitment_due_soon:${c.id}:${c.due}:${userId}`,
        })
    } else {
      const leaders = withRoles(c.organizationId, ['leader'])
      for (const userId of new Set([...owners, ...leaders]))
        rows.push({
          ...base,
          id: newId(),
          userId,
          kind: 'commitment_overdue',
          title: `${noun} đã quá hạn ${-left} ngày`,
          body: `${what} đã quá hạn ${-left} ngày (hạn ngày ${vnDate(c.due)}). Đề nghị đôn đốc thực hiện.`,
          dedupeKey: `commitment_overdue:${c.id}:${c.due}:${userId}`,
        })
    }
  }
  let inserted = 0
  for (let i = 0; i < rows.length; i += 500) {
    const batch = await db.db
      .insert(notifications)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing({ target: notifications.dedupeKey })
      .returning({ id: notifications.id })
    inserted += batch.length
  }
  return { notifications: inserted }
}

/** Daily at 07:00 Vietnam time, with the case reminders. */
export const activityJobs = (db: Database): JobDefinition[] => [
  {
    name: COMMITMENT_REMINDERS_JOB,
    schedule: '0 7 * * *',
    handler: async (data: { today?: string }) => runCommitmentReminders(db, { today: data?.today }),
  },
]
