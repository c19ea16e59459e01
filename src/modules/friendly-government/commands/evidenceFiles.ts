import { covers } from '../../../platform/access/actor.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { notFound, validationFailed } from '../../../platform/errors.ts'
import {
  storeAttachmentsAudited,
  type AttachmentAccessCheck,
  type AttachmentView,
  type UploadedFile,
} from '../../../platform/files/index.ts'
import { findEvaluation, findScore, scoresOf } from '../friendly.repo.ts'
import { findEditableEvaluation } from './editableEvaluation.ts'
import { messages } from '../messages.ts'

/** Files of evidence are owned by the score row of their criterion. */
export const EVIDENCE_ATTACHMENT = 'friendly_evidence'

/** Adds evidence files to one criterion of an evaluation the unit is still filling in — one transaction. */
export async function addEvidenceFiles(
  ctx: Context,
  evaluationId: string,
  criterion: string,
  files: UploadedFile[],
): Promise<AttachmentView[]> {
  if (files.length === 0) throw validationFailed([{ path: 'attachments', message: messages.noFiles }])
  return ctx.db.transaction(async (tx) => {
    const { row } = await findEditableEvaluation(ctx, tx, evaluationId)
    const score = (await scoresOf(tx, row.id)).find((s) => s.criterionCode === criterion)
    if (!score) throw validationFailed([{ path: 'criterion', message: messages.unknownCriterion(criterion) }])
    return storeAttachmentsAudited(tx, {
      ownerType: EVIDENCE_ATTACHMENT,
      ownerId: score.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      files,
      audit: {
        actor: auditActor(ctx),
        requestId: ctx.requestId,
        action: 'friendly_evaluation.evidence_added',
        entityType: 'friendly_evaluation',
        entityId: row.id,
        summary: { criterion },
        fileFields: ['id', 'fileName', 'sha256'],
      },
    })
  })
}

/** Who may open a file of evidence: a reader of evaluations whose scope covers the evaluated unit. */
export const checkEvidenceAccess: AttachmentAccessCheck = async (ctx, attachment) => {
  const score = await findScore(ctx.db.db, attachment.ownerId)
  const found = score ? await findEvaluation(ctx.db.db, score.evaluationId) : null
  if (!found || !ctx.actor.permissions.has('friendly.read') || !covers(ctx.actor, found.organizationPath))
    throw notFound(messages.evaluationNotFound)
}
