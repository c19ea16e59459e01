import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { conflict, notFound, validationFailed } from '../../../platform/errors.ts'
import type { ActivityPatch } from '../../../contracts/activities.ts'
import {
  bumpSummary,
  findActivity,
  replaceParticipants,
  summaryKeyOf,
  updateActivityRow,
  type ActivityRow,
  type NewActivity,
} from '../activities.repo.ts'
import type { ActivityKind, ActivityLevel } from '../kinds.ts'
import { messages } from '../messages.ts'
import { checkParticipants, organizationInScope, parseDetails, placeOf } from '../validation.ts'

/**
 * Corrects or completes an activity (after the event: counts, findings, public summary, publication).
 * The summary tables lose the old counts and gain the new ones in the same transaction.
 */
export async function updateActivity(ctx: Context, id: string, patch: ActivityPatch): Promise<ActivityRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findActivity(tx, id, true)
    if (!found || !ctx.actor.permissions.has('activities.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.activityNotFound)
    authorize(ctx.actor, 'activities.record', { organizationPath: found.organizationPath })
    const { row } = found
    if (patch.expectedVersion !== undefined && patch.expectedVersion !== row.version)
      throw conflict(messages.stale)
    const kind = row.kind as ActivityKind
    const changes: Partial<NewActivity> = {}
    if (patch.details !== undefined) changes.details = parseDetails(kind, patch.details)
    let participants: Record<string, number> | undefined
    if (patch.participants !== undefined) {
      participants = patch.participants
      changes.participantsTotal = checkParticipants(kind, participants)
    }
    const startsOn = patch.startsOn ?? row.startsOn
    const endsOn = patch.endsOn === undefined ? row.endsOn : patch.endsOn
    if (endsOn && endsOn < startsOn)
      throw validationFailed([{ path: 'endsOn', message: 'Ngày kết thúc không được trước ngày bắt đầu.' }])
    if (patch.startsOn !== undefined || patch.unitCode !== undefined || patch.level !== undefined) {
      const organization = await organizationInScope(tx, ctx.actor, row.organizationId)
      const unitCode = patch.unitCode === undefined ? row.adminUnitCode : patch.unitCode
      const { unit, level } = await placeOf(
        tx,
        { ...organization, adminUnitCode: null },
        startsOn,
        unitCode,
        patch.level ?? (patch.unitCode === undefined ? (row.level as ActivityLevel) : undefined),
      )
      Object.assign(changes, { adminUnitId: unit?.id ?? null, adminUnitCode: unit?.code ?? null, level })
    }
    if (patch.startsOn !== undefined) changes.startsOn = patch.startsOn
    if (patch.endsOn !== undefined) changes.endsOn = patch.endsOn
    if (patch.startTime !== undefined) changes.startTime = patch.startTime
    if (patch.status !== undefined) changes.status = patch.status
    if (patch.title !== undefined) changes.title = patch.title
    if (patch.place !== undefined) changes.place = patch.place
    if (patch.publicSummary !== undefined) changes.publicSummary = patch.publicSummary
    if (patch.published !== undefined) {
      changes.published = patch.published
      changes.publishedAt = patch.published ? (row.publishedAt ?? new Date()) : null
    }
    const after = await updateActivityRow(tx, row.id, row.version, changes)
    if (!after) throw conflict(messages.stale)
    if (participants) await replaceParticipants(tx, row.id, row.provinceCode, participants)
    const before = summaryKeyOf(row)
    const now = summaryKeyOf(after)
    if (before) await bumpSummary(tx, before, -1, -row.participantsTotal)
    if (now) await bumpSummary(tx, now, 1, after.participantsTotal)
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'activity.update',
      entityType: 'activity',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: { fields: Object.keys(changes), version: after.version },
      requestId: ctx.requestId,
    })
    return after
  })
}
