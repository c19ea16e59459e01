import { authorize } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { conflict, forbidden, validationFailed } from '../../../platform/errors.ts'
import type { CriteriaSetBody } from '../../../contracts/friendly-government.ts'
import { shiftIsoDate } from '../../calendar/index.ts'
import { organizationLevel } from '../../organizations/index.ts'
import { checkCriteriaSet } from '../criteria.ts'
import { closeSetVersion, insertCriteriaSet, versionsOfSet, type CriteriaSetRow } from '../friendly.repo.ts'
import { messages } from '../messages.ts'

/**
 * A province's own criteria set, or a new version of it: issued by the caller's organization for the
 * caller's province (a system administrator without a province issues the default). A new version must
 * start after the latest one, which it closes the day before; earlier versions keep their evaluations.
 */
export async function defineCriteriaSet(ctx: Context, body: CriteriaSetBody): Promise<CriteriaSetRow> {
  authorize(ctx.actor, 'friendly.configure')
  const provinceCode = ctx.actor.provinceCode
  if (!provinceCode && !ctx.actor.global)
    throw validationFailed([{ path: 'code', message: messages.provinceRequired }])
  const errors = checkCriteriaSet(body.criteria, body.thresholds)
  if (errors.length) throw validationFailed(errors)
  return ctx.db.transaction(async (tx) => {
    // A province's set is issued at province level: the caller's organization works at that level (it
    // serves the province, or is a provincial body under one).
    const level = ctx.actor.organizationId ? await organizationLevel(tx, ctx.actor.organizationId) : null
    if (!ctx.actor.global && level !== 'province') throw forbidden(messages.provinceLevelOnly)
    const versions = await versionsOfSet(tx, body.code)
    if (versions.some((v) => v.provinceCode !== provinceCode))
      throw conflict('Mã bộ tiêu chí này đã được nơi khác dùng; hãy chọn mã khác.', [
        { path: 'code', message: 'Mã bộ tiêu chí đã được dùng.' },
      ])
    const latest = versions[0]
    if (latest && body.effectiveFrom <= latest.effectiveFrom)
      throw conflict(messages.overlap(latest.effectiveFrom), [
        { path: 'effectiveFrom', message: messages.overlap(latest.effectiveFrom) },
      ])
    if (latest && (latest.effectiveTo ?? '9999-12-31') >= body.effectiveFrom)
      await closeSetVersion(tx, latest.id, shiftIsoDate(body.effectiveFrom, -1))
    const row = await insertCriteriaSet(tx, {
      id: newId(),
      code: body.code,
      name: body.name,
      issuer: body.issuer,
      organizationId: ctx.actor.organizationId,
      provinceCode,
      effectiveFrom: body.effectiveFrom,
      effectiveTo: null,
      criteria: body.criteria,
      thresholds: body.thresholds,
      isExample: false,
      note: body.note ?? null,
      createdBy: ctx.actor.userId,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'friendly_criteria_set.define',
      entityType: 'friendly_criteria_set',
      entityId: row.id,
      organizationId: ctx.actor.organizationId,
      provinceCode,
      summary: {
        code: row.code,
        effectiveFrom: row.effectiveFrom,
        criteria: row.criteria.length,
        previousVersion: latest?.id ?? null,
      },
      requestId: ctx.requestId,
    })
    return row
  })
}
