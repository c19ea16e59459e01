import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { systemActor } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound, validationFailed } from '../../platform/errors.ts'
import { publicCaseView, publicPetitionBody, ratingBody, trackingParam } from '../../contracts/cases.ts'
import { findOrganization, findOrganizationByCode } from '../organizations/index.ts'
import { vietnamDateOf } from '../calendar/index.ts'
import { eventsOf, findCaseByTrackingCode } from './cases.repo.ts'
import { intakeCase } from './commands/intakeCase.ts'
import { rateAnswer } from './commands/rateAnswer.ts'
import type { CaseDeps } from './identity.ts'
import { actionLabels, stateLabels } from './lifecycles/index.ts'
import { eventLabels } from './cases.present.ts'
import { kindLabels, messages } from './messages.ts'
import { normalizeTrackingCode } from './tracking-code.ts'
import { noticesOf } from './notices.ts'

const tags = ['Cổng công khai']

/** Steps a citizen may see: what happened and when — never who, never the notes. */
const PUBLIC_EVENTS = new Set(['intake', ...Object.keys(actionLabels)])

/**
 * Citizens' side: submit a petition or feedback without an account (consent to personal-data processing
 * required, Law 91/2025/QH15), follow it by tracking code, rate the answer once. Rate-limited per address.
 */
export const publicCaseRoutes =
  (db: Database, deps: CaseDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/public/petitions',
      {
        config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Công dân gửi kiến nghị, phản ánh trực tuyến (cần đồng ý xử lý dữ liệu cá nhân)',
          security: [],
          body: publicPetitionBody,
          response: { 201: z.object({ trackingCode: z.string() }) },
        },
      },
      async (request, reply) => {
        const body = request.body
        const organization = body.organizationId
          ? await findOrganization(db.db, body.organizationId)
          : body.organizationCode
            ? await findOrganizationByCode(db.db, body.organizationCode)
            : null
        if (!organization || organization.status !== 'active')
          throw validationFailed([{ path: 'organizationId', message: messages.organizationUnknown }])
        const now = new Date()
        const { row } = await intakeCase(
          { actor: systemActor('Cổng tiếp nhận trực tuyến'), db, requestId: request.id },
          deps,
          {
            kind: body.kind,
            channel: 'portal',
            receivedAt: now.toISOString(),
            citizen: body.citizen,
            summary: body.summary,
            content: body.content,
            field: body.field,
            protectIdentity: false,
            consentedAt: now,
          },
          organization.id,
        )
        return reply.status(201).send({ trackingCode: row.trackingCode })
      },
    )

    app.get(
      '/api/public/cases/:trackingCode',
      {
        config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Tra cứu tình trạng hồ sơ bằng mã tra cứu (không hiển thị thông tin cá nhân)',
          security: [],
          params: trackingParam,
          response: { 200: publicCaseView },
        },
      },
      async (request) => {
        const code = normalizeTrackingCode(request.params.trackingCode)
        const found = code ? await findCaseByTrackingCode(db.db, code) : null
        if (!found) throw notFound(messages.trackingNotFound)
        const { row } = found
        const events = await eventsOf(db.db, row.id)
        const answerable = row.kind === 'petition' || row.kind === 'feedback'
        return {
          trackingCode: row.trackingCode,
          kind: row.kind,
          kindLabel: kindLabels[row.kind] ?? row.kind,
          status: row.status,
          statusLabel: stateLabels[row.status] ?? row.status,
          organizationName: found.organizationName,
          receivedOn: row.receivedOn,
          dueDate: row.dueDate,
          steps: events
            .filter((e) => PUBLIC_EVENTS.has(e.action))
            .map((e) => ({
              label: actionLabels[e.action] ?? eventLabels[e.action] ?? e.action,
              date: e.stepDate,
            })),
          answer: answerable ? row.publicAnswer : null,
          answeredOn: answerable && row.answeredAt ? vietnamDateOf(row.answeredAt) : null,
          rated: row.rating !== null,
          notices: (await noticesOf(db.db, row.id)).map((n) => ({
            date: vietnamDateOf(n.createdAt),
            subject: n.subject,
            body: n.body,
          })),
        }
      },
    )

    app.post(
      '/api/public/cases/:trackingCode/rating',
      {
        config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Công dân đánh giá câu trả lời (1–5 và nhận xét), một lần',
          security: [],
          params: trackingParam,
          body: ratingBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await rateAnswer(db, request.params.trackingCode, request.body, request.id)
        return reply.status(204).send(null)
      },
    )
  }
