import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Database } from '../../platform/db/database.ts'
import { publicCaseView, publicPetitionBody, ratingBody, trackingParam } from '../../contracts/cases.ts'
import { rateAnswer } from './commands/rateAnswer.ts'
import { submitPublicCase } from './commands/submitPublicCase.ts'
import type { CaseDeps } from './identity.ts'
import { publicCaseOf } from './public.queries.ts'

const tags = ['Cổng công khai']

/**
 * Citizens' side: submit a petition or feedback without an account (consent to personal-data processing
 * required, Law 91/2025/QH15), follow it by tracking code, rate the answer once. Rate-limited per address.
 */
export const publicCaseRoutes =
  (db: Database, deps: CaseDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/public/petitions',
      {
        config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Công dân gửi kiến nghị, phản ánh trực tuyến (cần đồng ý xử lý dữ liệu cá nhân)',
          security: [],
          body: publicPetitionBody,
          response: { 201: z.object({ trackingCode: z.string() }) },
        },
      },
      async (request, reply) => {
        const { organizationId, organizationCode, consent: _consent, ...body } = request.body
        const row = await submitPublicCase(
          db,
          deps,
          {
            ...body,
            ...(organizationId ? { organizationId } : {}),
            ...(organizationCode ? { organizationCode } : {}),
            via: 'Cổng tiếp nhận trực tuyến',
          },
          request.id,
        )
        return reply.status(201).send({ trackingCode: row.trackingCode })
      },
    )

    app.get(
      '/api/public/cases/:trackingCode',
      {
        config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Tra cứu tình trạng hồ sơ bằng mã tra cứu (không hiển thị thông tin cá nhân)',
          security: [],
          params: trackingParam,
          response: { 200: publicCaseView },
        },
      },
      async (request) => publicCaseOf(db, request.params.trackingCode),
    )

    app.post(
      '/api/public/cases/:trackingCode/rating',
      {
        config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Công dân đánh giá câu trả lời (1–5 và nhận xét), một lần',
          security: [],
          params: trackingParam,
          body: ratingBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await rateAnswer(db, request.params.trackingCode, request.body, request.id)
        return reply.status(204).send(null)
      },
    )
  }
