import { authorize } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { validationFailed } from '../../../platform/errors.ts'
import type { ActivityBody } from '../../../contracts/activities.ts'
import {
  bumpSummary,
  insertActivity,
  replaceParticipants,
  summaryKeyOf,
  type ActivityRow,
} from '../activities.repo.ts'
import { checkParticipants, organizationInScope, parseDetails, placeOf } from '../validation.ts'
import { addCommitment } from './addCommitment.ts'

/**
 * Records one activity with its participant counts and, for a dialogue (or a supervision), its
 * commitments (recommendations), and adds it to the summary tables — one transaction.
 */
export async function recordActivity(ctx: Context, body: ActivityBody): Promise<ActivityRow> {
  const details = parseDetails(body.kind, body.details)
  const participantsTotal = checkParticipants(body.kind, body.participants)
  if (body.endsOn && body.endsOn < body.startsOn)
    throw validationFailed([{ path: 'endsOn', message: 'Ngày kết thúc không được trước ngày bắt đầu.' }])
  return ctx.db.transaction(async (tx) => {
    const organizationId = body.organizationId ?? ctx.actor.organizationId
    if (!organizationId)
      throw validationFailed([
        { path: 'organizationId', message: 'Hãy chọn cơ quan, đơn vị tổ chức hoạt động.' },
      ])
    const organization = await organizationInScope(tx, ctx.actor, organizationId)
    authorize(ctx.actor, 'activities.record', { organizationPath: organization.path })
    const { unit, level } = await placeOf(tx, organization, body.startsOn, body.unitCode, body.level)
    const published = body.published ?? false
    const row = await insertActivity(tx, {
      id: newId(),
      kind: body.kind,
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      level,
      adminUnitId: unit?.id ?? null,
      adminUnitCode: unit?.code ?? null,
      startsOn: body.startsOn,
      endsOn: body.endsOn ?? null,
      startTime: body.startTime ?? null,
      status: body.status ?? 'held',
      title: body.title,
      place: body.place ?? null,
      details,
      participantsTotal,
      publicSummary: body.publicSummary ?? null,
      published,
      publishedAt: published ? new Date() : null,
      createdBy: ctx.actor.userId,
    })
    await replaceParticipants(tx, row.id, row.provinceCode, body.participants)
    const key = summaryKeyOf(row)
    if (key) await bumpSummary(tx, key, 1, participantsTotal)
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'activity.record',
      entityType: 'activity',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: { kind: row.kind, title: row.title, startsOn: row.startsOn, level, unit: row.adminUnitCode },
      requestId: ctx.requestId,
    })
    let index = 0
    for (const commitment of body.commitments ?? [])
      await addCommitment(tx, ctx, row, commitment, `commitments.${index++}.`)
    return row
  })
}
