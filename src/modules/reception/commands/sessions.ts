import { eq } from 'drizzle-orm'
import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, conflict, notFound, validationFailed } from '../../../platform/errors.ts'
import type { HoldSessionInput, SessionInput } from '../../../contracts/reception.ts'
import { findOrganization } from '../../organizations/index.ts'
import { dueDate } from '../../rules/index.ts'
import { messages } from '../messages.ts'
import { receptionPlaces, receptionSessions, receptionTasks } from '../reception.schema.ts'
import { findSession, findTask } from '../reception.repo.ts'

const REFORM = '2026-07-01'

/**
 * Xếp lịch tiếp công dân: a session of a head (periodic or ad hoc), a regular desk day, or an online
 * session — which needs the citizen notified at least 5 working days ahead (rule `reception.online_notice`,
 * NĐ 154/2026 Ch. V) and exists only from 01/07/2026.
 */
export async function scheduleSession(ctx: Context, input: SessionInput): Promise<string> {
  const organizationId = input.organizationId ?? ctx.actor.organizationId
  if (!organizationId) throw new AppError('FORBIDDEN', messages.organizationMissing)
  const organization = await findOrganization(ctx.db.db, organizationId)
  if (!organization || !covers(ctx.actor, organization.path)) {
    authorize(ctx.actor, 'reception.manage')
    throw notFound(messages.organizationUnknown)
  }
  authorize(ctx.actor, 'reception.manage', { organizationPath: organization.path })
  if (input.kind === 'online') {
    if (input.date < REFORM) throw validationFailed([{ path: 'kind', message: messages.onlineBeforeReform }])
    if (!input.online) throw validationFailed([{ path: 'online', message: messages.onlineDetailsRequired }])
    const notice = await dueDate(ctx.db, 'reception.online_notice', input.online.noticeSentOn, {
      province: organization.provinceCode,
    })
    if (notice.due > input.date)
      throw validationFailed([
        {
          path: 'online.noticeSentOn',
          message: messages.onlineNoticeLate(input.online.noticeSentOn, notice.due, notice.rule.source),
        },
      ])
  }
  return ctx.db.transaction(async (tx) => {
    let place = input.place ?? ''
    if (input.placeId) {
      const [found] = await tx.select().from(receptionPlaces).where(eq(receptionPlaces.id, input.placeId))
      if (!found || found.organizationId !== organization.id)
        throw validationFailed([{ path: 'placeId', message: messages.placeNotFound }])
      place = `${found.name}, ${found.address}`
    }
    const id = newId()
    await tx.insert(receptionSessions).values({
      id,
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      date: input.date,
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      kind: input.kind,
      hostRole: input.hostRole,
      hostName: input.hostName,
      hostTitle: input.hostTitle,
      placeId: input.placeId ?? null,
      place,
      onlineLink: input.online?.link ?? null,
      noticeSentOn: input.online?.noticeSentOn ?? null,
      createdBy: ctx.actor.userId,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'reception.session_scheduled',
      entityType: 'reception_session',
      entityId: id,
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      summary: { date: input.date, kind: input.kind, hostRole: input.hostRole, hostName: input.hostName },
      requestId: ctx.requestId,
    })
    return id
  })
}

async function scopedSession(ctx: Context, id: string) {
  authorize(ctx.actor, 'reception.manage')
  const found = await findSession(ctx.db.db, id)
  if (!found || !covers(ctx.actor, found.organizationPath)) throw notFound(messages.sessionNotFound)
  return found.row
}

/**
 * Kết thúc buổi tiếp của người đứng đầu: who attended (other agencies, police for order), the conclusion
 * notice (thông báo kết luận, NĐ 154/2026 Art. 25) and its directions as tracked tasks.
 */
export async function holdSession(ctx: Context, id: string, input: HoldSessionInput): Promise<void> {
  const session = await scopedSession(ctx, id)
  if (session.status !== 'planned') throw conflict(messages.sessionClosed)
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(receptionSessions)
      .set({
        status: 'held',
        attendees: input.attendees,
        recordingRef: input.recordingRef ?? session.recordingRef,
        conclusionNumber: input.conclusionNumber,
        conclusionDate: input.conclusionDate,
        conclusion: input.conclusion,
        updatedAt: new Date(),
      })
      .where(eq(receptionSessions.id, id))
    if (input.tasks.length)
      await tx.insert(receptionTasks).values(
        input.tasks.map((t) => ({
          id: newId(),
          sessionId: id,
          organizationId: session.organizationId,
          provinceCode: session.provinceCode,
          direction: t.direction,
          owner: t.owner,
          dueDate: t.dueDate,
        })),
      )
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'reception.session_held',
      entityType: 'reception_session',
      entityId: id,
      organizationId: session.organizationId,
      provinceCode: session.provinceCode,
      summary: { conclusionNumber: input.conclusionNumber, tasks: input.tasks.length },
      requestId: ctx.requestId,
    })
  })
}

export async function cancelSession(ctx: Context, id: string): Promise<void> {
  const session = await scopedSession(ctx, id)
  if (session.status !== 'planned') throw conflict(messages.sessionClosed)
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(receptionSessions)
      .set({ status: 'cancelled', updatedAt: new Date() })
      .where(eq(receptionSessions.id, id))
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'reception.session_cancelled',
      entityType: 'reception_session',
      entityId: id,
      organizationId: session.organizationId,
      provinceCode: session.provinceCode,
      summary: { date: session.date },
      requestId: ctx.requestId,
    })
  })
}

/** Marks a direction of a conclusion notice done, with its result. */
export async function completeTask(
  ctx: Context,
  id: string,
  input: { doneOn: string; result: string },
): Promise<void> {
  authorize(ctx.actor, 'reception.manage')
  const found = await findTask(ctx.db.db, id)
  if (!found || !covers(ctx.actor, found.organizationPath)) throw notFound(messages.taskNotFound)
  if (found.row.status === 'done') throw conflict(messages.taskDone)
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(receptionTasks)
      .set({ status: 'done', doneOn: input.doneOn, result: input.result })
      .where(eq(receptionTasks.id, id))
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'reception.task_done',
      entityType: 'reception_task',
      entityId: id,
      organizationId: found.row.organizationId,
      provinceCode: found.row.provinceCode,
      summary: { doneOn: input.doneOn },
      requestId: ctx.requestId,
    })
  })
}
