import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { conflict, notFound } from '../../../platform/errors.ts'
import type { EvaluationPatch } from '../../../contracts/friendly-government.ts'
import { findCriteriaSet, scoresOf, updateEvaluationRow, type EvaluationRow } from '../friendly.repo.ts'
import { findEditableEvaluation } from './editableEvaluation.ts'
import { messages } from '../messages.ts'
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
    const { row } = await findEditableEvaluation(ctx, tx, id)
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
