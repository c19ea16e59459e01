import { and, eq, gte, isNotNull, lte, sql } from 'drizzle-orm'
import { recordAudit } from '../../platform/audit/audit.ts'
import { newId } from '../../platform/db/ids.ts'
import { addPeriod, onCalendarChange, type PeriodUnit, type RecomputeContext } from '../calendar/index.ts'
import { ruleBookOf, ruleKeyCandidates, versionAt } from '../rules/index.ts'
import { cases } from './cases.schema.ts'
import { insertEvent } from './cases.repo.ts'

/**
 * A calendar override changed (issue 5): every running case clock whose period reaches into the affected
 * days is counted again from its own start under the same rule, inside the override's transaction. The
 * case version is not bumped (nobody edited the case); the timeline and the audit trail record the change.
 */
export async function recomputeCaseDeadlines({
  tx,
  actor,
  requestId,
  change,
  calendar,
}: RecomputeContext): Promise<void> {
  const affected = await tx
    .select()
    .from(cases)
    .where(
      and(
        isNotNull(cases.dueDate),
        isNotNull(cases.clockKey),
        isNotNull(cases.clockStart),
        gte(cases.dueDate, change.affectedFrom),
        change.affectedTo ? lte(cases.clockStart, change.affectedTo) : sql`true`,
        change.province ? eq(cases.provinceCode, change.province) : sql`true`,
      ),
    )
  if (!affected.length) return
  // The same computation as dueDate(), with the rule book and calendars read once for the whole batch.
  const book = await ruleBookOf(tx)
  const calendars = new Map<string, Awaited<ReturnType<typeof calendar>>>()
  for (const row of affected) {
    if (!row.clockKey || !row.clockStart) continue
    const options = { complex: row.complexity !== 'normal', remote: row.remote }
    const ruleKey = ruleKeyCandidates(row.clockKey, options).find((k) => book.has(k))
    const period =
      ruleKey && (versionAt(book, ruleKey, row.clockStart)?.value as { amount: number; unit: PeriodUnit })
    if (!ruleKey || !period) continue
    const provinceKey = row.provinceCode ?? ''
    let cal = calendars.get(provinceKey)
    if (!cal) calendars.set(provinceKey, (cal = await calendar(row.provinceCode)))
    const due = { due: addPeriod(row.clockStart, period, cal).due, ruleKey }
    if (due.due === row.dueDate) continue
    await tx
      .update(cases)
      .set({ dueDate: due.due, dueRuleKey: due.ruleKey, updatedAt: new Date() })
      .where(eq(cases.id, row.id))
    await insertEvent(tx, {
      id: newId(),
      caseId: row.id,
      provinceCode: row.provinceCode,
      action: 'deadline_recomputed',
      fromStatus: row.status,
      toStatus: row.status,
      actorId: actor.userId,
      actorName: actor.fullName,
      stepDate: change.affectedFrom,
      body: { overrideId: change.overrideId, change: change.action, previousDue: row.dueDate },
      dueDate: due.due,
      dueRuleKey: due.ruleKey,
    })
    await recordAudit(tx, {
      actor: { id: actor.userId, name: actor.kind === 'system' ? actor.fullName : actor.username },
      action: 'case.deadline_recomputed',
      entityType: 'case',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: {
        trackingCode: row.trackingCode,
        from: row.dueDate,
        to: due.due,
        overrideId: change.overrideId,
      },
      requestId,
    })
  }
}

/** Called once at start-up by the composition root. */
export const registerCaseDeadlineRecompute = (): (() => void) =>
  onCalendarChange('cases', recomputeCaseDeadlines)
