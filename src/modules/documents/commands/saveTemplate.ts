import { authorize, type Actor } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { newId } from '../../../platform/db/ids.ts'
import { conflict, forbidden, validationFailed } from '../../../platform/errors.ts'
import type { TemplateInput, TemplateView } from '../../../contracts/documents.ts'
import { findOrganization } from '../../organizations/index.ts'
import { insertTemplate, latestVersion, lockTemplate } from '../documents.repo.ts'
import { presentTemplate, resolveTemplate, templateOwner } from '../documents.queries.ts'
import { messages } from '../messages.ts'
import { checkTemplateText, type TemplateText } from '../template.ts'
import type { DocumentType } from '../types.ts'

/**
 * Lưu mẫu văn bản of an organization (or, for a system administrator, the nationwide one): a new version,
 * checked for unknown placeholders, refused when someone saved since the editor loaded it, and audited
 * with what changed.
 */
export async function saveTemplate(
  ctx: Context,
  type: DocumentType,
  organization: string | undefined,
  input: TemplateInput,
): Promise<TemplateView> {
  authorize(ctx.actor, 'documents.manage')
  const text: TemplateText = {
    numberSymbol: input.numberSymbol,
    title: input.title,
    subtitle: input.subtitle || null,
    body: input.body,
    recipients: input.recipients,
    signerAuthority: input.signerAuthority || null,
    signerTitle: input.signerTitle,
  }
  const problems = checkTemplateText(text)
  if (problems.length) throw validationFailed(problems)
  return ctx.db.transaction(async (tx) => {
    const owner = await templateOwner(tx, ctx.actor, organization)
    if (owner.organizationId === null && !isNationalEditor(ctx.actor))
      throw forbidden(messages.nationalNeedsSystemAdmin)
    if (owner.path) authorize(ctx.actor, 'documents.manage', { organizationPath: owner.path })
    await lockTemplate(tx, type, owner.organizationId)
    const current = await latestVersion(tx, type, owner.organizationId)
    if (input.expectedVersion !== undefined && input.expectedVersion !== current)
      throw conflict(messages.stale)
    const organizationRow = owner.organizationId
      ? await findOrganization(tx, owner.organizationId)
      : undefined
    const saved = await insertTemplate(tx, {
      id: newId(),
      organizationId: owner.organizationId,
      provinceCode: organizationRow?.provinceCode ?? null,
      type,
      version: current + 1,
      ...text,
      createdBy: ctx.actor.userId,
      createdByName: ctx.actor.fullName,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'document_template.saved',
      entityType: 'document_template',
      entityId: saved.id,
      organizationId: owner.organizationId,
      provinceCode: saved.provinceCode,
      summary: { type, version: saved.version, previousVersion: current, ...text },
      requestId: ctx.requestId,
    })
    return presentTemplate(type, await resolveTemplate(tx, type, owner))
  })
}

const isNationalEditor = (actor: Actor): boolean => actor.global
