import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, conflict, notFound, validationFailed } from '../../../platform/errors.ts'
import { commitmentActionBody, type CommitmentActionBody } from '../../../contracts/activities.ts'
import { todayInVietnam } from '../../admin-units/index.ts'
import {
  findActivity,
  findCommitment,
  insertCommitmentEvent,
  updateCommitmentRow,
  type CommitmentRow,
  type NewCommitment,
} from '../activities.repo.ts'
import { allowedCommitmentActions, findTransition, requiredFields } from '../commitment-lifecycle.ts'
import { kinds, type ActivityKind } from '../kinds.ts'
import { commitmentStatusLabels, messages } from '../messages.ts'
import { commitmentDue } from './addCommitment.ts'

const requiredMessages: Record<string, string> = {
  result: 'Hãy nhập kết quả thực hiện.',
  reason: 'Hãy nhập lý do.',
  responseReference: 'Hãy nhập số, ngày văn bản trả lời của cơ quan được giám sát.',
}

/**
 * One step of a commitment (complete, extend, cancel, reopen). Order of checks: scope (404), the
 * transition (INVALID_TRANSITION with `allowed`), permission, body, version. Extending without a date
 * counts the rule book's period again from the current due date.
 */
export async function commitmentAction(
  ctx: Context,
  id: string,
  action: string,
  rawBody: unknown,
): Promise<CommitmentRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findCommitment(tx, id, true)
    if (!found || !ctx.actor.permissions.has('activities.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.commitmentNotFound)
    const { row } = found
    const transition = findTransition(row.status, action)
    if (!transition)
      throw new AppError(
        'INVALID_TRANSITION',
        messages.invalidTransition(
          commitmentStatusLabels[row.status as keyof typeof commitmentStatusLabels] ?? row.status,
          action,
        ),
        [],
        { allowed: allowedCommitmentActions(row.status) },
      )
    authorize(ctx.actor, 'commitments.manage', { organizationPath: found.organizationPath })
    const parsed = commitmentActionBody.safeParse(rawBody ?? {})
    if (!parsed.success)
      throw validationFailed(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
    const body: CommitmentActionBody = parsed.data
    const missing = requiredFields(transition, row.kind).filter((f) => !body[f as keyof CommitmentActionBody])
    if (missing.length)
      throw validationFailed(
        missing.map((f) => ({ path: f, message: requiredMessages[f] ?? `Hãy nhập ${f}.` })),
      )
    if (body.expectedVersion !== undefined && body.expectedVersion !== row.version)
      throw conflict(messages.stale)

    const stepDate = body.date ?? todayInVietnam()
    const patch: Partial<NewCommitment> = { status: transition.to }
    if (action === 'complete') {
      Object.assign(patch, {
        completedOn: stepDate,
        result: body.result,
        responseReference: body.responseReference ?? null,
        published: body.published ?? row.published,
      })
    } else if (action === 'extend') {
      const activity = await findActivity(tx, row.activityId)
      const followUp = activity ? kinds[activity.row.kind as ActivityKind].followUp : null
      if (body.newDueDate && body.newDueDate <= row.dueDate)
        throw validationFailed([{ path: 'newDueDate', message: messages.extendNotLater }])
      const due = await commitmentDue(
        tx,
        followUp?.ruleKey ?? 'activities.dialogue_commitment',
        row.dueDate,
        row.provinceCode,
        { dueDate: body.newDueDate, workingDays: body.workingDays },
      )
      Object.assign(patch, {
        dueDate: due.due,
        dueRuleKey: due.ruleKey,
        extensionCount: row.extensionCount + 1,
      })
    } else if (action === 'reopen') {
      Object.assign(patch, { completedOn: null })
    }
    const after = await updateCommitmentRow(tx, row.id, row.version, patch)
    if (!after) throw conflict(messages.stale)
    const { expectedVersion: _v, ...recorded } = body
    await insertCommitmentEvent(tx, {
      id: newId(),
      commitmentId: row.id,
      provinceCode: row.provinceCode,
      action,
      fromStatus: row.status,
      toStatus: after.status,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
      stepDate,
      body: recorded,
      dueDate: after.dueDate,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: `commitment.${action}`,
      entityType: 'commitment',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: { from: row.status, to: after.status, stepDate, due: after.dueDate, version: after.version },
      requestId: ctx.requestId,
    })
    return after
  })
}
