import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { AppError, notFound, validationFailed } from '../../../platform/errors.ts'
import { enterpriseActionBody } from '../../../contracts/democracy.ts'
import { allowedEnterpriseActions, findEnterpriseTransition } from '../enterprise-lifecycle.ts'
import { findEnterpriseForUpdate, updateEnterpriseRow, type EnterpriseRow } from '../democracy.repo.ts'
import { messages } from '../messages.ts'

/**
 * Ngừng theo dõi (deactivate, with the reason) or theo dõi lại (reactivate) an enterprise. Order of
 * checks: scope (404), the transition (INVALID_TRANSITION with `allowed`), permission, body — then the row
 * and the audit entry in one transaction. The coverage reads `status`, so it follows at once.
 */
export async function enterpriseAction(
  ctx: Context,
  id: string,
  action: string,
  rawBody: unknown,
): Promise<EnterpriseRow> {
  return ctx.db.transaction(async (tx) => {
    const found = await findEnterpriseForUpdate(tx, id)
    if (!found || !ctx.actor.permissions.has('democracy.read') || !covers(ctx.actor, found.organizationPath))
      throw notFound(messages.enterpriseNotFound)
    const { row } = found
    const transition = findEnterpriseTransition(row.status, action)
    if (!transition)
      throw new AppError('INVALID_TRANSITION', messages.enterpriseInvalidTransition(row.status, action), [], {
        allowed: allowedEnterpriseActions(row.status),
      })
    authorize(ctx.actor, 'democracy.manage', { organizationPath: found.organizationPath })
    const parsed = enterpriseActionBody.safeParse(rawBody ?? {})
    if (!parsed.success)
      throw validationFailed(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
    const { reason } = parsed.data
    if (transition.required.includes('reason') && !reason)
      throw validationFailed([{ path: 'reason', message: messages.reasonRequired }])
    const after = await updateEnterpriseRow(tx, row.id, {
      status: transition.to,
      inactiveReason: transition.to === 'inactive' ? (reason ?? null) : null,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: `enterprise.${action}`,
      entityType: 'enterprise',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: {
        from: row.status,
        to: after.status,
        ...(reason ? { reason } : {}),
        ...(row.inactiveReason ? { previousReason: row.inactiveReason } : {}),
      },
      requestId: ctx.requestId,
    })
    return after
  })
}
