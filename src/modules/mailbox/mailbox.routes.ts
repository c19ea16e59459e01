import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import type { Config } from '../../config.ts'
import { listOf, uuidParam } from '../../contracts/common.ts'
import {
  blockSenderBody,
  confirmDraftBody,
  confirmResult,
  discardBody,
  inboundListQuery,
  inboundMailView,
  replyBody,
} from '../../contracts/mailbox.ts'
import type { CaseDeps } from '../cases/index.ts'
import {
  attachmentContent,
  blockSender,
  confirmDraft,
  discardDraft,
  listBlocked,
  listInbound,
  replyByMail,
  unblockSender,
} from './mailbox.service.ts'

const tags = ['Thư điện tử']

export const mailboxRoutes =
  (db: Database, deps: CaseDeps, smtp: Config['smtp']): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (request: Parameters<typeof actorOf>[0]) => ({
      actor: actorOf(request),
      db,
      requestId: request.id,
    })

    app.get(
      '/api/mail/inbound',
      {
        schema: {
          tags,
          summary:
            'Thư đến: thư chờ xác nhận thành hồ sơ, thư trả lời đã gắn hồ sơ, thư cách ly và bị từ chối (kèm lý do)',
          querystring: inboundListQuery,
          response: { 200: listOf(inboundMailView) },
        },
      },
      async (request) => listInbound(db, actorOf(request), request.query),
    )

    app.post(
      '/api/mail/inbound/:id/confirm',
      {
        schema: {
          tags,
          summary: 'Xác nhận thư thành hồ sơ (kênh thư điện tử), phân loại đơn',
          params: uuidParam,
          body: confirmDraftBody,
          response: { 201: confirmResult },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await confirmDraft(ctx(request), deps, request.params.id, request.body)),
    )

    app.post(
      '/api/mail/inbound/:id/discard',
      {
        schema: {
          tags,
          summary: 'Loại bỏ thư (nêu lý do; thư vẫn được lưu)',
          params: uuidParam,
          body: discardBody,
        },
      },
      async (request, reply) => {
        await discardDraft(ctx(request), request.params.id, request.body.reason)
        return reply.status(204).send()
      },
    )

    app.get(
      '/api/mail/inbound/:id/attachments/:attachmentId',
      {
        schema: {
          tags,
          summary: 'Tải tệp đính kèm của thư đến',
          params: z.strictObject({
            id: z.uuid('Mã định danh không hợp lệ.'),
            attachmentId: z.uuid('Mã định danh không hợp lệ.'),
          }),
        },
      },
      async (request, reply) => {
        const file = await attachmentContent(
          db,
          actorOf(request),
          request.params.id,
          request.params.attachmentId,
        )
        return reply
          .header('content-type', file.mediaType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('x-content-type-options', 'nosniff')
          .send(file.content)
      },
    )

    app.get(
      '/api/mail/blocked-senders',
      { schema: { tags, summary: 'Địa chỉ người gửi bị chặn của đơn vị' } },
      async (request) => listBlocked(db, actorOf(request)),
    )

    app.post(
      '/api/mail/blocked-senders',
      {
        schema: {
          tags,
          summary: 'Chặn một địa chỉ người gửi (thư sau đó bị từ chối, có ghi lý do)',
          body: blockSenderBody,
        },
      },
      async (request, reply) =>
        reply.status(201).send(await blockSender(ctx(request), request.body.address, request.body.reason)),
    )

    app.delete(
      '/api/mail/blocked-senders/:id',
      { schema: { tags, summary: 'Bỏ chặn địa chỉ người gửi', params: uuidParam } },
      async (request, reply) => {
        await unblockSender(ctx(request), request.params.id)
        return reply.status(204).send()
      },
    )

    app.post(
      '/api/cases/:id/mail-reply',
      {
        schema: {
          tags,
          summary:
            'Gửi thư trả lời công dân (tiêu đề mang mã hồ sơ; thư trả lời của công dân tự gắn về hồ sơ)',
          params: uuidParam,
          body: replyBody,
        },
      },
      async (request) => replyByMail(ctx(request), smtp, request.params.id, request.body),
    )
  }
