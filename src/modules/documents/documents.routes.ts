import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import { contentDisposition } from '../../platform/documents/index.ts'
import { listOf, uuidParam } from '../../contracts/common.ts'
import {
  caseDocumentItem,
  caseDocumentParams,
  caseDocumentQuery,
  documentTypeParam,
  templateBody,
  templateScopeQuery,
  templateView,
} from '../../contracts/documents.ts'
import { caseDocuments, renderCaseDocument, templateOf } from './documents.queries.ts'
import { saveTemplate } from './commands/saveTemplate.ts'
import type { CaseDeps } from '../cases/index.ts'
import { documentTypes } from './types.ts'

const tags = ['Văn bản']

export const documentRoutes =
  (db: Database, deps: CaseDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/cases/:id/documents',
      {
        schema: {
          tags,
          summary: 'Các văn bản hồ sơ đã phát sinh theo các bước xử lý (thông báo, quyết định, thư…)',
          params: uuidParam,
          response: { 200: listOf(caseDocumentItem) },
        },
      },
      async (request) => caseDocuments(db, actorOf(request), request.params.id),
    )

    app.get(
      '/api/cases/:id/documents/:type',
      {
        schema: {
          tags,
          summary: 'Tải một văn bản của hồ sơ: DOCX để chỉnh sửa, PDF để gửi (thể thức Nghị định 30/2020)',
          params: caseDocumentParams,
          querystring: caseDocumentQuery,
        },
      },
      async (request, reply) => {
        const file = await renderCaseDocument(
          { actor: actorOf(request), db, requestId: request.id },
          deps,
          request.params.id,
          request.params.type,
          request.query.format,
          request.query.revealReason,
        )
        return reply
          .header('content-type', file.mediaType)
          .header('content-disposition', contentDisposition(file.fileName))
          .header('cache-control', 'no-store')
          .header('x-content-type-options', 'nosniff')
          .send(file.data)
      },
    )

    app.get(
      '/api/document-templates',
      {
        schema: {
          tags,
          summary: 'Mẫu văn bản đang dùng của đơn vị (mặc định toàn quốc hoặc đã điều chỉnh)',
          querystring: templateScopeQuery,
          response: { 200: listOf(templateView) },
        },
      },
      async (request) => {
        const actor = actorOf(request)
        const items = []
        for (const type of documentTypes)
          items.push(await templateOf(db, actor, type, request.query.organization))
        return { items, nextCursor: null }
      },
    )

    app.get(
      '/api/document-templates/:type',
      {
        schema: {
          tags,
          summary: 'Một mẫu văn bản đang dùng của đơn vị, với các trường thay thế dùng được',
          params: documentTypeParam,
          querystring: templateScopeQuery,
          response: { 200: templateView },
        },
      },
      async (request) => templateOf(db, actorOf(request), request.params.type, request.query.organization),
    )

    app.put(
      '/api/document-templates/:type',
      {
        schema: {
          tags,
          summary: 'Điều chỉnh mẫu văn bản của đơn vị (lưu thành phiên bản mới, ghi nhật ký)',
          params: documentTypeParam,
          querystring: templateScopeQuery,
          body: templateBody,
          response: { 200: templateView },
        },
      },
      async (request) =>
        saveTemplate(
          { actor: actorOf(request), db, requestId: request.id },
          request.params.type,
          request.query.organization,
          request.body,
        ),
    )
  }
