import { and, desc, eq, lt } from 'drizzle-orm'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { authorize, scopeOf } from '../../platform/access/actor.ts'
import { auditLog } from '../../platform/audit/audit.schema.ts'
import type { Database } from '../../platform/db/database.ts'
import { actorOf } from '../../platform/http/auth.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import { listOf, pageQuery } from '../../contracts/common.ts'

const entryView = z.object({
  id: z.uuid(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  organizationId: z.uuid().nullable(),
  summary: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
})

export const auditRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/audit',
      {
        schema: {
          tags: ['Nhật ký hệ thống'],
          summary: 'Nhật ký thay đổi, mới nhất trước, trong phạm vi của người gọi',
          querystring: z.strictObject({
            entityType: z.string().max(64).optional(),
            entityId: z.string().max(64).optional(),
            ...pageQuery,
          }),
          response: { 200: listOf(entryView) },
        },
      },
      async (request) => {
        const actor = actorOf(request)
        authorize(actor, 'audit.read')
        const { entityType, entityId, cursor, limit } = request.query
        const before = cursorKey(cursor, { uuid: true })
        const rows = await db.db
          .select()
          .from(auditLog)
          .where(
            and(
              scopeOf(actor, auditLog.organizationId),
              entityType ? eq(auditLog.entityType, entityType) : undefined,
              entityId ? eq(auditLog.entityId, entityId) : undefined,
              before ? lt(auditLog.id, before) : undefined,
            ),
          )
          .orderBy(desc(auditLog.id))
          .limit(limit + 1)
        const page = pageOf(rows, limit, (r) => r.id)
        return {
          items: page.rows.map((r) => ({
            id: r.id,
            at: r.at.toISOString(),
            actorId: r.actorId,
            actorName: r.actorName,
            action: r.action,
            entityType: r.entityType,
            entityId: r.entityId,
            organizationId: r.organizationId,
            summary: r.summary as Record<string, unknown>,
            requestId: r.requestId,
          })),
          nextCursor: page.nextCursor,
        }
      },
    )
  }
