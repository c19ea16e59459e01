import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { authorize } from '../../platform/access/actor.ts'
import { actorOf } from '../../platform/http/auth.ts'
import { notFound, validationFailed } from '../../platform/errors.ts'
import type { Database } from '../../platform/db/database.ts'
import { decodeCursor, encodeCursor, listOf } from '../../contracts/common.ts'
import {
  atQuery,
  createLocalUnitBody,
  importLocalUnitsBody,
  listUnitsQuery,
  unitCodeParam,
  unitDetail as unitDetailView,
  unitItem,
  unitSummary as unitSummaryView,
} from '../../contracts/admin-units.ts'
import { findUnitAt } from './admin-units.repo.ts'
import { currentUnitsOf, todayInVietnam, unitDetail, unitSummary } from './resolve.ts'
import { presentUnit, searchUnits, unitIndex, unitParents } from './search.ts'
import { createLocalUnits } from './commands/createLocalUnits.ts'
import { readLocalUnitFile } from './local-file.ts'

const tags = ['Đơn vị hành chính']

export const adminUnitRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (request: Parameters<typeof actorOf>[0]) => ({
      actor: actorOf(request),
      db,
      requestId: request.id,
    })

    app.get(
      '/api/admin-units',
      {
        schema: {
          tags,
          summary:
            'Tìm, liệt kê đơn vị hành chính theo bản đồ có hiệu lực vào ngày `at` (mặc định hôm nay); q tìm theo tên có hoặc không dấu',
          querystring: listUnitsQuery,
          response: { 200: listOf(unitItem) },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'admin_units.read')
        const { cursor, limit, ...query } = request.query
        const decoded = decodeCursor(cursor)
        if (cursor && (!decoded || typeof decoded[0] !== 'number'))
          throw validationFailed([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ.' }])
        const offset = (decoded?.[0] as number | undefined) ?? 0
        const found = searchUnits(await unitIndex(db), {
          ...query,
          at: query.at ?? todayInVietnam(),
          offset,
          limit,
        })
        return { items: found.items, nextCursor: found.more ? encodeCursor([offset + limit]) : null }
      },
    )

    app.get(
      '/api/admin-units/summary',
      {
        schema: {
          tags,
          summary: 'Số đơn vị hành chính theo cấp và loại vào một ngày',
          querystring: atQuery,
          response: { 200: unitSummaryView },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'admin_units.read')
        return unitSummary(db.db, request.query.at ?? todayInVietnam())
      },
    )

    app.get(
      '/api/admin-units/:code',
      {
        schema: {
          tags,
          summary: 'Đơn vị mang mã này vào ngày `at`: cấp trên, đơn vị tiền thân và kế thừa',
          params: unitCodeParam,
          querystring: atQuery,
          response: { 200: unitDetailView },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'admin_units.read')
        const at = request.query.at ?? todayInVietnam()
        const detail = await unitDetail(db.db, request.params.code, at)
        if (!detail)
          throw notFound(`Không có đơn vị hành chính nào mang mã ${request.params.code} vào ngày ${at}.`)
        return detail
      },
    )

    app.get(
      '/api/admin-units/:code/current',
      {
        schema: {
          tags,
          summary: 'Các đơn vị hiện nay kế thừa đơn vị mang mã này vào ngày `at`',
          params: unitCodeParam,
          querystring: atQuery,
          response: { 200: listOf(unitItem) },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'admin_units.read')
        const at = request.query.at ?? todayInVietnam()
        const unit = await findUnitAt(db.db, request.params.code, at)
        if (!unit)
          throw notFound(`Không có đơn vị hành chính nào mang mã ${request.params.code} vào ngày ${at}.`)
        const parents = await unitParents(db, await currentUnitsOf(db.db, unit))
        return { items: parents.map(presentUnit), nextCursor: null }
      },
    )

    app.post(
      '/api/admin-units',
      {
        schema: {
          tags,
          summary: 'Thêm thôn, ấp, bản, tổ dân phố hoặc khu phố thuộc một xã, phường, đặc khu',
          body: createLocalUnitBody,
          response: { 201: unitItem },
        },
      },
      async (request, reply) => {
        const { parent, name, type } = request.body
        const created = await createLocalUnits(ctx(request), [{ row: 0, communeCode: parent, name, type }])
        const [item] = (await unitParents(db, created)).map(presentUnit)
        if (!item) throw new Error('insert returned nothing')
        return reply.status(201).send(item)
      },
    )

    app.post(
      '/api/admin-units/import',
      {
        bodyLimit: 4 * 1024 * 1024,
        schema: {
          tags,
          summary:
            'Nhập danh sách thôn, tổ dân phố từ tệp CSV hoặc XLSX (cột commune_code, name, type); có lỗi thì không ghi dòng nào',
          body: importLocalUnitsBody,
          response: { 201: z.object({ created: z.number(), items: z.array(unitItem) }) },
        },
      },
      async (request, reply) => {
        const { fileName, contentBase64 } = request.body
        let rows
        try {
          rows = await readLocalUnitFile(fileName, Buffer.from(contentBase64, 'base64'))
        } catch (error) {
          throw validationFailed(
            [{ path: 'file', message: (error as Error).message }],
            (error as Error).message,
          )
        }
        const created = await unitParents(db, await createLocalUnits(ctx(request), rows))
        return reply.status(201).send({ created: created.length, items: created.map(presentUnit) })
      },
    )
  }
