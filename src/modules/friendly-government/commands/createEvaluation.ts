import { covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { conflict, validationFailed } from '../../../platform/errors.ts'
import type { EvaluationBody } from '../../../contracts/friendly-government.ts'
import { findOrganization } from '../../organizations/index.ts'
import { evaluationDate } from '../criteria.ts'
import {
  criteriaSetInForce,
  findEvaluationOf,
  insertEvaluation,
  insertEvent,
  insertScoreRows,
  scoresOf,
  updateEvaluationRow,
  type EvaluationRow,
} from '../friendly.repo.ts'
import { assertAssessor } from '../policy.ts'
import { messages } from '../messages.ts'
import { applySelfScores, selfTotalOf } from '../scoring.ts'

/**
 * Opens the self-assessment of one organization for one year (draft), against the criteria set in force
 * on 31/12 of that year for its province (else the default set), with one score row per criterion and
 * whatever scores came with it — one transaction.
 */
export async function createEvaluation(ctx: Context, body: EvaluationBody): Promise<EvaluationRow> {
  return ctx.db.transaction(async (tx) => {
    const organizationId = body.organizationId ?? ctx.actor.organizationId
    const organization = organizationId ? await findOrganization(tx, organizationId) : undefined
    if (!organization || !covers(ctx.actor, organization.path))
      throw validationFailed([{ path: 'organizationId', message: messages.organizationNotFound }])
    assertAssessor(ctx.actor, organization.path)
    if (await findEvaluationOf(tx, organization.id, body.year))
      throw conflict(messages.duplicate(body.year), [
        { path: 'year', message: messages.duplicate(body.year) },
      ])
    const set = await criteriaSetInForce(tx, organization.provinceCode, evaluationDate(body.year))
    if (!set)
      throw validationFailed([
        { path: 'year', message: messages.noSetInForce(body.year, organization.provinceCode) },
      ])
    const row = await insertEvaluation(tx, {
      id: newId(),
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      year: body.year,
      criteriaSetId: set.id,
      status: 'draft',
      selfSummary: body.selfSummary ?? null,
      createdBy: ctx.actor.userId,
    })
    await insertScoreRows(
      tx,
      set.criteria.map((c) => ({
        id: newId(),
        evaluationId: row.id,
        provinceCode: row.provinceCode,
        criterionCode: c.code,
      })),
    )
    const scores = await applySelfScores(tx, set.criteria, await scoresOf(tx, row.id), body.scores)
    const saved =
      (await updateEvaluationRow(tx, row.id, row.version, { selfTotal: selfTotalOf(scores) })) ?? row
    await insertEvent(tx, {
      id: newId(),
      evaluationId: row.id,
      provinceCode: row.provinceCode,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'friendly_evaluation.create',
      entityType: 'friendly_evaluation',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: {
        year: row.year,
        criteriaSet: `${set.code}@${set.effectiveFrom}`,
        selfTotal: saved.selfTotal,
      },
      requestId: ctx.requestId,
    })
    return saved
  })
}
