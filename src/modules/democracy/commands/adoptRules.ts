import { authorize } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { validationFailed } from '../../../platform/errors.ts'
import type { RulesBody } from '../../../contracts/democracy.ts'
import { insertRules, nextRulesVersion, type RulesRow } from '../democracy.repo.ts'
import { messages } from '../messages.ts'
import { organizationInScope } from '../organization.ts'

/**
 * A new version of an organization's internal democracy rules (quy chế dân chủ): numbered after the last,
 * earlier versions kept as history — one transaction.
 */
export async function adoptRules(ctx: Context, body: RulesBody): Promise<RulesRow> {
  if (body.effectiveFrom < body.adoptedOn)
    throw validationFailed([{ path: 'effectiveFrom', message: messages.effectiveBeforeAdopted }])
  return ctx.db.transaction(async (tx) => {
    const organization = await organizationInScope(tx, ctx.actor, body.organizationId)
    authorize(ctx.actor, 'democracy.manage', { organizationPath: organization.path })
    const versionNumber = await nextRulesVersion(tx, organization.id)
    const row = await insertRules(tx, {
      id: newId(),
      organizationId: organization.id,
      provinceCode: organization.provinceCode,
      versionNumber,
      title: body.title,
      decisionNumber: body.decisionNumber,
      adoptedOn: body.adoptedOn,
      effectiveFrom: body.effectiveFrom,
      content: body.content ?? null,
      createdBy: ctx.actor.userId,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'democracy_rules.adopt',
      entityType: 'democracy_rules',
      entityId: row.id,
      organizationId: organization.id,
      provinceCode: row.provinceCode,
      summary: { versionNumber, decisionNumber: row.decisionNumber, effectiveFrom: row.effectiveFrom },
      requestId: ctx.requestId,
    })
    return row
  })
}
