import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { authorize, covers, scopeOf } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { actorOf } from '../../platform/http/auth.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import { notFound } from '../../platform/errors.ts'
import { listOf, pageQuery, uuidParam } from '../../contracts/common.ts'
import { createUserBody, updateUserBody, userView } from '../../contracts/users.ts'
import { findUser, listUsers } from './users.repo.ts'
import { users } from './users.schema.ts'
import { presentUser } from './users.present.ts'
import { createUser } from './commands/createUser.ts'
import { updateUser } from './commands/updateUser.ts'

const tags = ['Người dùng']

export const userRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/users',
      {
        schema: {
          tags,
          summary: 'Danh sách người dùng trong phạm vi (tìm được cả khi gõ không dấu)',
          querystring: z.strictObject({
            q: z.string().max(100).optional(),
            organizationId: z.uuid('Đơn vị không hợp lệ.').optional(),
            ...pageQuery,
          }),
          response: { 200: listOf(userView) },
        },
      },
      async (request) => {
        const actor = actorOf(request)
        authorize(actor, 'users.read')
        const { cursor, limit, q, organizationId } = request.query
        const rows = await listUsers(
          db.db,
          scopeOf(actor, users.organizationId),
          { q, organizationId },
          cursorKey(cursor),
          limit + 1,
        )
        const page = pageOf(rows, limit, (u) => u.username)
        return { items: page.rows.map(presentUser), nextCursor: page.nextCursor }
      },
    )

    app.get(
      '/api/users/:id',
      { schema: { tags, summary: 'Một người dùng', params: uuidParam, response: { 200: userView } } },
      async (request) => {
        const actor = actorOf(request)
        authorize(actor, 'users.read')
        const row = await findUser(db.db, request.params.id)
        if (!row || !covers(actor, row.organizationPath)) throw notFound('Không tìm thấy người dùng.')
        return presentUser(row)
      },
    )

    app.post(
      '/api/users',
      { schema: { tags, summary: 'Tạo người dùng', body: createUserBody, response: { 201: userView } } },
      async (request, reply) => {
        const row = await createUser({ actor: actorOf(request), db, requestId: request.id }, request.body)
        return reply.status(201).send(presentUser(row))
      },
    )

    app.patch(
      '/api/users/:id',
      {
        schema: {
          tags,
          summary: 'Sửa, chuyển đơn vị, khoá/mở khoá, gán vai trò hoặc đặt lại mật khẩu',
          params: uuidParam,
          body: updateUserBody,
          response: { 200: userView },
        },
      },
      async (request) =>
        presentUser(
          await updateUser(
            { actor: actorOf(request), db, requestId: request.id },
            request.params.id,
            request.body,
          ),
        ),
    )
  }
