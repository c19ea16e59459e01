import { covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { AppError, conflict, notFound } from '../../../platform/errors.ts'
import type { EvaluationPatch } from '../../../contracts/friendly-government.ts'
import {
  findCriteriaSet,
  findEvaluation,
  scoresOf,
  updateEvaluationRow,
  type EvaluationRow,
} from '../friendly.repo.ts'
import { allowedEvaluationActions, editableStatuses, type EvaluationStatus } from '../lifecycle.ts'
import { assertAssessor } from '../policy.ts'
import { messages, statusLabels } from '../messages.ts'
import { applySelfScores, selfTotalOf } from '../scoring.ts'

/**
 * Saves the unit's scores and evidence while the evaluation is still its own (draft or returned); once
 * submitted it is INVALID_TRANSITION, with the actions that state allows.
 */
export async function updateEvaluation(
  ctx: Context,
  id: string,
  patch: EvaluationPatch,
): Promise<EvaluationRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findEvaluation(tx, id, true)
    if (!found || !ctx.actor.permissions.has('friendly.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.evaluationNotFound)
    const { row } = found
    if (!editableStatuses.includes(row.status as EvaluationStatus))
      throw new AppError(
        'INVALID_TRANSITION',
        messages.notEditable(statusLabels[row.status as EvaluationStatus] ?? row.status),
        [],
        { allowed: allowedEvaluationActions(row.status) },
      )
    assertAssessor(ctx.actor, found.organizationPath)
    if (patch.expectedVersion !== undefined && patch.expectedVersion !== row.version)
      throw conflict(messages.stale)
    const set = await findCriteriaSet(tx, row.criteriaSetId)
    if (!set) throw notFound(messages.setNotFound)
    const scores = await applySelfScores(tx, set.criteria, await scoresOf(tx, row.id), patch.scores)
    const after = await updateEvaluationRow(tx, row.id, row.version, {
      selfTotal: selfTotalOf(scores),
      ...(patch.selfSummary !== undefined ? { selfSummary: patch.selfSummary } : {}),
    })
    if (!after) throw conflict(messages.stale)
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'friendly_evaluation.update',
      entityType: 'friendly_evaluation',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: {
        criteria: patch.scores.map((s) => s.criterion),
        selfTotal: after.selfTotal,
        version: after.version,
      },
      requestId: ctx.requestId,
    })
    return after
  })
}
