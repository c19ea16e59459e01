import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import { listOf } from '../../contracts/common.ts'
import {
  hotlineCallBody,
  hotlineCallView,
  hotlineCountsQuery,
  hotlineListQuery,
} from '../../contracts/hotline.ts'
import type { CaseDeps } from '../cases/index.ts'
import { callCounts, casesByPhone, listCalls, logCall } from './hotline.ts'

const tags = ['Đường dây nóng']

export const hotlineRoutes =
  (db: Database, deps: CaseDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/hotline/calls',
      {
        schema: {
          tags,
          summary: 'Nhật ký cuộc gọi đường dây nóng (mới nhất trước; lọc theo số gọi đến, ngày)',
          querystring: hotlineListQuery,
          response: { 200: listOf(hotlineCallView) },
        },
      },
      async (request) => listCalls(db, actorOf(request), request.query),
    )

    app.post(
      '/api/hotline/calls',
      {
        schema: {
          tags,
          summary:
            'Ghi nhận cuộc gọi: trả lời ngay, để xử lý sau, hoặc chuyển thành hồ sơ (kênh đường dây nóng)',
          body: hotlineCallBody,
          response: { 201: hotlineCallView },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await logCall({ actor: actorOf(request), db, requestId: request.id }, deps, request.body)),
    )

    app.get(
      '/api/hotline/lookup',
      {
        schema: {
          tags,
          summary: 'Hồ sơ trước đây của người gọi theo số điện thoại',
          querystring: z.strictObject({ phone: z.string().trim().max(20) }),
        },
      },
      async (request) => casesByPhone(db, actorOf(request), request.query.phone),
    )

    app.get(
      '/api/hotline/counts',
      {
        schema: {
          tags,
          summary: 'Số cuộc gọi theo ngày, tuần hoặc tháng, tách theo kết quả',
          querystring: hotlineCountsQuery,
        },
      },
      async (request) => callCounts(db, actorOf(request), request.query),
    )
  }
