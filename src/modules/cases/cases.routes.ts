import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import { validationFailed } from '../../platform/errors.ts'
import { listOf, uuidParam } from '../../contracts/common.ts'
import {
  caseAttachmentView,
  caseEventView,
  caseListItem,
  caseListQuery,
  caseView,
  intakeBody,
  intakeResult,
  revealBody,
  revealedIdentity,
} from '../../contracts/cases.ts'
import { transitionTable } from './lifecycles/index.ts'
import { caseCounts, caseDetail, caseList, caseTimeline, openMatters } from './cases.queries.ts'
import { intakeCase } from './commands/intakeCase.ts'
import { takeAction } from './commands/takeAction.ts'
import { revealIdentity } from './commands/revealIdentity.ts'
import { addCaseAttachments, checkCaseAttachmentAccess, CASE_ATTACHMENT } from './commands/caseAttachments.ts'
import { readMultipartForm, registerAttachmentOwner } from '../../platform/files/index.ts'
import type { CaseDeps } from './identity.ts'
import { assigneesOf } from './assignees.ts'

const tags = ['Hồ sơ vụ việc']

/** `If-Match: 3` or `If-Match: "3"` — the version the caller saw. */
function ifMatchVersion(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined
  const value = (Array.isArray(header) ? header[0] : header)?.replace(/^W\//, '').replace(/"/g, '').trim()
  const version = Number(value)
  if (!value || !Number.isInteger(version) || version < 1)
    throw validationFailed([
      { path: 'If-Match', message: 'Phiên bản trong If-Match phải là số nguyên dương.' },
    ])
  return version
}

export const caseRoutes =
  (db: Database, deps: CaseDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (request: Parameters<typeof actorOf>[0]) => ({
      actor: actorOf(request),
      db,
      requestId: request.id,
    })

    app.get(
      '/api/cases',
      {
        schema: {
          tags,
          summary: 'Danh sách hồ sơ trong phạm vi (mới tiếp nhận trước; lọc theo trạng thái, loại, hạn)',
          querystring: caseListQuery,
          response: { 200: listOf(caseListItem) },
        },
      },
      async (request) => caseList(db, actorOf(request), request.query),
    )

    app.get(
      '/api/cases/counts',
      {
        schema: {
          tags,
          summary: 'Số hồ sơ quá hạn và sắp đến hạn (trong 3 ngày) trong phạm vi',
          response: { 200: z.object({ overdue: z.number().int(), dueSoon: z.number().int() }) },
        },
      },
      async (request) => caseCounts(db, actorOf(request)),
    )

    app.get(
      '/api/cases/lifecycles',
      {
        schema: {
          tags,
          summary: 'Quy trình xử lý từng loại đơn: trạng thái, thao tác, căn cứ pháp lý',
        },
      },
      async () => ({ items: transitionTable(), nextCursor: null }),
    )

    app.get(
      '/api/matters',
      {
        schema: {
          tags,
          summary: 'Vụ việc phức tạp, kéo dài còn mở (nhiều lượt đơn nhất trước)',
          querystring: z.strictObject({
            limit: z.coerce
              .number()
              .int()
              .min(1, 'Phải từ 1 đến 100.')
              .max(100, 'Phải từ 1 đến 100.')
              .default(50),
          }),
        },
      },
      async (request) => openMatters(db, actorOf(request), request.query.limit),
    )

    app.get(
      '/api/cases/:id',
      {
        schema: {
          tags,
          summary: 'Một hồ sơ, với thời hạn và các thao tác được phép',
          params: uuidParam,
          response: { 200: caseView },
        },
      },
      async (request) => caseDetail(db, actorOf(request), request.params.id),
    )

    app.get(
      '/api/cases/:id/timeline',
      {
        schema: {
          tags,
          summary: 'Dòng thời gian xử lý hồ sơ',
          params: uuidParam,
          response: { 200: listOf(caseEventView) },
        },
      },
      async (request) => caseTimeline(db, actorOf(request), request.params.id),
    )

    app.post(
      '/api/cases',
      {
        schema: {
          tags,
          summary: 'Tiếp nhận đơn (cơ quan tiếp nhận là đơn vị của người nhập)',
          body: intakeBody,
          response: { 201: intakeResult },
        },
      },
      async (request, reply) => {
        const { row, dueDates } = await intakeCase(ctx(request), deps, request.body)
        return reply.status(201).send({
          id: row.id,
          trackingCode: row.trackingCode,
          letterId: row.letterId,
          status: row.status,
          version: row.version,
          dueDates,
        })
      },
    )

    app.post(
      '/api/cases/:id/actions/:action',
      {
        schema: {
          tags,
          summary:
            'Thực hiện một bước xử lý (thụ lý, chuyển đơn, gia hạn, ban hành quyết định…); kiểm tra phiên bản bằng expectedVersion hoặc If-Match',
          params: z.strictObject({
            id: z.uuid('Mã định danh không hợp lệ.'),
            action: z.string().regex(/^[a-z_]{2,40}$/, 'Thao tác không hợp lệ.'),
          }),
          body: z.record(z.string(), z.unknown()).optional(),
          response: { 200: caseView },
        },
      },
      async (request) => {
        const context = ctx(request)
        await takeAction(
          context,
          request.params.id,
          request.params.action,
          request.body ?? {},
          ifMatchVersion(request.headers['if-match']),
        )
        return caseDetail(db, context.actor, request.params.id)
      },
    )

    registerAttachmentOwner(CASE_ATTACHMENT, checkCaseAttachmentAccess)

    app.get(
      '/api/cases/:id/assignees',
      {
        schema: {
          tags,
          summary:
            'Cán bộ có thể được giao xử lý hồ sơ (người xử lý đơn của cơ quan nhận hoặc đơn vị trực thuộc)',
          params: uuidParam,
          querystring: z.strictObject({ q: z.string().max(100, 'Tối đa 100 ký tự.').optional() }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.uuid(),
                  username: z.string(),
                  fullName: z.string(),
                  organizationName: z.string(),
                }),
              ),
              nextCursor: z.null(),
            }),
          },
        },
      },
      async (request) => assigneesOf(db, actorOf(request), request.params.id, request.query.q),
    )

    app.post(
      '/api/cases/:id/attachments',
      {
        schema: {
          tags,
          summary:
            'Đính kèm tệp vào hồ sơ (multipart/form-data; PDF, ảnh, DOCX, XLSX; kiểm tra theo nội dung, tối đa 10 MB mỗi tệp)',
          params: uuidParam,
          consumes: ['multipart/form-data'],
          response: { 201: z.object({ items: z.array(caseAttachmentView), nextCursor: z.null() }) },
        },
      },
      async (request, reply) => {
        const { files } = await readMultipartForm(request)
        const stored = await addCaseAttachments(ctx(request), request.params.id, files)
        return reply.status(201).send({ items: stored, nextCursor: null })
      },
    )

    app.post(
      '/api/cases/:id/identity/reveal',
      {
        schema: {
          tags,
          summary: 'Xem danh tính người tố cáo được bảo vệ (cần quyền riêng và lý do; được ghi nhật ký)',
          params: uuidParam,
          body: revealBody,
          response: { 200: revealedIdentity },
        },
      },
      async (request) => ({
        citizens: await revealIdentity(ctx(request), deps, request.params.id, request.body.reason),
      }),
    )
  }
