import { PassThrough } from 'node:stream'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { FastifyReply } from 'fastify'
import { z } from 'zod'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import { listOf, uuidParam } from '../../contracts/common.ts'
import {
  caseFilterFields,
  duplicateCandidate,
  duplicatesBody,
  searchHit,
  searchQuery,
} from '../../contracts/search.ts'
import { vietnamToday } from '../cases/index.ts'
import { filtersOf, search, textMatchOf } from './search.queries.ts'
import { findDuplicates, matterForCase } from './duplicates.ts'
import { exportCases } from './export.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function streamWorkbook(reply: FastifyReply, name: string, write: (out: PassThrough) => Promise<number>) {
  const out = new PassThrough()
  // Permission is checked synchronously inside `write`, before a byte is sent.
  const done = write(out)
  done.catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))))
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="${name}-${vietnamToday()}.xlsx"`)
    .send(out)
}

export const searchRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/search',
      {
        schema: {
          tags: ['Tìm kiếm'],
          summary:
            'Tìm hồ sơ, lượt tiếp dân hoặc vụ việc: gõ có hoặc không dấu, sai chính tả nhẹ, "cụm từ" chính xác; kết hợp bộ lọc',
          querystring: searchQuery,
          response: { 200: listOf(searchHit) },
        },
      },
      async (request) => search(db, actorOf(request), request.query),
    )

    app.get(
      '/api/search/export',
      {
        schema: {
          tags: ['Tìm kiếm'],
          summary: 'Xuất kết quả tìm kiếm hồ sơ ra Excel (XLSX), theo thứ tự liên quan',
          querystring: z.strictObject({
            q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự.').default(''),
            type: z
              .literal('case', { error: 'Chỉ xuất được kết quả tìm kiếm hồ sơ (type=case).' })
              .default('case'),
            ...caseFilterFields,
          }),
        },
      },
      async (request, reply) => {
        const actor = actorOf(request)
        const text = request.query.q ? textMatchOf(request.query.q).text : undefined
        return streamWorkbook(reply, 'tim-kiem-ho-so', (out) =>
          exportCases(db, actor, filtersOf(request.query), out, text),
        )
      },
    )

    app.get(
      '/api/cases/export',
      {
        schema: {
          tags: ['Hồ sơ vụ việc'],
          summary: 'Xuất danh sách hồ sơ (cùng bộ lọc) ra Excel (XLSX), truyền dần từng khối',
          querystring: z.strictObject(caseFilterFields),
        },
      },
      async (request, reply) => {
        const actor = actorOf(request)
        return streamWorkbook(reply, 'danh-sach-ho-so', (out) =>
          exportCases(db, actor, filtersOf(request.query), out),
        )
      },
    )

    app.post(
      '/api/cases/duplicates',
      {
        schema: {
          tags: ['Hồ sơ vụ việc'],
          summary:
            'Đơn có thể trùng: hồ sơ trước đó của cùng người (CCCD, điện thoại, họ tên và địa chỉ) hoặc nội dung tương tự, kèm điểm và lý do',
          body: duplicatesBody,
          response: { 200: z.object({ items: z.array(duplicateCandidate) }) },
        },
      },
      async (request) => findDuplicates(db, actorOf(request), request.body),
    )

    app.post(
      '/api/cases/:id/matter',
      {
        schema: {
          tags: ['Hồ sơ vụ việc'],
          summary: 'Vụ việc của một hồ sơ (mở vụ việc từ hồ sơ nếu chưa có) để gộp đơn mới vào bằng matterId',
          params: uuidParam,
          response: { 200: z.object({ matterId: z.uuid() }) },
        },
      },
      async (request) =>
        matterForCase({ actor: actorOf(request), db, requestId: request.id }, request.params.id),
    )
  }
