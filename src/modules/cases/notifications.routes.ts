import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { and, desc, eq, lt, sql } from 'drizzle-orm'
import { z } from 'zod'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound, unauthenticated } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import { listOf, pageQuery, uuidParam } from '../../contracts/common.ts'
import { notificationView } from '../../contracts/cases.ts'
import { notifications } from './cases.schema.ts'

const tags = ['Thông báo']

const present = (n: typeof notifications.$inferSelect) => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  caseId: n.caseId,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
})

/** The caller's own notifications, newest first (ids are UUID v7, so time-ordered). */
export const notificationRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/notifications',
      {
        schema: {
          tags,
          summary: 'Thông báo của tôi (nhắc hạn, quá hạn, tổng hợp hằng ngày)',
          querystring: z.strictObject({ ...pageQuery, unread: z.enum(['true', 'false']).optional() }),
          response: { 200: listOf(notificationView) },
        },
      },
      async (request) => {
        const actor = actorOf(request)
        if (!actor.userId) throw unauthenticated()
        const after = cursorKey(request.query.cursor, { uuid: true })
        const rows = await db.db
          .select()
          .from(notifications)
          .where(
            and(
              eq(notifications.userId, actor.userId),
              after ? lt(notifications.id, after) : sql`true`,
              request.query.unread === 'true' ? sql`${notifications.readAt} is null` : sql`true`,
            ),
          )
          .orderBy(desc(notifications.id))
          .limit(request.query.limit + 1)
        const page = pageOf(rows, request.query.limit, (n) => n.id)
        return { items: page.rows.map(present), nextCursor: page.nextCursor }
      },
    )

    app.post(
      '/api/notifications/:id/read',
      {
        schema: { tags, summary: 'Đánh dấu đã đọc', params: uuidParam, response: { 200: notificationView } },
      },
      async (request) => {
        const actor = actorOf(request)
        const [row] = await db.db
          .update(notifications)
          .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
          .where(and(eq(notifications.id, request.params.id), eq(notifications.userId, actor.userId ?? '')))
          .returning()
        if (!row) throw notFound('Không tìm thấy thông báo.')
        return present(row)
      },
    )
  }
