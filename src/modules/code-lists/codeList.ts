// Code lists as data (lĩnh vực of letters, of "Dân vận khéo" models…): built-in codes loaded at every start,
// codes an organization adds for itself and its subtree, retired codes kept for what already uses them.
import { asc, desc, eq, isNull, or, sql } from 'drizzle-orm'
import { authorize, covers, type Actor } from '../../platform/access/actor.ts'
import type { Permission } from '../../platform/access/permissions.ts'
import { recordAudit } from '../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../platform/context.ts'
import { isDatabase, type Database, type Executor } from '../../platform/db/database.ts'
import { processCache } from '../../platform/db/process-cache.ts'
import { conflict, notFound, validationFailed } from '../../platform/errors.ts'
import { organizations } from '../organizations/index.ts'
import type { CodeListTable } from './code-lists.schema.ts'

export interface CodeListSpec {
  table: CodeListTable
  builtin: Record<string, string>
  permissions: { read: Permission; configure: Permission }
  /** Audited as `<entityType>.created` / `.updated`. */
  entityType: string
  /** How the list is ordered for the pickers. */
  order: 'builtin first, by code' | 'local first, by label'
  messages: {
    unknown(code: string): string
    exists(code: string): string
    notInScope: string
    notFound: string
  }
}

const present = (r: CodeListTable['$inferSelect']) => ({
  code: r.code,
  label: r.label,
  builtin: r.builtin,
  active: r.active,
  organizationId: r.organizationId,
})
export type CodeView = ReturnType<typeof present>

/** The reads and commands of one code list. */
export function codeList(spec: CodeListSpec) {
  const { table, messages } = spec
  /** A code's state and its owner's path, read on every intake: kept a minute, forgotten on change. */
  const offerings = processCache<string, { active: boolean; ownerPath: string | null }>(60_000)
  const offeringOf = async (ex: Executor, code: string) => {
    const [found] = await ex
      .select({ active: table.active, ownerPath: organizations.path })
      .from(table)
      .leftJoin(organizations, eq(organizations.id, table.organizationId))
      .where(eq(table.code, code))
    return found
  }

  /** Codes offered to an organization: the nationwide ones and those of the organization or an ancestor. */
  const offeredTo = (organizationPath: string) =>
    or(
      isNull(table.organizationId),
      sql`${organizationPath} like (select o.path from ${organizations} o where o.id = ${table.organizationId}) || '%'`,
    )

  return {
    /** Loaded at every start: the built-in codes exist (labels kept as an administrator may have left them). */
    async ensureBuiltin(ex: Executor): Promise<void> {
      await ex
        .insert(table)
        .values(Object.entries(spec.builtin).map(([code, label]) => ({ code, label, builtin: true })))
        .onConflictDoNothing()
    },

    async list(db: Database, actor: Actor) {
      authorize(actor, spec.permissions.read)
      const rows = await db.db
        .select()
        .from(table)
        .where(actor.global ? undefined : offeredTo(actor.organizationPath))
        .orderBy(
          ...(spec.order === 'builtin first, by code'
            ? [desc(table.builtin), asc(table.code)]
            : [asc(table.builtin), asc(table.label)]),
        )
      return { items: rows.map(present), nextCursor: null }
    },

    /** Every code's label, retired and local codes too. */
    async labels(ex: Executor): Promise<Map<string, string>> {
      const rows = await ex.select({ code: table.code, label: table.label }).from(table)
      return new Map(rows.map((r) => [r.code, r.label]))
    },

    /**
     * The code must be active and offered to the organization: nationwide, or the organization's own or an
     * ancestor's. Read from this process's cache given the database, as the transaction sees it given one.
     */
    async check(
      db: Database | Executor,
      code: string,
      organizationPath: string,
      path: string,
    ): Promise<void> {
      const found = isDatabase(db)
        ? await offerings.get(db, code, () => offeringOf(db.db, code))
        : await offeringOf(db, code)
      const offered =
        found?.active === true && (found.ownerPath === null || organizationPath.startsWith(found.ownerPath))
      if (!offered) throw validationFailed([{ path, message: messages.unknown(code) }])
    },

    async create(ctx: Context, input: { code: string; label: string }) {
      authorize(ctx.actor, spec.permissions.configure)
      return ctx.db.transaction(async (tx) => {
        const organizationId = ctx.actor.global ? null : ctx.actor.organizationId
        const [row] = await tx
          .insert(table)
          .values({ code: input.code, label: input.label, organizationId })
          .onConflictDoNothing()
          .returning()
        if (!row) throw conflict(messages.exists(input.code), [{ path: 'code', message: 'Mã đã có.' }])
        await recordAudit(tx, {
          actor: auditActor(ctx),
          action: `${spec.entityType}.created`,
          entityType: spec.entityType,
          entityId: row.code,
          organizationId,
          provinceCode: ctx.actor.provinceCode,
          summary: present(row),
          requestId: ctx.requestId,
        })
        return present(row)
      })
    },

    async update(ctx: Context, code: string, input: { label?: string; active?: boolean }) {
      authorize(ctx.actor, spec.permissions.configure)
      const updated = await ctx.db.transaction(async (tx) => {
        const [before] = await tx.select().from(table).where(eq(table.code, code)).for('update')
        const owner = before?.organizationId
          ? (
              await tx
                .select({ path: organizations.path })
                .from(organizations)
                .where(eq(organizations.id, before.organizationId))
            )[0]
          : undefined
        // A nationwide or built-in code is a system administrator's; an organization's code, its admins'.
        const mayChange =
          before && (ctx.actor.global || (owner !== undefined && covers(ctx.actor, owner.path)))
        if (!before || !mayChange) throw notFound(messages.notInScope)
        const [after] = await tx
          .update(table)
          .set({
            ...(input.label ? { label: input.label } : {}),
            ...(input.active !== undefined ? { active: input.active } : {}),
          })
          .where(eq(table.code, code))
          .returning()
        if (!after) throw notFound(messages.notFound)
        await recordAudit(tx, {
          actor: auditActor(ctx),
          action: `${spec.entityType}.updated`,
          entityType: spec.entityType,
          entityId: code,
          organizationId: after.organizationId,
          provinceCode: ctx.actor.provinceCode,
          summary: { before: present(before), after: present(after) },
          requestId: ctx.requestId,
        })
        return present(after)
      })
      offerings.forget(ctx.db)
      return updated
    },
  }
}
