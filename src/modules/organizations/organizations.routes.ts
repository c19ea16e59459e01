import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { authorize, covers, scopeOf } from '../../platform/access/actor.ts'
import { actorOf } from '../../platform/http/auth.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import { notFound } from '../../platform/errors.ts'
import type { Database } from '../../platform/db/database.ts'
import { listOf, pageQuery, uuidParam } from '../../contracts/common.ts'
import {
  createOrganizationBody,
  organizationView,
  updateOrganizationBody,
} from '../../contracts/organizations.ts'
import { findOrganization, listOrganizations } from './organizations.repo.ts'
import { organizations } from './organizations.schema.ts'
import { presentOrganization } from './organizations.present.ts'
import { createOrganization } from './commands/createOrganization.ts'
import { updateOrganization } from './commands/updateOrganization.ts'

const tags = ['Cơ quan, đơn vị']

export const organizationRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (request: Parameters<typeof actorOf>[0]) => ({
      actor: actorOf(request),
      db,
      requestId: request.id,
    })

    app.get(
      '/api/organizations',
      {
        schema: {
          tags,
          summary: 'Danh sách cơ quan, đơn vị trong phạm vi của người gọi (theo thứ tự cây)',
          querystring: z.strictObject({ ...pageQuery }),
          response: { 200: listOf(organizationView) },
        },
      },
      async (request) => {
        const actor = actorOf(request)
        authorize(actor, 'organizations.read')
        const { cursor, limit } = request.query
        const rows = await listOrganizations(
          db.db,
          scopeOf(actor, organizations.id),
          cursorKey(cursor),
          limit + 1,
        )
        const page = pageOf(rows, limit, (o) => o.path)
        return { items: page.rows.map(presentOrganization), nextCursor: page.nextCursor }
      },
    )

    app.get(
      '/api/organizations/:id',
      {
        schema: {
          tags,
          summary: 'Một cơ quan, đơn vị',
          params: uuidParam,
          response: { 200: organizationView },
        },
      },
      async (request) => {
        const actor = actorOf(request)
        authorize(actor, 'organizations.read')
        const row = await findOrganization(db.db, request.params.id)
        if (!row || !covers(actor, row.path)) throw notFound('Không tìm thấy đơn vị.')
        return presentOrganization(row)
      },
    )

    app.post(
      '/api/organizations',
      {
        schema: {
          tags,
          summary: 'Thêm đơn vị trực thuộc',
          body: createOrganizationBody,
          response: { 201: organizationView },
        },
      },
      async (request, reply) => {
        const row = await createOrganization(ctx(request), request.body)
        return reply.status(201).send(presentOrganization(row))
      },
    )

    app.patch(
      '/api/organizations/:id',
      {
        schema: {
          tags,
          summary: 'Sửa tên, loại hoặc trạng thái đơn vị',
          params: uuidParam,
          body: updateOrganizationBody,
          response: { 200: organizationView },
        },
      },
      async (request) =>
        presentOrganization(await updateOrganization(ctx(request), request.params.id, request.body)),
    )
  }
