import type { FastifyPluginAsync } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { Context } from '../context.ts'
import type { Database } from '../db/database.ts'
import { notFound } from '../errors.ts'
import { actorOf } from '../http/auth.ts'
import { findAttachment } from './files.ts'

/**
 * Who may download a file is decided by what it belongs to: each owner type registers a check that
 * throws (404 when the owner is out of the caller's reach) and may audit the access.
 */
export type AttachmentAccessCheck = (
  ctx: Context,
  attachment: { ownerId: string; organizationId: string; id: string; fileName: string },
  query: { reason?: string },
) => Promise<void>

const owners = new Map<string, AttachmentAccessCheck>()

export function registerAttachmentOwner(ownerType: string, check: AttachmentAccessCheck): void {
  owners.set(ownerType, check)
}

/** `Content-Disposition` carrying a Vietnamese file name (RFC 6266 / RFC 5987) with an ASCII fallback. */
export function contentDisposition(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_')
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

export function attachmentRoutes(database: Database): FastifyPluginAsync {
  return async (app) => {
    const r = app.withTypeProvider<ZodTypeProvider>()
    r.get(
      '/api/attachments/:id',
      {
        schema: {
          tags: ['attachments'],
          summary: 'Tải tệp đính kèm',
          params: z.object({ id: z.uuid('Mã tệp không hợp lệ.') }),
          querystring: z.object({ reason: z.string().trim().max(500).optional() }),
        },
      },
      async (request, reply) => {
        const row = await findAttachment(database.db, request.params.id)
        const check = row ? owners.get(row.ownerType) : undefined
        if (!row || !check) throw notFound('Không tìm thấy tệp đính kèm.')
        await check({ actor: actorOf(request), db: database, requestId: request.id }, row, request.query)
        return reply
          .header('content-type', row.mediaType)
          .header('content-disposition', contentDisposition(row.fileName))
          .header('x-content-sha256', row.sha256)
          .header('cache-control', 'private, no-store')
          .send(row.content)
      },
    )
  }
}
