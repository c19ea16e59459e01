import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound } from '../../platform/errors.ts'
import { listOf, uuidParam } from '../../contracts/common.ts'
import {
  citizenLookupQuery,
  complianceView,
  completeTaskBody,
  holdSessionBody,
  publicScheduleEntry,
  publicScheduleQuery,
  registerQuery,
  revealedVisitors,
  sessionBody,
  sessionListQuery,
  sessionView,
  visitBody,
  visitListItem,
  visitListQuery,
  visitRevealBody,
  visitView,
} from '../../contracts/reception.ts'
import type { CaseDeps } from '../cases/index.ts'
import { vietnamDateOf } from '../calendar/index.ts'
import { recordVisit } from './commands/recordVisit.ts'
import { revealVisitors } from './commands/revealVisitors.ts'
import { cancelSession, completeTask, holdSession, scheduleSession } from './commands/sessions.ts'
import { issueRefusalNotice } from './commands/issueNotice.ts'
import { addOfficer, addPlace } from './commands/roster.ts'
import {
  citizenLookup,
  listPublicSchedule,
  placesAndOfficers,
  refusalGroundList,
  scheduleCompliance,
  sessionList,
  visitDetail,
  visitList,
} from './reception.queries.ts'
import { buildRegister, registerPdf, registerXlsx } from './register.ts'
import { refusalNoticeFile } from './refusal-notice.ts'

const tags = ['Tiếp công dân']
const isoDate = z.iso.date('Ngày phải có dạng YYYY-MM-DD.')
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const attachment = (name: string) => `attachment; filename="${name}"`

