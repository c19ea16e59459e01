import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { authorize } from '../../platform/access/actor.ts'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import { readMultipartForm, registerAttachmentOwner } from '../../platform/files/index.ts'
import { uuidParam } from '../../contracts/common.ts'
import {
  createModelFieldBody,
  fieldCode,
  modelActionParams,
  modelBody,
  modelListQuery,
  modelSummaryQuery,
  updateModelFieldBody,
} from '../../contracts/models.ts'
import {
  addModelAttachments,
  checkModelAttachmentAccess,
  MODEL_ATTACHMENT,
} from './commands/modelAttachments.ts'
import { modelAction } from './commands/modelAction.ts'
import { registerModel } from './commands/registerModel.ts'
import { updateModel } from './commands/updateModel.ts'
import { createModelField, listModelFields, updateModelField } from './fields.ts'
import {
  awardFormLabels,
  modelActionLabels,
  modelKindLabels,
  modelLevelLabels,
  modelStatusLabels,
} from './messages.ts'
import { DISTRICT_LEVEL_ENDED, modelLevels, modelStatuses, modelTransitions } from './model-lifecycle.ts'
import { modelDetail, modelList } from './models.queries.ts'
import { modelSummary } from './summary.ts'

const tags = ['Mô hình "Dân vận khéo"']

export const modelRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    registerAttachmentOwner(MODEL_ATTACHMENT, checkModelAttachmentAccess)
    const ctx = (request: Parameters<typeof actorOf>[0]) => ({
      actor: actorOf(request),
      db,
      requestId: request.id,
    })

    app.get(
      '/api/models/lifecycle',
      {
        schema: {
          tags,
          summary: 'Vòng đời mô hình: trạng thái, thao tác, cấp công nhận, hình thức khen thưởng',
        },
      },
      async (request) => {
        authorize(actorOf(request), 'models.read')
        return {
          statuses: modelStatuses.map((s) => ({ code: s, label: modelStatusLabels[s] })),
          actions: Object.entries(modelActionLabels).map(([code, label]) => ({ code, label })),
          transitions: modelTransitions,
          levels: modelLevels.map((l) => ({
            code: l,
            label: modelLevelLabels[l],
            ...(l === 'district' ? { before: DISTRICT_LEVEL_ENDED } : {}),
          })),
          kinds: Object.entries(modelKindLabels).map(([code, label]) => ({ code, label })),
          awardForms: Object.entries(awardFormLabels).map(([code, label]) => ({ code, label })),
        }
      },
    )

    app.get(
      '/api/models/fields',
      {
        schema: {
          tags,
          summary: 'Danh mục lĩnh vực mô hình dùng được ở đơn vị (có sẵn và do quản trị bổ sung)',
        },
      },
      async (request) => listModelFields(db, actorOf(request)),
    )

    app.post(
      '/api/models/fields',
      {
        schema: {
          tags,
          summary:
            'Bổ sung lĩnh vực (quản trị hệ thống: toàn quốc; quản trị đơn vị: cho đơn vị mình và cấp dưới)',
          body: createModelFieldBody,
        },
      },
      async (request, reply) => reply.status(201).send(await createModelField(ctx(request), request.body)),
    )

    app.patch(
      '/api/models/fields/:code',
      {
        schema: {
          tags,
          summary: 'Đổi tên hoặc ngừng dùng một lĩnh vực (mô hình cũ giữ nguyên mã)',
          params: z.strictObject({ code: fieldCode }),
          body: updateModelFieldBody,
        },
      },
      async (request) => updateModelField(ctx(request), request.params.code, request.body),
    )

    app.get(
      '/api/models/summary',
      {
        schema: {
          tags,
          summary:
            'Tổng hợp mô hình được công nhận theo cấp cao nhất, năm, lĩnh vực, đơn vị; số lượt khen thưởng (mặc định: phạm vi của bạn, 5 năm gần nhất)',
          querystring: modelSummaryQuery,
        },
      },
      async (request) => modelSummary(db, actorOf(request), request.query),
    )

    app.get(
      '/api/models',
      {
        schema: {
          tags,
          summary: 'Mô hình, điển hình trong phạm vi (mới đăng ký trước)',
          querystring: modelListQuery,
        },
      },
      async (request) => modelList(db, actorOf(request), request.query),
    )

    app.get(
      '/api/models/:id',
      {
        schema: {
          tags,
          summary: 'Một mô hình với các lần công nhận, khen thưởng và lịch sử',
          params: uuidParam,
        },
      },
      async (request) => modelDetail(db, actorOf(request), request.params.id),
    )

    app.post(
      '/api/models',
      {
        schema: {
          tags,
          summary: 'Đăng ký một mô hình (tập thể) hoặc điển hình (cá nhân) — bản nháp',
          body: modelBody,
        },
      },
      async (request, reply) => {
        const row = await registerModel(ctx(request), request.body)
        return reply.status(201).send(await modelDetail(db, actorOf(request), row.id))
      },
    )

    app.patch(
      '/api/models/:id',
      {
        schema: {
          tags,
          summary:
            'Sửa mô hình đang soạn hoặc bị trả lại (chỉ các trường gửi lên; null để xóa trường không bắt buộc; expectedVersion)',
          params: uuidParam,
          // Checked by the command after the state (INVALID_TRANSITION comes before body errors).
          body: z.record(z.string(), z.unknown()).optional(),
        },
      },
      async (request) => {
        await updateModel(ctx(request), request.params.id, request.body ?? {})
        return modelDetail(db, actorOf(request), request.params.id)
      },
    )

    app.post(
      '/api/models/:id/actions/:action',
      {
        schema: {
          tags,
          summary:
            'Thao tác: gửi, trả lại, gửi lại, công nhận, khen thưởng, nhân rộng, rút (xem /api/models/lifecycle)',
          params: modelActionParams,
          body: z.record(z.string(), z.unknown()).optional(),
        },
      },
      async (request) => {
        await modelAction(ctx(request), request.params.id, request.params.action, request.body ?? {})
        return modelDetail(db, actorOf(request), request.params.id)
      },
    )

    app.post(
      '/api/models/:id/attachments',
      {
        schema: {
          tags,
          summary: 'Đính kèm ảnh, báo cáo, quyết định công nhận (multipart/form-data; PDF, ảnh, DOCX, XLSX)',
          params: uuidParam,
          consumes: ['multipart/form-data'],
        },
      },
      async (request, reply) => {
        const { files } = await readMultipartForm(request)
        const stored = await addModelAttachments(ctx(request), request.params.id, files)
        return reply.status(201).send({ items: stored, nextCursor: null })
      },
    )
  }
