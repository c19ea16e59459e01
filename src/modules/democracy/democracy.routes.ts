import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import { uuidParam } from '../../contracts/common.ts'
import {
  conferenceActionParams,
  conferenceBody,
  conferenceListQuery,
  coverageQuery,
  enterpriseActionParams,
  enterpriseBody,
  enterpriseUpdateBody,
  enterpriseListQuery,
  rulesBody,
  rulesListQuery,
} from '../../contracts/democracy.ts'
import { readMultipartForm, registerAttachmentOwner } from '../../platform/files/index.ts'
import { findEnterprise } from './democracy.repo.ts'
import { recordConference } from './commands/recordConference.ts'
import { conferenceAction } from './commands/conferenceAction.ts'
import { registerEnterprise } from './commands/registerEnterprise.ts'
import { updateEnterprise } from './commands/updateEnterprise.ts'
import { enterpriseAction } from './commands/enterpriseAction.ts'
import { adoptRules } from './commands/adoptRules.ts'
import {
  addDemocracyAttachments,
  checkConferenceAttachment,
  checkRulesAttachment,
  CONFERENCE_ATTACHMENT,
  RULES_ATTACHMENT,
} from './commands/attachments.ts'
import {
  conferenceDetail,
  conferenceList,
  democracyCoverage,
  enterpriseList,
  presentEnterprise,
  rulesHistory,
} from './democracy.queries.ts'

const tags = ['Dân chủ ở cơ sở']
const files = {
  consumes: ['multipart/form-data'],
  params: uuidParam,
}

