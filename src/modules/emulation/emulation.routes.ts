import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { authorize } from '../../platform/access/actor.ts'
import { actorOf } from '../../platform/http/auth.ts'
import type { Database } from '../../platform/db/database.ts'
import { uuidParam } from '../../contracts/common.ts'
import {
  actionParams,
  pactBody,
  pactListQuery,
  registrationBody,
  registrationListQuery,
} from '../../contracts/emulation.ts'
import { pactAction, signPact } from './commands/pacts.ts'
import { registerEmulation } from './commands/register.ts'
import { registrationAction } from './commands/registrationAction.ts'
import { pactDetail, pactList, registrationDetail, registrationList } from './emulation.queries.ts'
import { pactTransitions, registrationTransitions } from './lifecycle.ts'
import {
  actionLabels,
  pactStatusLabels,
  partyKindLabels,
  registrantKindLabels,
  registrationStatusLabels,
} from './messages.ts'
import { registrationWindow } from './validation.ts'
import { todayInVietnam } from '../admin-units/index.ts'

const tags = ['Thi đua']

export const emulationRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (request: Parameters<typeof actorOf>[0]) => ({
      actor: actorOf(request),
      db,
      requestId: request.id,
    })

    app.get(
      '/api/emulation/lifecycle',
      {
        schema: {
          tags,
          summary: 'Vòng đời đăng ký thi đua và giao ước; thời gian đăng ký của năm (sổ quy định)',
          querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        },
      },
      async (request) => {
        authorize(actorOf(request), 'emulation.read')
        const year = request.query.year ?? Number(todayInVietnam().slice(0, 4))
        return {
          registration: {
            statuses: Object.entries(registrationStatusLabels).map(([code, label]) => ({ code, label })),
            transitions: registrationTransitions,
          },
          pact: {
            statuses: Object.entries(pactStatusLabels).map(([code, label]) => ({ code, label })),
            transitions: pactTransitions,
          },
          actions: Object.entries(actionLabels).map(([code, label]) => ({ code, label })),
          registrantKinds: Object.entries(registrantKindLabels).map(([code, label]) => ({ code, label })),
          partyKinds: Object.entries(partyKindLabels).map(([code, label]) => ({ code, label })),
          window: { year, ...(await registrationWindow(db, year)) },
        }
      },
    )

    app.get(
      '/api/emulation/registrations',
      { schema: { tags, summary: 'Đăng ký thi đua trong phạm vi', querystring: registrationListQuery } },
      async (request) => registrationList(db, actorOf(request), request.query),
    )

    app.get(
      '/api/emulation/registrations/:id',
      { schema: { tags, summary: 'Một đăng ký thi đua với lịch sử', params: uuidParam } },
      async (request) => registrationDetail(db, actorOf(request), request.params.id),
    )

    app.post(
      '/api/emulation/registrations',
      {
        schema: {
          tags,
          summary: 'Đăng ký thi đua (tập thể hoặc cá nhân), với lĩnh vực "Dân vận khéo" và chỉ tiêu',
          body: registrationBody,
        },
      },
      async (request, reply) => {
        const row = await registerEmulation(ctx(request), request.body)
        return reply.status(201).send(await registrationDetail(db, actorOf(request), row.id))
      },
    )

    app.post(
      '/api/emulation/registrations/:id/actions/:action',
      {
        schema: {
          tags,
          summary: 'Tự đánh giá, xét (Hội đồng thi đua, Ban Dân vận), khen thưởng hoặc không',
          params: actionParams,
          body: z.record(z.string(), z.unknown()).optional(),
        },
      },
      async (request) => {
        await registrationAction(ctx(request), request.params.id, request.params.action, request.body ?? {})
        return registrationDetail(db, actorOf(request), request.params.id)
      },
    )

    app.get(
      '/api/emulation/pacts',
      { schema: { tags, summary: 'Giao ước thi đua trong phạm vi', querystring: pactListQuery } },
      async (request) => pactList(db, actorOf(request), request.query),
    )

    app.get(
      '/api/emulation/pacts/:id',
      { schema: { tags, summary: 'Một giao ước thi đua', params: uuidParam } },
      async (request) => pactDetail(db, actorOf(request), request.params.id),
    )

    app.post(
      '/api/emulation/pacts',
      {
        schema: {
          tags,
          summary: 'Ghi nhận giao ước thi đua giữa cơ quan chính quyền và các tổ chức đoàn thể',
          body: pactBody,
        },
      },
      async (request, reply) => {
        const row = await signPact(ctx(request), request.body)
        return reply.status(201).send(await pactDetail(db, actorOf(request), row.id))
      },
    )

    app.post(
      '/api/emulation/pacts/:id/actions/:action',
      {
        schema: {
          tags,
          summary: 'Đánh giá giao ước cuối năm theo từng tiêu chí',
          params: actionParams,
          body: z.record(z.string(), z.unknown()).optional(),
        },
      },
      async (request) => {
        await pactAction(ctx(request), request.params.id, request.params.action, request.body ?? {})
        return pactDetail(db, actorOf(request), request.params.id)
      },
    )
  }
