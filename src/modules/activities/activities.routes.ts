import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import { uuidParam } from '../../contracts/common.ts'
import {
  activityBody,
  activityListQuery,
  activityPatch,
  commitmentActionParams,
  commitmentBody,
  commitmentListQuery,
  summaryQuery,
} from '../../contracts/activities.ts'
import { notFound } from '../../platform/errors.ts'
import { covers, authorize } from '../../platform/access/actor.ts'
import { activityDetail, activityList, commitmentDetail, commitmentList } from './activities.queries.ts'
import { activitySummary } from './summary.ts'
import { recordActivity } from './commands/recordActivity.ts'
import { updateActivity } from './commands/updateActivity.ts'
import { addCommitment } from './commands/addCommitment.ts'
import { commitmentAction } from './commands/commitmentAction.ts'
import { findActivity } from './activities.repo.ts'
import { kinds, activityKinds } from './kinds.ts'
import { groupLabels, kindLabels, levelLabels, messages } from './messages.ts'
import { commitmentTransitions } from './commitment-lifecycle.ts'
import { readMultipartForm, registerAttachmentOwner } from '../../platform/files/index.ts'
import {
  ACTIVITY_ATTACHMENT,
  addActivityAttachments,
  checkActivityAttachmentAccess,
} from './commands/activityAttachments.ts'

const tags = ['Hoạt động dân vận']

export const activityRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    registerAttachmentOwner(ACTIVITY_ATTACHMENT, checkActivityAttachmentAccess)
    const ctx = (request: Parameters<typeof actorOf>[0]) => ({
      actor: actorOf(request),
      db,
      requestId: request.id,
    })

    app.get(
      '/api/activities',
      {
        schema: {
          tags,
          summary: 'Danh sách hoạt động trong phạm vi (mới nhất trước; upcoming=true: lịch sắp tới)',
          querystring: activityListQuery,
        },
      },
      async (request) => activityList(db, actorOf(request), request.query),
    )

    app.get(
      '/api/activities/kinds',
      { schema: { tags, summary: 'Các loại hoạt động: tên, nhóm người tham dự, cam kết/kiến nghị' } },
      async (request) => {
        authorize(actorOf(request), 'activities.read')
        return {
          items: activityKinds.map((k) => ({
            code: k,
            label: kindLabels[k],
            groups: kinds[k].groups.map((g) => ({ code: g, label: groupLabels[g] })),
            followUp: kinds[k].followUp,
          })),
          levels: Object.entries(levelLabels).map(([code, label]) => ({ code, label })),
          transitions: commitmentTransitions,
          nextCursor: null,
        }
      },
    )

    app.get(
      '/api/activities/summary',
      {
        schema: {
          tags,
          summary:
            'Tổng hợp số hoạt động và người tham dự theo cấp, loại hoặc đơn vị hành chính; kèm số liệu quy về địa giới hiện nay',
          querystring: summaryQuery,
        },
      },
      async (request) => activitySummary(db, actorOf(request), request.query),
    )

    app.get(
      '/api/activities/:id',
      { schema: { tags, summary: 'Một hoạt động, với số người tham dự và cam kết', params: uuidParam } },
      async (request) => activityDetail(db, actorOf(request), request.params.id),
    )

    app.post(
      '/api/activities',
      {
        schema: {
          tags,
          summary: 'Ghi nhận một hoạt động (kèm cam kết, kiến nghị nếu có)',
          body: activityBody,
        },
      },
      async (request, reply) => {
        const row = await recordActivity(ctx(request), request.body)
        return reply.status(201).send(await activityDetail(db, actorOf(request), row.id))
      },
    )

    app.patch(
      '/api/activities/:id',
      { schema: { tags, summary: 'Sửa, bổ sung một hoạt động', params: uuidParam, body: activityPatch } },
      async (request) => {
        await updateActivity(ctx(request), request.params.id, request.body)
        return activityDetail(db, actorOf(request), request.params.id)
      },
    )

    app.post(
      '/api/activities/:id/attachments',
      {
        schema: {
          tags,
          summary:
            'Đính kèm biên bản, ảnh, danh sách người tham dự (multipart/form-data; PDF, ảnh, DOCX, XLSX; kiểm tra theo nội dung)',
          params: uuidParam,
          consumes: ['multipart/form-data'],
        },
      },
      async (request, reply) => {
        const { files } = await readMultipartForm(request)
        const stored = await addActivityAttachments(ctx(request), request.params.id, files)
        return reply.status(201).send({ items: stored, nextCursor: null })
      },
    )

    app.get(
      '/api/commitments',
      {
        schema: {
          tags,
          summary: 'Cam kết, kiến nghị trong phạm vi (hạn gần nhất trước; overdue=true: quá hạn)',
          querystring: commitmentListQuery,
        },
      },
      async (request) => commitmentList(db, actorOf(request), request.query),
    )

    app.get(
      '/api/commitments/:id',
      { schema: { tags, summary: 'Một cam kết, kiến nghị với lịch sử', params: uuidParam } },
      async (request) => commitmentDetail(db, actorOf(request), request.params.id),
    )

    app.post(
      '/api/commitments',
      { schema: { tags, summary: 'Thêm cam kết, kiến nghị cho một hoạt động', body: commitmentBody } },
      async (request, reply) => {
        const context = ctx(request)
        const { activityId, ...input } = request.body
        const row = await db.transaction(async (tx) => {
          const found = await findActivity(tx, activityId, true)
          if (
            !found ||
            !context.actor.permissions.has('activities.read') ||
            !covers(context.actor, found.organizationPath)
          )
            throw notFound(messages.activityNotFound)
          authorize(context.actor, 'commitments.manage', { organizationPath: found.organizationPath })
          return addCommitment(tx, context, found.row, input)
        })
        return reply.status(201).send(await commitmentDetail(db, context.actor, row.id))
      },
    )

    app.post(
      '/api/commitments/:id/actions/:action',
      {
        schema: {
          tags,
          summary: 'Thao tác trên cam kết: hoàn thành, gia hạn, hủy, mở lại',
          params: commitmentActionParams,
          body: z.record(z.string(), z.unknown()).optional(),
        },
      },
      async (request) => {
        const context = ctx(request)
        await commitmentAction(context, request.params.id, request.params.action, request.body ?? {})
        return commitmentDetail(db, context.actor, request.params.id)
      },
    )
  }
