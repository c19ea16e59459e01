import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import type { Executor } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { notFound } from '../../../platform/errors.ts'
import type { CreateOverride } from '../../../contracts/calendar.ts'
import { authorizeOverride } from '../calendar.policy.ts'
import { type OverrideRow, findOverride, insertOverride, updateOverride } from '../calendar.repo.ts'
import { invalidateCalendars } from '../calendar-store.ts'
import type { OverrideKind } from '../holidays.ts'
import { presentOverride } from '../calendar.present.ts'
import { type CalendarChange, recomputeDeadlines } from '../recompute.ts'

/**
 * One override change: write it, audit it, and let the deadline modules recompute, all in one transaction;
 * the cached calendars are dropped once it commits.
 */
async function change(
  ctx: Context,
  action: CalendarChange['action'],
  write: (tx: Executor) => Promise<{ before: OverrideRow | null; after: OverrideRow }>,
): Promise<OverrideRow> {
  const row = await ctx.db.transaction(async (tx) => {
    const { before, after } = await write(tx)
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: `calendar_override.${action}`,
      entityType: 'calendar_override',
      entityId: after.id,
      organizationId: ctx.actor.organizationId,
      provinceCode: after.provinceCode,
      summary: {
        ...(before ? { before: presentOverride(before) } : {}),
        after: presentOverride(after),
      },
      requestId: ctx.requestId,
    })
    await recomputeDeadlines(tx, ctx.actor, ctx.requestId, {
      action,
      overrideId: after.id,
      kind: after.kind as OverrideKind,
      province: after.provinceCode,
      affectedFrom: after.date,
      affectedTo: after.recurring ? null : after.date,
    })
    return after
  })
  invalidateCalendars(ctx.db)
  return row
}

async function existing(tx: Executor, ctx: Context, id: string): Promise<OverrideRow> {
  const row = await findOverride(tx, id)
  if (!row) throw notFound('Không tìm thấy ngày điều chỉnh lịch.')
  authorizeOverride(ctx.actor, row.provinceCode)
  return row
}

/** Adds an announced extra day off, cancelled day off or swapped working day. */
export function addOverride(ctx: Context, input: CreateOverride): Promise<OverrideRow> {
  const province = input.province ?? null
  authorizeOverride(ctx.actor, province)
  return change(ctx, 'added', async (tx) => ({
    before: null,
    after: await insertOverride(tx, {
      id: newId(),
      date: input.date,
      kind: input.kind,
      name: input.name,
      legalAct: input.legalAct,
      provinceCode: province,
      createdBy: ctx.actor.userId,
    }),
  }))
}

/** Switches an override on or off (e.g. the shipped Vietnam Culture Day, once it is adopted). */
export function setOverrideActive(ctx: Context, id: string, active: boolean): Promise<OverrideRow> {
  return change(ctx, active ? 'activated' : 'deactivated', async (tx) => {
    const before = await existing(tx, ctx, id)
    return { before, after: await updateOverride(tx, id, { active }) }
  })
}

/** Removes an override: it stops applying at once; the row stays for the audit trail. */
export function removeOverride(ctx: Context, id: string): Promise<OverrideRow> {
  return change(ctx, 'removed', async (tx) => {
    const before = await existing(tx, ctx, id)
    return {
      before,
      after: await updateOverride(tx, id, { removedAt: new Date(), removedBy: ctx.actor.userId }),
    }
  })
}
