import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { authorize } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound } from '../../platform/errors.ts'
import { actorOf } from '../../platform/http/auth.ts'
import { listOf } from '../../contracts/common.ts'
import { atQuery, createRuleBody, ruleKeyParam, ruleView } from '../../contracts/rules.ts'
import { vietnamDateOf } from '../calendar/index.ts'
import { addRuleVersion } from './commands/addRuleVersion.ts'
import { presentRule } from './rules.repo.ts'
import { ruleBookOf, rulesAt, versionAt } from './rules-store.ts'

const tags = ['Sổ quy định thời hạn']

/** `at` defaults to today in Vietnam. */
const dayOf = (at: string | undefined): string => at ?? vietnamDateOf(Date.now())

export const ruleRoutes =
  (db: Database): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/rules',
      {
        schema: {
          tags,
          summary: 'Mọi quy định có hiệu lực vào một ngày (mặc định hôm nay), theo mã',
          querystring: atQuery,
          response: { 200: listOf(ruleView) },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'rules.read')
        const book = await ruleBookOf(db)
        return { items: rulesAt(book, dayOf(request.query.at)).map(presentRule), nextCursor: null }
      },
    )

    app.get(
      '/api/rules/:key',
      {
        schema: {
          tags,
          summary: 'Phiên bản của một quy định có hiệu lực vào một ngày (404 nếu không có)',
          params: ruleKeyParam,
          querystring: atQuery,
          response: { 200: ruleView },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'rules.read')
        const at = dayOf(request.query.at)
        const version = versionAt(await ruleBookOf(db), request.params.key, at)
        if (!version) throw notFound(`Quy định ${request.params.key} không có hiệu lực vào ngày ${at}.`)
        return presentRule(version)
      },
    )

    app.get(
      '/api/rules/:key/history',
      {
        schema: {
          tags,
          summary: 'Mọi phiên bản của một quy định, cũ nhất trước',
          params: ruleKeyParam,
          response: { 200: listOf(ruleView) },
        },
      },
      async (request) => {
        authorize(actorOf(request), 'rules.read')
        const versions = (await ruleBookOf(db)).get(request.params.key)
        if (!versions) throw notFound(`Không có quy định ${request.params.key} trong sổ quy định.`)
        return { items: versions.map(presentRule), nextCursor: null }
      },
    )

    app.post(
      '/api/rules',
      {
        schema: {
          tags,
          summary:
            'Thêm phiên bản mới của một quy định (quản trị hệ thống); không sửa lịch sử, từ chối khoảng hiệu lực chồng lấn',
          body: createRuleBody,
          response: { 201: ruleView },
        },
      },
      async (request, reply) => {
        const { version } = await addRuleVersion(
          { actor: actorOf(request), db, requestId: request.id },
          request.body,
        )
        return reply.status(201).send(presentRule(version))
      },
    )
  }