export const democracyRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    registerAttachmentOwner(CONFERENCE_ATTACHMENT, checkConferenceAttachment)
    registerAttachmentOwner(RULES_ATTACHMENT, checkRulesAttachment)
    const ctx = (request: Parameters<typeof actorOf>[0]) => ({
      actor: actorOf(request),
      db,
      requestId: request.id,
    })

    app.get(
      '/api/democracy/conferences',
      {
        schema: {
          tags,
          summary: 'Hội nghị cán bộ, công chức và hội nghị người lao động trong phạm vi',
          querystring: conferenceListQuery,
        },
      },
      async (request) => conferenceList(db, actorOf(request), request.query),
    )
    app.post(
      '/api/democracy/conferences',
      {
        schema: {
          tags,
          summary:
            'Ghi nhận hội nghị hằng năm (kiểm tra tỷ lệ có mặt 2/3, thời hạn 3 tháng, nghị quyết > 50 %)',
          body: conferenceBody,
        },
      },
      async (request, reply) => {
        const row = await recordConference(ctx(request), request.body)
        return reply.status(201).send(await conferenceDetail(db, actorOf(request), row.id))
      },
    )
    app.get(
      '/api/democracy/conferences/:id',
      { schema: { tags, summary: 'Một hội nghị với nghị quyết và biên bản', params: uuidParam } },
      async (request) => conferenceDetail(db, actorOf(request), request.params.id),
    )
    app.post(
      '/api/democracy/conferences/:id/actions/:action',
      {
        schema: {
          tags,
          summary:
            'Đính chính (correct: thay số liệu, kiểm tra lại, giữ giá trị cũ trong lịch sử) hoặc rút (withdraw) một hội nghị đã ghi nhận — cần lý do; tỷ lệ tính lại ngay',
          params: conferenceActionParams,
          // Checked by the command after the state (INVALID_TRANSITION comes before body errors).
          body: z.record(z.string(), z.unknown()).optional(),
        },
      },
      async (request) => {
        await conferenceAction(ctx(request), request.params.id, request.params.action, request.body ?? {})
        return conferenceDetail(db, actorOf(request), request.params.id)
      },
    )
    app.post(
      '/api/democracy/conferences/:id/attachments',
      { schema: { tags, summary: 'Đính kèm biên bản hội nghị (multipart/form-data)', ...files } },
      async (request, reply) => {
        const { files: uploaded } = await readMultipartForm(request)
        const stored = await addDemocracyAttachments(
          ctx(request),
          CONFERENCE_ATTACHMENT,
          request.params.id,
          uploaded,
        )
        return reply.status(201).send({ items: stored, nextCursor: null })
      },
    )
    app.get(
      '/api/democracy/coverage',
      {
        schema: {
          tags,
          summary:
            'Tỷ lệ cơ quan, đơn vị và doanh nghiệp đã tổ chức hội nghị hợp lệ trong năm; danh sách còn thiếu',
          querystring: coverageQuery,
        },
      },
      async (request) => democracyCoverage(db, actorOf(request), request.query),
    )
    app.get(
      '/api/democracy/enterprises',
      {
        schema: {
          tags,
          summary: 'Danh sách doanh nghiệp do đơn vị trong phạm vi quản lý',
          querystring: enterpriseListQuery,
        },
      },
      async (request) => enterpriseList(db, actorOf(request), request.query),
    )
    app.post(
      '/api/democracy/enterprises',
      { schema: { tags, summary: 'Thêm doanh nghiệp vào danh sách theo dõi', body: enterpriseBody } },
      async (request, reply) => {
        const row = await registerEnterprise(ctx(request), request.body)
        const found = await findEnterprise(db.db, row.id)
        return reply.status(201).send(presentEnterprise(row, found?.organizationName ?? ''))
      },
    )
    app.patch(
      '/api/democracy/enterprises/:id',
      {
        schema: {
          tags,
          summary: 'Sửa thông tin doanh nghiệp (chỉ các trường gửi lên; null để xóa địa bàn, địa chỉ)',
          params: uuidParam,
          body: enterpriseUpdateBody,
        },
      },
      async (request) => {
        const row = await updateEnterprise(ctx(request), request.params.id, request.body)
        const found = await findEnterprise(db.db, row.id)
        return presentEnterprise(row, found?.organizationName ?? '')
      },
    )
    app.post(
      '/api/democracy/enterprises/:id/actions/:action',
      {
        schema: {
          tags,
          summary:
            'Ngừng theo dõi (deactivate, cần reason) hoặc theo dõi lại (reactivate) một doanh nghiệp; tỷ lệ tính lại ngay',
          params: enterpriseActionParams,
          // Checked by the command after the state (INVALID_TRANSITION comes before body errors).
          body: z.record(z.string(), z.unknown()).optional(),
        },
      },
      async (request) => {
        const row = await enterpriseAction(
          ctx(request),
          request.params.id,
          request.params.action,
          request.body ?? {},
        )
        const found = await findEnterprise(db.db, row.id)
        return presentEnterprise(row, found?.organizationName ?? '')
      },
    )
    app.get(
      '/api/democracy/rules',
      {
        schema: {
          tags,
          summary: 'Quy chế dân chủ của một cơ quan: các phiên bản, phiên bản hiện hành',
          querystring: rulesListQuery,
        },
      },
      async (request) => rulesHistory(db, actorOf(request), request.query.organization),
    )
    app.post(
      '/api/democracy/rules',
      { schema: { tags, summary: 'Ban hành phiên bản mới của quy chế dân chủ', body: rulesBody } },
      async (request, reply) => {
        const row = await adoptRules(ctx(request), request.body)
        return reply.status(201).send(await rulesHistory(db, actorOf(request), row.organizationId))
      },
    )
    app.post(
      '/api/democracy/rules/:id/attachments',
      { schema: { tags, summary: 'Đính kèm quyết định, văn bản quy chế (multipart/form-data)', ...files } },
      async (request, reply) => {
        const { files: uploaded } = await readMultipartForm(request)
        const stored = await addDemocracyAttachments(
          ctx(request),
          RULES_ATTACHMENT,
          request.params.id,
          uploaded,
        )
        return reply.status(201).send({ items: stored, nextCursor: null })
      },
    )
  }
