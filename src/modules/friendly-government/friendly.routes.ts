import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import { uuidParam } from '../../contracts/common.ts'
import {
  criteriaSetBody,
  criteriaSetListQuery,
  evaluationActionParams,
  evaluationBody,
  evaluationListQuery,
  evaluationPatch,
  summaryQuery,
} from '../../contracts/friendly-government.ts'
import { readMultipartForm, registerAttachmentOwner } from '../../platform/files/index.ts'
import { createEvaluation } from './commands/createEvaluation.ts'
import { updateEvaluation } from './commands/updateEvaluation.ts'
import { evaluationAction } from './commands/evaluationAction.ts'
import { defineCriteriaSet } from './commands/defineCriteriaSet.ts'
import { addEvidenceFiles, checkEvidenceAccess, EVIDENCE_ATTACHMENT } from './commands/evidenceFiles.ts'
import { criteriaSetList, evaluationDetail, evaluationList, friendlySummary } from './friendly.queries.ts'
import { evaluationTransitions } from './lifecycle.ts'
import { actionLabels, evidenceLabels, ratingLabels, statusLabels } from './messages.ts'
import { presentCriteriaSet } from './present.ts'

const tags = ['Chính quyền thân thiện']
const base = '/api/friendly-government'

export const friendlyGovernmentRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    registerAttachmentOwner(EVIDENCE_ATTACHMENT, checkEvidenceAccess)
    const ctx = (request: Parameters<typeof actorOf>[0]) => ({
      actor: actorOf(request),
      db,
      requestId: request.id,
    })

    app.get(
      `${base}/evaluations`,
      {
        schema: {
          tags,
          summary: 'Bản đánh giá trong phạm vi (năm mới nhất trước; toReview=true: chờ mình đánh giá)',
          querystring: evaluationListQuery,
        },
      },
      async (request) => evaluationList(db, actorOf(request), request.query),
    )

    app.post(
      `${base}/evaluations`,
      {
        schema: {
          tags,
          summary: 'Lập bản tự đánh giá của một đơn vị cho một năm (theo bộ tiêu chí có hiệu lực ngày 31/12)',
          body: evaluationBody,
        },
      },
      async (request, reply) => {
        const row = await createEvaluation(ctx(request), request.body)
        return reply.status(201).send(await evaluationDetail(db, actorOf(request), row.id))
      },
    )

    app.get(
      `${base}/evaluations/:id`,
      {
        schema: {
          tags,
          summary: 'Một bản đánh giá: điểm từng tiêu chí, minh chứng, lịch sử',
          params: uuidParam,
        },
      },
      async (request) => evaluationDetail(db, actorOf(request), request.params.id),
    )

    app.patch(
      `${base}/evaluations/:id`,
      {
        schema: {
          tags,
          summary: 'Lưu điểm, minh chứng tự đánh giá (khi đang tự đánh giá hoặc bị trả lại)',
          params: uuidParam,
          body: evaluationPatch,
        },
      },
      async (request) => {
        await updateEvaluation(ctx(request), request.params.id, request.body)
        return evaluationDetail(db, actorOf(request), request.params.id)
      },
    )

    app.post(
      `${base}/evaluations/:id/actions/:action`,
      {
        schema: {
          tags,
          summary: 'Gửi (submit), trả lại (return), xếp loại (rate), mở lại (reopen)',
          params: evaluationActionParams,
          body: z.record(z.string(), z.unknown()).optional(),
        },
      },
      async (request) => {
        await evaluationAction(ctx(request), request.params.id, request.params.action, request.body ?? {})
        return evaluationDetail(db, actorOf(request), request.params.id)
      },
    )

    app.post(
      `${base}/evaluations/:id/criteria/:criterion/attachments`,
      {
        schema: {
          tags,
          summary: 'Đính kèm tệp minh chứng cho một tiêu chí (multipart/form-data; PDF, ảnh, DOCX, XLSX)',
          params: z.strictObject({
            id: z.uuid('Mã định danh không hợp lệ.'),
            criterion: z.string().regex(/^[A-Za-z0-9._-]{1,20}$/, 'Mã tiêu chí không hợp lệ.'),
          }),
          consumes: ['multipart/form-data'],
        },
      },
      async (request, reply) => {
        const { files } = await readMultipartForm(request)
        const stored = await addEvidenceFiles(
          ctx(request),
          request.params.id,
          request.params.criterion,
          files,
        )
        return reply.status(201).send({ items: stored, nextCursor: null })
      },
    )

    app.get(
      `${base}/summary`,
      {
        schema: {
          tags,
          summary:
            'Theo tỉnh: số đơn vị được xếp loại, số và tỷ lệ xếp loại tốt, theo từng loại (trong phạm vi)',
          querystring: summaryQuery,
        },
      },
      async (request) => friendlySummary(db, actorOf(request), request.query),
    )

    app.get(
      `${base}/criteria-sets`,
      {
        schema: {
          tags,
          summary: 'Bộ tiêu chí (của tỉnh và mặc định) theo phiên bản; organization+year: bộ áp dụng',
          querystring: criteriaSetListQuery,
        },
      },
      async (request) => criteriaSetList(db, actorOf(request), request.query),
    )

    app.post(
      `${base}/criteria-sets`,
      {
        schema: {
          tags,
          summary: 'Tỉnh ban hành bộ tiêu chí riêng hoặc phiên bản mới',
          body: criteriaSetBody,
        },
      },
      async (request, reply) =>
        reply.status(201).send(presentCriteriaSet(await defineCriteriaSet(ctx(request), request.body))),
    )

    app.get(
      `${base}/lifecycle`,
      { schema: { tags, summary: 'Vòng đời bản đánh giá, tên trạng thái, xếp loại, loại minh chứng' } },
      async () => ({
        transitions: evaluationTransitions,
        statuses: statusLabels,
        actions: actionLabels,
        ratings: ratingLabels,
        evidenceTypes: evidenceLabels,
      }),
    )
  }
