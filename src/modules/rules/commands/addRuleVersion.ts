import { authorize } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { conflict } from '../../../platform/errors.ts'
import type { CreateRule } from '../../../contracts/rules.ts'
import { shiftIsoDate } from '../../calendar/index.ts'
import { closeRule, insertRule, lockRuleVersions, presentRule, type RuleRow } from '../rules.repo.ts'
import { invalidateRules } from '../rules-store.ts'

const END = '9999-12-31'
const formatVn = (date: string): string => date.split('-').reverse().join('/')

/**
 * Adds a version of a rule (system admin only). History is never edited: the one change made to an existing
 * version is closing the open-ended current version the day before an open-ended new version starts, when
 * the new one starts strictly after it. Anything else that overlaps an existing period (a start on or
 * before the current version's start, a period crossing a closed version, a closed new version inside the
 * open-ended one, which would leave a gap after it) is refused with CONFLICT. Back-dated versions are
 * allowed (a decree entered after it took effect), since the law applied from its effective date anyway.
 */
export async function addRuleVersion(
  ctx: Context,
  input: CreateRule,
): Promise<{ version: RuleRow; closed: RuleRow | null }> {
  authorize(ctx.actor, 'rules.manage')
  const from = input.effectiveFrom
  const to = input.effectiveTo ?? null
  const result = await ctx.db.transaction(async (tx) => {
    const versions = await lockRuleVersions(tx, input.key)
    const open = versions.find((v) => v.effectiveTo === null)
    const closes = open && to === null && open.effectiveFrom < from ? open : undefined
    for (const v of versions) {
      const end = v === closes ? shiftIsoDate(from, -1) : (v.effectiveTo ?? END)
      if (v.effectiveFrom <= (to ?? END) && from <= end) {
        const period = `${formatVn(v.effectiveFrom)}–${v.effectiveTo ? formatVn(v.effectiveTo) : 'nay'}`
        throw conflict(
          `Quy định ${input.key} đã có phiên bản hiệu lực ${period} trùng với khoảng thời gian này; lịch sử quy định không được sửa.`,
          [{ path: 'effectiveFrom', message: `Trùng với phiên bản hiệu lực ${period}.` }],
        )
      }
    }
    const closed = closes ? await closeRule(tx, closes.id, shiftIsoDate(from, -1)) : null
    const version = await insertRule(tx, {
      id: newId(),
      key: input.key,
      value: input.value,
      effectiveFrom: from,
      effectiveTo: to,
      source: input.source,
      note: input.note ?? null,
      createdBy: ctx.actor.userId,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'rule.version_added',
      entityType: 'rule',
      entityId: version.id,
      organizationId: ctx.actor.organizationId,
      summary: {
        after: presentRule(version),
        ...(closed ? { closedPrevious: { from: closed.effectiveFrom, to: closed.effectiveTo } } : {}),
      },
      requestId: ctx.requestId,
    })
    return { version, closed }
  })
  invalidateRules(ctx.db)
  return result
}
