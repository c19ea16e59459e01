import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { authorize, scopeOf } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { actorOf } from '../../platform/http/auth.ts'
import { validationFailed } from '../../platform/errors.ts'
import { decodeCursor, encodeCursor, listOf, pageQuery, uuidParam } from '../../contracts/common.ts'
import { createTokenBody, tokenView } from '../../contracts/users.ts'
import { users } from './users.schema.ts'
import { listTokens, type TokenRow } from './tokens.repo.ts'
import { createApiToken, revokeApiToken } from './commands/apiTokens.ts'

const tags = ['Khoá API']

const presentToken = (row: TokenRow): z.infer<typeof tokenView> => ({
  id: row.id,
  name: row.name,
  userId: row.userId,
  username: row.username,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt?.toISOString() ?? null,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
})

export const tokenRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/tokens',
      {
        schema: {
          tags,
          summary: 'Danh sách khoá API',
          querystring: z.strictObject({ ...pageQuery }),
          response: { 200: listOf(tokenView) },
        },
      },
      async (request) => {
        const actor = actorOf(request)
        authorize(actor, 'tokens.manage')
        const before = decodeCursor(request.query.cursor)
        if (request.query.cursor && typeof before?.[0] !== 'string')
          throw validationFailed([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ.' }])
        const limit = request.query.limit
        const rows = await listTokens(
          db.db,
          scopeOf(actor, users.organizationId),
          (before?.[0] as string) ?? null,
          limit + 1,
        )
        const page = rows.slice(0, limit)
        const last = page.at(-1)
        return {
          items: page.map(presentToken),
          nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
        }
      },
    )

    app.post(
      '/api/tokens',
      {
        schema: {
          tags,
          summary: 'Tạo khoá API (chỉ hiển thị một lần) cho một người dùng',
          body: createTokenBody,
          response: { 201: tokenView.extend({ token: z.string() }) },
        },
      },
      async (request, reply) => {
        const { row, token } = await createApiToken(
          { actor: actorOf(request), db, requestId: request.id },
          request.body,
        )
        return reply.status(201).send({ ...presentToken(row), token })
      },
    )

    app.delete(
      '/api/tokens/:id',
      { schema: { tags, summary: 'Thu hồi khoá API', params: uuidParam, response: { 204: z.null() } } },
      async (request, reply) => {
        await revokeApiToken({ actor: actorOf(request), db, requestId: request.id }, request.params.id)
        return reply.status(204).send(null)
      },
    )
  }
