import { authorize, covers, type Actor } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import type { Executor } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, conflict, notFound, validationFailed, type FieldError } from '../../../platform/errors.ts'
import { modelActionBody, type ModelActionBody } from '../../../contracts/models.ts'
import { todayInVietnam } from '../../admin-units/index.ts'
import { organizationLevel } from '../../organizations/index.ts'
import {
  DISTRICT_LEVEL_ENDED,
  allowedModelActions,
  findModelTransition,
  levelRank,
  mayRecordAt,
  nextStatus,
  type ModelLevel,
  type ModelStatus,
} from '../model-lifecycle.ts'
import { messages, modelLevelLabels, modelStatusLabels } from '../messages.ts'
import {
  findModel,
  insertAward,
  insertModelEvent,
  insertRecognition,
  recognitionsOf,
  updateModelRow,
  type ModelRow,
  type NewModel,
} from '../models.repo.ts'
import { fieldErrorsOf } from '../validation.ts'

/**
 * A recognition must be dated (not in the future, not before the last one), at a level that exists on that
 * date (district only before 01/07/2025), strictly higher than the level the model already holds, and
 * recorded by an organization at that level (`recordingLevels`).
 */
async function checkRecognition(
  ex: Executor,
  actor: Actor,
  row: ModelRow,
  body: ModelActionBody,
): Promise<void> {
  const level = body.level as ModelLevel
  const decidedOn = body.decidedOn as string
  const errors: FieldError[] = []
  if (decidedOn > todayInVietnam()) errors.push({ path: 'decidedOn', message: messages.inFuture })
  if (level === 'district' && decidedOn >= DISTRICT_LEVEL_ENDED)
    errors.push({ path: 'level', message: messages.districtAbolished })
  if (row.currentLevel && levelRank(level) <= levelRank(row.currentLevel))
    errors.push({
      path: 'level',
      message: messages.notHigher(modelLevelLabels[row.currentLevel as ModelLevel]),
    })
  const last = (await recognitionsOf(ex, row.id)).at(-1)
  if (last && decidedOn < last.decidedOn)
    errors.push({ path: 'decidedOn', message: messages.beforePrevious(last.decidedOn) })
  if (!actor.global) {
    const recorder = actor.organizationId ? await organizationLevel(ex, actor.organizationId) : 'central'
    if (!mayRecordAt(recorder, level))
      errors.push({
        path: 'level',
        message: messages.levelNotRecorder(level, recorder),
      })
  }
  if (errors.length) throw validationFailed(errors)
}

async function checkAward(ex: Executor, row: ModelRow, body: ModelActionBody): Promise<void> {
  const awardedOn = body.awardedOn as string
  const errors: FieldError[] = []
  if (awardedOn > todayInVietnam()) errors.push({ path: 'awardedOn', message: messages.inFuture })
  const first = (await recognitionsOf(ex, row.id))[0]
  if (first && awardedOn < first.decidedOn)
    errors.push({ path: 'awardedOn', message: messages.awardBeforeRecognition(first.decidedOn) })
  if (errors.length) throw validationFailed(errors)
}

/**
 * One step of a model's lifecycle. Order of checks: scope (404), the transition (INVALID_TRANSITION with
 * `allowed`), permission, body, version; then the row, the recognition or award, the event and the audit
 * entry in one transaction.
 */
export async function modelAction(
  ctx: Context,
  id: string,
  action: string,
  rawBody: unknown,
): Promise<ModelRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findModel(tx, id, true)
    if (!found || !ctx.actor.permissions.has('models.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.modelNotFound)
    const { row } = found
    const transition = findModelTransition(row.status, action)
    if (!transition)
      throw new AppError(
        'INVALID_TRANSITION',
        messages.invalidTransition(modelStatusLabels[row.status as ModelStatus] ?? row.status, action),
        [],
        { allowed: allowedModelActions(row.status) },
      )
    authorize(ctx.actor, transition.permission, { organizationPath: found.organizationPath })
    const parsed = modelActionBody.safeParse(rawBody ?? {})
    if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error))
    const body = parsed.data
    const missing = transition.required.filter((f) => body[f as keyof ModelActionBody] === undefined)
    if (missing.length)
      throw validationFailed(
        missing.map((f) => ({ path: f, message: messages.required[f] ?? `Hãy nhập ${f}.` })),
      )
    if (body.expectedVersion !== undefined && body.expectedVersion !== row.version)
      throw conflict(messages.stale)

    const patch: Partial<NewModel> = { status: nextStatus(transition, row.status as ModelStatus) }
    if (action === 'recognise') {
      await checkRecognition(tx, ctx.actor, row, body)
      await insertRecognition(tx, {
        id: newId(),
        modelId: row.id,
        provinceCode: row.provinceCode,
        level: body.level as string,
        decidingBody: body.decidingBody as string,
        decisionNumber: body.decisionNumber as string,
        decidedOn: body.decidedOn as string,
        createdBy: ctx.actor.userId,
      })
      Object.assign(patch, { currentLevel: body.level, recognisedOn: body.decidedOn })
    } else if (action === 'award') {
      await checkAward(tx, row, body)
      await insertAward(tx, {
        id: newId(),
        modelId: row.id,
        provinceCode: row.provinceCode,
        form: body.form as string,
        awardedBy: body.awardedBy as string,
        decisionNumber: body.decisionNumber as string,
        awardedOn: body.awardedOn as string,
        createdBy: ctx.actor.userId,
      })
    }
    const after = await updateModelRow(tx, row.id, row.version, patch)
    if (!after) throw conflict(messages.stale)
    const { expectedVersion: _v, ...recorded } = body
    await insertModelEvent(tx, {
      id: newId(),
      modelId: row.id,
      provinceCode: row.provinceCode,
      action,
      fromStatus: row.status,
      toStatus: after.status,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
      body: recorded,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: `model.${action}`,
      entityType: 'model',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: {
        from: row.status,
        to: after.status,
        level: after.currentLevel,
        version: after.version,
        ...recorded,
      },
      requestId: ctx.requestId,
    })
    return after
  })
}
