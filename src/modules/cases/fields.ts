import { and, asc, eq, isNull, or, sql } from 'drizzle-orm'
import { authorize, covers, type Actor } from '../../platform/access/actor.ts'
import { recordAudit } from '../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../platform/context.ts'
import type { Database, Executor } from '../../platform/db/database.ts'
import { conflict, notFound, validationFailed } from '../../platform/errors.ts'
import { caseFields as builtinCodes } from '../../contracts/cases.ts'
import { organizations } from '../organizations/index.ts'
import { caseFields } from './cases.schema.ts'

/** The built-in fields of the issue, with their Vietnamese names. */
export const builtinFieldLabels: Record<(typeof builtinCodes)[number], string> = {
  land: 'Đất đai',
  compensation: 'Bồi thường, hỗ trợ, tái định cư',
  construction: 'Xây dựng, trật tự đô thị',
  environment: 'Môi trường',
  social_policy: 'Chính sách xã hội',
  administrative_procedure: 'Thủ tục hành chính',
  officials_conduct: 'Cán bộ, công chức',
  justice: 'Tư pháp',
  other: 'Khác',
}

/** Loaded at every start: the built-in codes exist (labels kept as an administrator may have left them). */
export async function ensureBuiltinFields(ex: Executor): Promise<void> {
  await ex
    .insert(caseFields)
    .values(Object.entries(builtinFieldLabels).map(([code, label]) => ({ code, label, builtin: true })))
    .onConflictDoNothing()
}

/** Fields offered to an organization: the nationwide ones and those of the organization or an ancestor. */
const offeredTo = (organizationPath: string) =>
  or(
    isNull(caseFields.organizationId),
    sql`${organizationPath} like (select o.path from ${organizations} o where o.id = ${caseFields.organizationId}) || '%'`,
  )

export async function listFields(db: Database, actor: Actor) {
  authorize(actor, 'cases.read')
  const rows = await db.db
    .select()
    .from(caseFields)
    .where(actor.global ? undefined : offeredTo(actor.organizationPath))
    .orderBy(asc(caseFields.builtin), asc(caseFields.label))
  return { items: rows.map(present), nextCursor: null }
}

const present = (r: typeof caseFields.$inferSelect) => ({
  code: r.code,
  label: r.label,
  builtin: r.builtin,
  active: r.active,
  organizationId: r.organizationId,
})

/** A letter's field must be an active code offered to the receiving organization. */
export async function checkField(ex: Executor, code: string, organizationPath: string, path = 'field') {
  const [found] = await ex
    .select({ code: caseFields.code })
    .from(caseFields)
    .where(and(eq(caseFields.code, code), eq(caseFields.active, true), offeredTo(organizationPath)))
  if (!found)
    throw validationFailed([
      { path, message: `Lĩnh vực “${code}” không có trong danh mục lĩnh vực đang dùng của cơ quan.` },
    ])
}

export async function createField(ctx: Context, input: { code: string; label: string }) {
  authorize(ctx.actor, 'cases.configure')
  return ctx.db.transaction(async (tx) => {
    const organizationId = ctx.actor.global ? null : ctx.actor.organizationId
    const [row] = await tx
      .insert(caseFields)
      .values({ code: input.code, label: input.label, organizationId })
      .onConflictDoNothing()
      .returning()
    if (!row) throw conflict(`Mã lĩnh vực “${input.code}” đã có.`, [{ path: 'code', message: 'Mã đã có.' }])
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'case_field.created',
      entityType: 'case_field',
      entityId: row.code,
      organizationId,
      provinceCode: ctx.actor.provinceCode,
      summary: present(row),
      requestId: ctx.requestId,
    })
    return present(row)
  })
}

export async function updateField(ctx: Context, code: string, input: { label?: string; active?: boolean }) {
  authorize(ctx.actor, 'cases.configure')
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(caseFields).where(eq(caseFields.code, code)).for('update')
    const owner = before?.organizationId
      ? (
          await tx
            .select({ path: organizations.path })
            .from(organizations)
            .where(eq(organizations.id, before.organizationId))
        )[0]
      : undefined
    // A nationwide or built-in code is a system administrator's; an organization's code, its admins'.
    const mayChange = before && (ctx.actor.global || (owner !== undefined && covers(ctx.actor, owner.path)))
    if (!before || !mayChange) throw notFound('Không tìm thấy lĩnh vực trong phạm vi của bạn.')
    const [after] = await tx
      .update(caseFields)
      .set({
        ...(input.label ? { label: input.label } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      })
      .where(eq(caseFields.code, code))
      .returning()
    if (!after) throw notFound('Không tìm thấy lĩnh vực.')
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'case_field.updated',
      entityType: 'case_field',
      entityId: code,
      organizationId: after.organizationId,
      provinceCode: ctx.actor.provinceCode,
      summary: { before: present(before), after: present(after) },
      requestId: ctx.requestId,
    })
    return present(after)
  })
}
