import { and, asc, eq, isNull, or, sql } from 'drizzle-orm'
import { authorize, covers, type Actor } from '../../platform/access/actor.ts'
import { recordAudit } from '../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../platform/context.ts'
import type { Database, Executor } from '../../platform/db/database.ts'
import { conflict, notFound, validationFailed } from '../../platform/errors.ts'
import { organizations } from '../organizations/index.ts'
import { builtinModelFields, messages } from './messages.ts'
import { modelFields } from './models.schema.ts'

/** Loaded at every start: the built-in codes exist (labels kept as an administrator may have left them). */
export async function ensureBuiltinModelFields(ex: Executor): Promise<void> {
  await ex
    .insert(modelFields)
    .values(Object.entries(builtinModelFields).map(([code, label]) => ({ code, label, builtin: true })))
    .onConflictDoNothing()
}

/** Fields offered to an organization: the nationwide ones and those of the organization or an ancestor. */
const offeredTo = (organizationPath: string) =>
  or(
    isNull(modelFields.organizationId),
    sql`${organizationPath} like (select o.path from ${organizations} o where o.id = ${modelFields.organizationId}) || '%'`,
  )

const present = (r: typeof modelFields.$inferSelect) => ({
  code: r.code,
  label: r.label,
  builtin: r.builtin,
  active: r.active,
  organizationId: r.organizationId,
})
export type ModelFieldView = ReturnType<typeof present>

export async function listModelFields(db: Database, actor: Actor) {
  authorize(actor, 'models.read')
  const rows = await db.db
    .select()
    .from(modelFields)
    .where(actor.global ? undefined : offeredTo(actor.organizationPath))
    .orderBy(sql`${modelFields.builtin} desc`, asc(modelFields.code))
  return { items: rows.map(present), nextCursor: null }
}

/** Every field's label (the gallery and the summary name retired and local codes too). */
export async function modelFieldLabels(ex: Executor): Promise<Map<string, string>> {
  const rows = await ex.select({ code: modelFields.code, label: modelFields.label }).from(modelFields)
  return new Map(rows.map((r) => [r.code, r.label]))
}

/** A model's field must be an active code offered to its organization. */
export async function checkModelField(
  ex: Executor,
  code: string,
  organizationPath: string,
  path = 'fieldCode',
) {
  const [found] = await ex
    .select({ code: modelFields.code })
    .from(modelFields)
    .where(and(eq(modelFields.code, code), eq(modelFields.active, true), offeredTo(organizationPath)))
  if (!found) throw validationFailed([{ path, message: messages.fieldUnknown(code) }])
}

export async function createModelField(ctx: Context, input: { code: string; label: string }) {
  authorize(ctx.actor, 'models.configure')
  return ctx.db.transaction(async (tx) => {
    const organizationId = ctx.actor.global ? null : ctx.actor.organizationId
    const [row] = await tx
      .insert(modelFields)
      .values({ code: input.code, label: input.label, organizationId })
      .onConflictDoNothing()
      .returning()
    if (!row) throw conflict(messages.fieldExists(input.code), [{ path: 'code', message: 'Mã đã có.' }])
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'model_field.created',
      entityType: 'model_field',
      entityId: row.code,
      organizationId,
      provinceCode: ctx.actor.provinceCode,
      summary: present(row),
      requestId: ctx.requestId,
    })
    return present(row)
  })
}

export async function updateModelField(
  ctx: Context,
  code: string,
  input: { label?: string; active?: boolean },
) {
  authorize(ctx.actor, 'models.configure')
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(modelFields).where(eq(modelFields.code, code)).for('update')
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
    if (!before || !mayChange) throw notFound(messages.fieldNotFound)
    const [after] = await tx
      .update(modelFields)
      .set({
        ...(input.label ? { label: input.label } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      })
      .where(eq(modelFields.code, code))
      .returning()
    if (!after) throw notFound(messages.fieldNotFound)
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'model_field.updated',
      entityType: 'model_field',
      entityId: code,
      organizationId: after.organizationId,
      provinceCode: ctx.actor.provinceCode,
      summary: { before: present(before), after: present(after) },
      requestId: ctx.requestId,
    })
    return present(after)
  })
}
