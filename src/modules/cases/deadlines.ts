import { and, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm'
import type { Database } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import type { JobDefinition } from '../../platform/jobs/jobs.ts'
import { shiftIsoDate } from '../calendar/index.ts'
import { users } from '../users/index.ts'
import { cases, notifications } from './cases.schema.ts'
import { vietnamToday } from './cases.present.ts'
import type { Mailer } from './mailer.ts'
import { CITIZEN_NOTICES_JOB, sendCitizenNotices } from './notices.ts'
import { kindLabels } from './messages.ts'

export const CASE_DEADLINES_JOB = 'cases.deadline-reminders'
/** A deadline this many days ahead (or fewer) is "due soon". */
export const DUE_SOON_DAYS = 3

type NewNotification = typeof notifications.$inferInsert

const vnDate = (iso: string): string => iso.split('-').reverse().join('/')

/**
 * Notification texts name the case by tracking code, kind and dates only — never a citizen, so a
 * protected denouncer cannot leak through a notification or an e-mail (Law on Denunciations Art. 47(2)).
 */
const texts = {
  dueSoon: (code: string, kind: string, due: string, left: number) => ({
    title: `Hồ sơ ${code} sắp đến hạn`,
    body: `Hồ sơ ${code} (${kindLabels[kind] ?? kind}) đến hạn ngày ${vnDate(due)}, còn ${left} ngày.`,
  }),
  overdue: (code: string, kind: string, due: string, late: number) => ({
    title: `Hồ sơ ${code} đã quá hạn`,
    body: `Hồ sơ ${code} (${kindLabels[kind] ?? kind}) đã quá hạn ${late} ngày (hạn ngày ${vnDate(due)}).`,
  }),
  escalation: (code: string, kind: string, due: string, late: number) => ({
    title: `Báo cáo lãnh đạo: hồ sơ ${code} quá hạn`,
    body: `Hồ sơ ${code} (${kindLabels[kind] ?? kind}) của đơn vị đã quá hạn ${late} ngày (hạn ngày ${vnDate(due)}). Đề nghị chỉ đạo xử lý.`,
  }),
  digest: (today: string, dueSoon: number, overdue: number) => ({
    title: `Tổng hợp thời hạn hồ sơ ngày ${vnDate(today)}`,
    body: `Đơn vị có ${overdue} hồ sơ quá hạn và ${dueSoon} hồ sơ sắp đến hạn trong ${DUE_SOON_DAYS} ngày tới.`,
  }),
}

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/**
 * The daily reminder run: due-soon reminders to the handler (the assignee, or the unit's handlers while
 * nobody is assigned), overdue reminders to them and an escalation to the unit's leaders, and one digest
 * per unit to its leaders. Idempotent (a dedupe key per recipient, case and due date), so running it twice
 * in a day, or after a crash, sends nothing twice. E-mail only when SMTP is configured.
 */
export async function runDeadlineReminders(
  db: Database,
  options: { today?: string; mailer?: Mailer | null } = {},
): Promise<{ notifications: number; emails: number }> {
  const today = options.today ?? vietnamToday()
  const soonUntil = shiftIsoDate(today, DUE_SOON_DAYS)
  const open = await db.db
    .select({
      id: cases.id,
      code: cases.trackingCode,
      kind: cases.kind,
      due: cases.dueDate,
      organizationId: cases.organizationId,
      provinceCode: cases.provinceCode,
      assigneeId: cases.assigneeId,
    })
    .from(cases)
    .where(and(isNotNull(cases.dueDate), lte(cases.dueDate, soonUntil)))
  if (!open.length) return { notifications: 0, emails: 0 }
  const orgIds = [...new Set(open.map((c) => c.organizationId))]
  const staff = await db.db
    .select({ id: users.id, organizationId: users.organizationId, roles: users.roles })
    .from(users)
    .where(and(inArray(users.organizationId, orgIds), eq(users.status, 'active')))
  const withRole = (orgId: string, role: string) =>
    staff.filter((u) => u.organizationId === orgId && u.roles.includes(role)).map((u) => u.id)

  const rows: NewNotification[] = []
  const digest = new Map<string, { dueSoon: number; overdue: number; provinceCode: string | null }>()
  for (const c of open) {
    const due = c.due ?? today
    const left = daysBetween(today, due)
    const handlers = c.assigneeId ? [c.assigneeId] : withRole(c.organizationId, 'handler')
    const counts = digest.get(c.organizationId) ?? { dueSoon: 0, overdue: 0, provinceCode: c.provinceCode }
    const base = { organizationId: c.organizationId, provinceCode: c.provinceCode, caseId: c.id }
    if (left >= 0) {
      counts.dueSoon++
      for (const userId of handlers)
        rows.push({
          ...base,
          id: newId(),
          userId,
          kind: 'due_soon',
          ...texts.dueSoon(c.code, c.kind, due, left),
          dedupeKey: `due_soon:${c.id}:${due}:${userId}`,
        })
    } else {
      counts.overdue++
      for (const userId of handlers)
        rows.push({
          ...base,
          id: newId(),
          userId,
          kind: 'overdue',
          ...texts.overdue(c.code, c.kind, due, -left),
          dedupeKey: `overdue:${c.id}:${due}:${userId}`,
        })
      for (const userId of withRole(c.organizationId, 'leader'))
        rows.push({
          ...base,
          id: newId(),
          userId,
          kind: 'escalation',
          ...texts.escalation(c.code, c.kind, due, -left),
          dedupeKey: `escalation:${c.id}:${due}:${userId}`,
        })
    }
    digest.set(c.organizationId, counts)
  }
  for (const [organizationId, counts] of digest)
    for (const userId of withRole(organizationId, 'leader'))
      rows.push({
        id: newId(),
        userId,
        organizationId,
        provinceCode: counts.provinceCode,
        caseId: null,
        kind: 'digest',
        ...texts.digest(today, counts.dueSoon, counts.overdue),
        dedupeKey: `digest:${organizationId}:${today}:${userId}`,
      })

  const inserted: { id: string; userId: string; title: string; body: string }[] = []
  for (let i = 0; i < rows.length; i += 500) {
    const batch = await db.db
      .insert(notifications)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing({ target: notifications.dedupeKey })
      .returning({
        id: notifications.id,
        userId: notifications.userId,
        title: notifications.title,
        body: notifications.body,
      })
    inserted.push(...batch)
  }
  let emails = 0
  if (options.mailer && inserted.length) {
    const addresses = await db.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(inArray(users.id, [...new Set(inserted.map((n) => n.userId))]), isNotNull(users.email)))
    const emailOf = new Map(addresses.map((a) => [a.id, a.email]))
    for (const n of inserted) {
      const to = emailOf.get(n.userId)
      if (!to) continue
      await options.mailer.send(to, n.title, n.body)
      await db.db
        .update(notifications)
        .set({ emailedAt: sql`now()` })
        .where(eq(notifications.id, n.id))
      emails++
    }
  }
  return { notifications: inserted.length, emails }
}

/** Daily at 07:00 Vietnam time, before the working day starts. */
export const caseJobs = (db: Database, mailer: Mailer | null): JobDefinition[] => [
  {
    name: CASE_DEADLINES_JOB,
    schedule: '0 7 * * *',
    handler: async (data: { today?: string }) => runDeadlineReminders(db, { today: data.today, mailer }),
  },
  // Every two minutes: the citizens' notices waiting in the outbox (only when SMTP is configured).
  ...(mailer
    ? [
        {
          name: CITIZEN_NOTICES_JOB,
          schedule: '*/2 * * * *',
          handler: async () => sendCitizenNotices(db, mailer),
        },
      ]
    : []),
]