export const receptionRoutes =
  (db: Database, deps: CaseDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (request: Parameters<typeof actorOf>[0]) => ({
      actor: actorOf(request),
      db,
      requestId: request.id,
    })

    app.post(
      '/api/reception/visits',
      {
        schema: {
          tags,
          summary: 'Ghi lượt tiếp công dân (tạo hoặc liên kết hồ sơ, hướng dẫn hoặc từ chối tiếp)',
          body: visitBody,
          response: { 201: visitView },
        },
      },
      async (request, reply) => {
        const context = ctx(request)
        const id = await recordVisit(context, deps, request.body)
        return reply.status(201).send(await visitDetail(db, context.actor, id))
      },
    )

    app.get(
      '/api/reception/visits',
      {
        schema: {
          tags,
          summary: 'Danh sách lượt tiếp (mới nhất trước; lọc theo ngày, đơn vị, tên hoặc số CCCD không dấu)',
          querystring: visitListQuery,
          response: { 200: listOf(visitListItem) },
        },
      },
      async (request) => visitList(db, actorOf(request), request.query),
    )

    app.get(
      '/api/reception/visits/:id',
      {
        schema: { tags, summary: 'Một lượt tiếp công dân', params: uuidParam, response: { 200: visitView } },
      },
      async (request) => visitDetail(db, actorOf(request), request.params.id),
    )

    app.post(
      '/api/reception/visits/:id/reveal-identity',
      {
        schema: {
          tags,
          summary:
            'Xem danh tính người tố cáo của lượt tiếp được giữ bí mật (lãnh đạo có quyền riêng, cần lý do; được ghi nhật ký)',
          params: uuidParam,
          body: visitRevealBody,
          response: { 200: revealedVisitors },
        },
      },
      async (request) => ({
        citizens: await revealVisitors(ctx(request), deps, request.params.id, request.body.reason),
      }),
    )

    app.get(
      '/api/reception/visits/:id/refusal-notice',
      {
        schema: {
          tags,
          summary: 'Thông báo từ chối tiếp công dân (mẫu 01/TCD), DOCX hoặc PDF',
          params: uuidParam,
          querystring: z.strictObject({
            format: z.enum(['docx', 'pdf'], { error: 'Định dạng phải là docx hoặc pdf.' }).default('docx'),
          }),
        },
      },
      async (request, reply) => {
        const format = request.query.format
        const file = await refusalNoticeFile(db, actorOf(request), request.params.id, format)
        return reply
          .type(format === 'pdf' ? 'application/pdf' : DOCX)
          .header('content-disposition', attachment(`thong-bao-tu-choi-tiep-01TCD.${format}`))
          .send(file)
      },
    )

    app.post(
      '/api/reception/refusal-notices/:id/issue',
      {
        schema: {
          tags,
          summary: 'Ghi nhận đã ban hành thông báo từ chối tiếp (số, ngày)',
          params: uuidParam,
          body: z.strictObject({
            number: z
              .string()
              .trim()
              .min(1, 'Hãy nhập số thông báo.')
              .max(100, 'Số thông báo tối đa 100 ký tự.'),
            issuedOn: isoDate,
          }),
        },
      },
      async (request, reply) => {
        await issueRefusalNotice(ctx(request), request.params.id, request.body)
        return reply.status(204).send()
      },
    )

    app.get(
      '/api/reception/citizens',
      {
        schema: {
          tags,
          summary: 'Tra cứu lượt tiếp và hồ sơ trước của công dân theo số CCCD hoặc họ tên (gõ không dấu)',
          querystring: citizenLookupQuery,
        },
      },
      async (request) => citizenLookup(db, actorOf(request), request.query.q),
    )

    app.get(
      '/api/reception/refusal-grounds',
      {
        schema: {
          tags,
          summary: 'Danh mục lý do từ chối tiếp có hiệu lực vào một ngày (mặc định hôm nay)',
          querystring: z.strictObject({ date: isoDate.optional() }),
        },
      },
      async (request) =>
        refusalGroundList(db, actorOf(request), request.query.date ?? vietnamDateOf(Date.now())),
    )

    app.get(
      '/api/reception/places',
      {
        schema: {
          tags,
          summary: 'Địa điểm tiếp và cán bộ tiếp công dân thường xuyên của đơn vị',
          querystring: z.strictObject({ organization: z.uuid('Đơn vị không hợp lệ.').optional() }),
        },
      },
      async (request) => placesAndOfficers(db, actorOf(request), request.query.organization),
    )

    const name = (label: string, max: number) =>
      z.string().trim().min(2, `Hãy nhập ${label}.`).max(max, `${label} tối đa ${max} ký tự.`)
    const organizationId = z.uuid('Đơn vị không hợp lệ.').optional()

    app.post(
      '/api/reception/places',
      {
        schema: {
          tags,
          summary: 'Thêm địa điểm tiếp công dân của đơn vị',
          body: z.strictObject({
            organizationId,
            name: name('tên địa điểm', 300),
            address: name('địa chỉ', 500),
            hours: name('thời gian tiếp', 500),
          }),
        },
      },
      async (request, reply) => reply.status(201).send({ id: await addPlace(ctx(request), request.body) }),
    )

    app.post(
      '/api/reception/officers',
      {
        schema: {
          tags,
          summary: 'Thêm cán bộ tiếp công dân thường xuyên của đơn vị',
          body: z.strictObject({
            organizationId,
            fullName: name('họ và tên', 200),
            title: name('chức vụ', 200),
            userId: z.uuid('Tài khoản không hợp lệ.').optional(),
          }),
        },
      },
      async (request, reply) => reply.status(201).send({ id: await addOfficer(ctx(request), request.body) }),
    )

    app.get(
      '/api/reception/schedules',
      {
        schema: {
          tags,
          summary: 'Lịch tiếp công dân của đơn vị trong khoảng ngày, với kết luận và nội dung chỉ đạo',
          querystring: sessionListQuery,
          response: { 200: listOf(sessionView) },
        },
      },
      async (request) => sessionList(db, actorOf(request), request.query),
    )

    app.post(
      '/api/reception/schedules',
      {
        schema: {
          tags,
          summary: 'Xếp lịch một buổi tiếp công dân (định kỳ, đột xuất, trực tuyến, thường xuyên)',
          body: sessionBody,
          response: { 201: sessionView },
        },
      },
      async (request, reply) => {
        const context = ctx(request)
        const id = await scheduleSession(context, request.body)
        const list = await sessionList(db, context.actor, {
          organization: request.body.organizationId,
          from: request.body.date,
          to: request.body.date,
        })
        const created = list.items.find((s) => s.id === id)
        if (!created) throw notFound()
        return reply.status(201).send(created)
      },
    )

    app.get(
      '/api/reception/schedules/compliance',
      {
        schema: {
          tags,
          summary: 'Kiểm tra tần suất tiếp công dân của người đứng đầu theo quy định (cảnh báo khi thiếu)',
          querystring: sessionListQuery,
          response: { 200: listOf(complianceView) },
        },
      },
      async (request) => scheduleCompliance(db, actorOf(request), request.query),
    )

    app.post(
      '/api/reception/schedules/:id/hold',
      {
        schema: {
          tags,
          summary: 'Kết thúc buổi tiếp: thành phần, thông báo kết luận và nội dung chỉ đạo',
          params: uuidParam,
          body: holdSessionBody,
        },
      },
      async (request, reply) => {
        await holdSession(ctx(request), request.params.id, request.body)
        return reply.status(204).send()
      },
    )

    app.post(
      '/api/reception/schedules/:id/cancel',
      { schema: { tags, summary: 'Hủy buổi tiếp đã xếp lịch', params: uuidParam } },
      async (request, reply) => {
        await cancelSession(ctx(request), request.params.id)
        return reply.status(204).send()
      },
    )

    app.post(
      '/api/reception/tasks/:id/done',
      {
        schema: {
          tags,
          summary: 'Hoàn thành một nội dung chỉ đạo',
          params: uuidParam,
          body: completeTaskBody,
        },
      },
      async (request, reply) => {
        await completeTask(ctx(request), request.params.id, request.body)
        return reply.status(204).send()
      },
    )

    app.get(
      '/api/reception/register',
      {
        schema: {
          tags,
          summary: 'Sổ tiếp công dân (mẫu 03/TCD) của đơn vị trong khoảng ngày: XLSX hoặc PDF (A4 ngang)',
          querystring: registerQuery,
        },
      },
      async (request, reply) => {
        const actor = actorOf(request)
        const q = request.query
        const register = await buildRegister(db, actor, { ...q, subtree: q.subtree === 'true' })
        const name = `so-tiep-cong-dan-${q.from}-${q.to}`
        if (q.format === 'json') return { rows: register.rows, counts: register.counts }
        if (q.format === 'pdf')
          return reply
            .type('application/pdf')
            .header('content-disposition', attachment(`${name}.pdf`))
            .send(await registerPdf(register, actor.fullName))
        return reply
          .type(XLSX)
          .header('content-disposition', attachment(`${name}.xlsx`))
          .send(await registerXlsx(register))
      },
    )

    app.get(
      '/api/public/reception-schedule',
      {
        config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Lịch tiếp công dân công khai của một cơ quan (không cần đăng nhập)',
          querystring: publicScheduleQuery,
          response: { 200: listOf(publicScheduleEntry) },
        },
      },
      async (request) => ({
        items: await listPublicSchedule(db, {
          organizationId: request.query.organization,
          from: request.query.from,
          to: request.query.to,
        }),
        nextCursor: null,
      }),
    )
  }
