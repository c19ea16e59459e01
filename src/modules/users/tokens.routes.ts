import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { authorize, scopeOf } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { actorOf } from '../../platform/http/auth.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import { listOf, pageQuery, uuidParam } from '../../contracts/common.ts'
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
        const { cursor, limit } = request.query
        const before = cursorKey(cursor, { uuid: true })
        const rows = await listTokens(db.db, scopeOf(actor, users.organizationId), before, limit + 1)
        const page = pageOf(rows, limit, (t) => t.id)
        return { items: page.rows.map(presentToken), nextCursor: page.nextCursor }
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
