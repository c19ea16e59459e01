import { covers } from '../../../platform/access/actor.ts'
import type { Context } from '../../../platform/context.ts'
import type { Executor } from '../../../platform/db/database.ts'
import { AppError, notFound } from '../../../platform/errors.ts'
import { findEvaluation } from '../friendly.repo.ts'
import { allowedEvaluationActions, editableStatuses, type EvaluationStatus } from '../lifecycle.ts'
import { assertAssessor } from '../policy.ts'
import { messages, statusLabels } from '../messages.ts'

/**
 * The evaluation, locked, when the caller may still change it: it lies in their scope (else not found),
 * it is still the unit's own — draft or returned, else INVALID_TRANSITION with the actions its state
 * allows — and the caller assesses for that very unit.
 */
export async function findEditableEvaluation(ctx: Context, tx: Executor, id: string) {
  const found = await findEvaluation(tx, id, true)
  if (!found || !ctx.actor.permissions.has('friendly.read') || !covers(ctx.actor, found.organizationPath))
    throw notFound(messages.evaluationNotFound)
  const { status } = found.row
  if (!editableStatuses.includes(status as EvaluationStatus))
    throw new AppError(
      'INVALID_TRANSITION',
      messages.notEditable(statusLabels[status as EvaluationStatus] ?? status),
      [],
      { allowed: allowedEvaluationActions(status) },
    )
  assertAssessor(ctx.actor, found.organizationPath)
  return found
}
