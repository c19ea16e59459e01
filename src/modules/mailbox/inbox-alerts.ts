import { and, eq, sql } from 'drizzle-orm'
import { rows, type Database } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import type { JobDefinition } from '../../platform/jobs/jobs.ts'
import { vietnamDateOf } from '../calendar/index.ts'
import { notifications, vietnamToday } from '../cases/index.ts'
import { dueDate } from '../rules/index.ts'
import { users } from '../users/index.ts'
import { messages } from './messages.ts'

export const INBOX_ALERT_JOB = 'mail.inbox-unattended'
const RULE = 'mail.inbox_unattended_alert'

/**
 * Hộp thư không được mở: for every organization with drafts waiting, the inbox counts as unattended when
 * nobody opened it (or, never opened, since its oldest waiting draft arrived) for the working days of the
 * rule-book row `mail.inbox_unattended_alert`; its leaders then get one alert per day (idempotent).
 */
export async function runInboxAlerts(db: Database, options: { today?: string } = {}): Promise<number> {
  const today = options.today ?? vietnamToday()
  const waiting = await rows<{
    organization_id: string
    province_code: string | null
    name: string
    drafts: number
    since: Date | string
  }>(
    db.db,
    sql`select m.organization_id, o.province_code, o.name, count(*)::int as drafts,
               coalesce(max(io.opened_at), min(m.received_at)) as since
          from inbound_mails m
          join organizations o on o.id = m.organization_id
          left join inbox_openings io on io.organization_id = m.organization_id
         where m.status = 'draft'
         group by m.organization_id, o.province_code, o.name`,
  )
  let sent = 0
  for (const org of waiting) {
    const since = vietnamDateOf(new Date(org.since))
    const due = await dueDate(db, RULE, since, { province: org.province_code })
    if (today <= due.due) continue
    const amount = due.amount
    const leaders = await db.db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.organizationId, org.organization_id),
          eq(users.status, 'active'),
          sql`'leader' = any(${users.roles})`,
        ),
      )
    if (!leaders.length) continue
    const text = messages.inboxAlert(org.name, amount, org.drafts)
    const inserted = await db.db
      .insert(notifications)
      .values(
        leaders.map((l) => ({
          id: newId(),
          userId: l.id,
          organizationId: org.organization_id,
          provinceCode: org.province_code,
          caseId: null,
          kind: 'inbox_unattended',
          ...text,
          dedupeKey: `inbox_unattended:${org.organization_id}:${today}:${l.id}`,
        })),
      )
      .onConflictDoNothing({ target: notifications.dedupeKey })
      .returning({ id: notifications.id })
    sent += inserted.length
  }
  return sent
}

/** Daily at 07:30 Vietnam time. */
export const mailJobs = (db: Database): JobDefinition[] => [
  {
    name: INBOX_ALERT_JOB,
    schedule: '30 7 * * *',
    handler: async (data: { today?: string }) => runInboxAlerts(db, { today: data.today }),
  },
]
