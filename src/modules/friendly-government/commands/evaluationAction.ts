import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, conflict, forbidden, notFound, validationFailed } from '../../../platform/errors.ts'
import { evaluationActionBody } from '../../../contracts/friendly-government.ts'
import { findOrganization } from '../../organizations/index.ts'
import { ratingOf } from '../criteria.ts'
import {
  evidenceFileCounts,
  findCriteriaSet,
  findEvaluation,
  insertEvent,
  scoresOf,
  updateEvaluationRow,
  updateScore,
  type EvaluationRow,
  type NewEvaluation,
} from '../friendly.repo.ts'
import { allowedEvaluationActions, findEvaluationTransition, type EvaluationStatus } from '../lifecycle.ts'
import { actionLabels, messages, statusLabels } from '../messages.ts'
import { assertAssessor, isAbove } from '../policy.ts'
import { checkScores, finalTotalOf, selfTotalOf, submissionGaps } from '../scoring.ts'

/**
 * One step of an evaluation: submit (the unit), return / rate / reopen (the level above). Order of checks:
 * scope (404), the transition (INVALID_TRANSITION with `allowed`), who may take it (403), the body, the
 * version. Rating takes the reviewer's scores where given, totals them and reads the rating from the
 * thresholds of the evaluation's own criteria set.
 */
export async function evaluationAction(
  ctx: Context,
  id: string,
  action: string,
  rawBody: unknown,
): Promise<EvaluationRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findEvaluation(tx, id, true)
    if (!found || !ctx.actor.permissions.has('friendly.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.evaluationNotFound)
    const { row } = found
    const transition = findEvaluationTransition(row.status, action)
    if (!transition)
      throw new AppError(
        'INVALID_TRANSITION',
        messages.invalidTransition(
          statusLabels[row.status as EvaluationStatus] ?? row.status,
          actionLabels[action as keyof typeof actionLabels] ?? action,
        ),
        [],
        { allowed: allowedEvaluationActions(row.status) },
      )
    if (transition.who === 'assessor') assertAssessor(ctx.actor, found.organizationPath)
    else {
      authorize(ctx.actor, 'friendly.rate', { organizationPath: found.organizationPath })
      if (!isAbove(ctx.actor, found.organizationPath)) throw forbidden(messages.reviewerNotAbove)
    }
    const parsed = evaluationActionBody.safeParse(rawBody ?? {})
    if (!parsed.success)
      throw validationFailed(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
    const body = parsed.data
    if (transition.required.includes('comment') && !body.comment)
      throw validationFailed([{ path: 'comment', message: messages.commentRequired }])
    if (body.expectedVersion !== undefined && body.expectedVersion !== row.version)
      throw conflict(messages.stale)
    const set = await findCriteriaSet(tx, row.criteriaSetId)
    if (!set) throw notFound(messages.setNotFound)
    let scores = await scoresOf(tx, row.id)
    const patch: Partial<NewEvaluation> = { status: transition.to }
    const reviewer = async () => {
      const organization = ctx.actor.organizationId
        ? await findOrganization(tx, ctx.actor.organizationId)
        : undefined
      return { reviewerOrganizationId: organization?.id ?? null, reviewerName: ctx.actor.fullName }
    }

    if (action === 'submit') {
      const gaps = submissionGaps(set.criteria, scores, await evidenceFileCounts(tx, row.id))
      if (gaps.length) throw validationFailed(gaps, 'Bản tự đánh giá chưa đủ để gửi.')
      Object.assign(patch, { submittedAt: new Date(), selfTotal: selfTotalOf(scores) })
    } else if (action === 'return') {
      Object.assign(patch, { reviewComment: body.comment, ...(await reviewer()) })
    } else if (action === 'rate') {
      const given = body.scores ?? []
      const errors = checkScores(set.criteria, given)
      if (errors.length) throw validationFailed(errors)
      for (const input of given) {
        const score = scores.find((s) => s.criterionCode === input.criterion)
        if (!score) continue
        await updateScore(tx, score.id, { reviewedScore: input.score, reviewNote: input.note ?? null })
      }
      scores = await scoresOf(tx, row.id)
      const finalTotal = finalTotalOf(scores)
      Object.assign(patch, {
        finalTotal,
        rating: ratingOf(finalTotal, set.thresholds),
        ratedAt: new Date(),
        reviewComment: body.comment,
        ...(await reviewer()),
      })
    } else if (action === 'reopen') {
      Object.assign(patch, { rating: null, finalTotal: null, ratedAt: null, reviewComment: body.comment })
    }
    const after = await updateEvaluationRow(tx, row.id, row.version, patch)
    if (!after) throw conflict(messages.stale)
    await insertEvent(tx, {
      id: newId(),
      evaluationId: row.id,
      provinceCode: row.provinceCode,
      action,
      fromStatus: row.status,
      toStatus: after.status,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
      comment: body.comment ?? null,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: `friendly_evaluation.${action}`,
      entityType: 'friendly_evaluation',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: {
        from: row.status,
        to: after.status,
        selfTotal: after.selfTotal,
        finalTotal: after.finalTotal,
        rating: after.rating,
        version: after.version,
      },
      requestId: ctx.requestId,
    })
    return after
  })
}
