import { eq } from 'drizzle-orm'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import type { Executor } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { validationFailed } from '../../../platform/errors.ts'
import type { CommitmentInput } from '../../../contracts/activities.ts'
import { addWorkingDays, calendarFor } from '../../calendar/index.ts'
import { organizations } from '../../organizations/index.ts'
import { dueDate } from '../../rules/index.ts'
import { users } from '../../users/index.ts'
import {
  insertCommitment,
  insertCommitmentEvent,
  type ActivityRow,
  type CommitmentRow,
} from '../activities.repo.ts'
import { kinds, type ActivityKind } from '../kinds.ts'
import { kindLabels, messages } from '../messages.ts'

/**
 * The due date of a commitment: the date chosen, or N working days chosen, or the rule book's period for
 * the kind (working days for a dialogue commitment; the supervised body's answer for a recommendation,
 * legal-facts §8), counted from the day it was made on the province's working-day calendar.
 */
export async function commitmentDue(
  tx: Executor,
  ruleKey: string,
  committedOn: string,
  province: string | null,
  input: { dueDate?: string; workingDays?: number },
  path = '',
): Promise<{ due: string; ruleKey: string | null }> {
  if (input.dueDate) {
    if (input.dueDate < committedOn)
      throw validationFailed([{ path: `${path}dueDate`, message: messages.dueBeforeCommitted }])
    return { due: input.dueDate, ruleKey: null }
  }
  if (input.workingDays) {
    const calendar = await calendarFor(tx, province)
    return { due: addWorkingDays(committedOn, input.workingDays, calendar).due, ruleKey: null }
  }
  const due = await dueDate(tx, ruleKey, committedOn, { province })
  return { due: due.due, ruleKey: due.ruleKey }
}

/** One commitment or recommendation of an activity, inside the caller's transaction. */
export async function addCommitment(
  tx: Executor,
  ctx: Context,
  activity: ActivityRow,
  input: CommitmentInput,
  path = '',
): Promise<CommitmentRow> {
  const followUp = kinds[activity.kind as ActivityKind].followUp
  if (!followUp)
    throw validationFailed([
      { path: `${path}activityId`, message: messages.noFollowUp(kindLabels[activity.kind as ActivityKind]) },
    ])
  let ownerName = input.ownerName
  if (input.ownerOrganizationId) {
    const [owner] = await tx
      .select({ name: organizations.name, status: organizations.status })
      .from(organizations)
      .where(eq(organizations.id, input.ownerOrganizationId))
    if (!owner || owner.status !== 'active')
      throw validationFailed([{ path: `${path}ownerOrganizationId`, message: messages.ownerNotFound }])
    ownerName ??= owner.name
  }
  if (input.ownerUserId) {
    const [owner] = await tx
      .select({ fullName: users.fullName, status: users.status })
      .from(users)
      .where(eq(users.id, input.ownerUserId))
    if (!owner || owner.status !== 'active')
      throw validationFailed([{ path: `${path}ownerUserId`, message: messages.ownerUserNotFound }])
    ownerName ??= owner.fullName
  }
  if (!ownerName) throw validationFailed([{ path: `${path}ownerName`, message: messages.ownerRequired }])
  const committedOn = input.committedOn ?? activity.endsOn ?? activity.startsOn
  const due = await commitmentDue(tx, followUp.ruleKey, committedOn, activity.provinceCode, input, path)
  const row = await insertCommitment(tx, {
    id: newId(),
    activityId: activity.id,
    organizationId: activity.organizationId,
    provinceCode: activity.provinceCode,
    kind: followUp.kind,
    question: input.question,
    content: input.content,
    ownerOrganizationId: input.ownerOrganizationId ?? null,
    ownerUserId: input.ownerUserId ?? null,
    ownerName,
    committedOn,
    dueDate: due.due,
    dueRuleKey: due.ruleKey,
    status: 'open',
    createdBy: ctx.actor.userId,
  })
  await insertCommitmentEvent(tx, {
    id: newId(),
    commitmentId: row.id,
    provinceCode: row.provinceCode,
    action: 'create',
    fromStatus: null,
    toStatus: 'open',
    actorId: ctx.actor.userId,
    actorName: ctx.actor.fullName,
    stepDate: committedOn,
    body: { ownerName, dueRuleKey: due.ruleKey },
    dueDate: due.due,
  })
  await recordAudit(tx, {
    actor: auditActor(ctx),
    action: 'commitment.create',
    entityType: 'commitment',
    entityId: row.id,
    organizationId: row.organizationId,
    provinceCode: row.provinceCode,
    summary: { activityId: activity.id, kind: row.kind, ownerName, due: row.dueDate, rule: due.ruleKey },
    requestId: ctx.requestId,
  })
  return row
}
