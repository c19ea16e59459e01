import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { SessionPolicy } from '../../platform/auth/sessions.ts'
import type { Database } from '../../platform/db/database.ts'
import { actorOf, isSecureRequest, SESSION_COOKIE } from '../../platform/http/auth.ts'
import { unauthenticated } from '../../platform/errors.ts'
import { changePasswordBody, loginBody, loginResponse, meView } from '../../contracts/users.ts'
import { presentOrganization } from '../organizations/index.ts'
import { findUser } from './users.repo.ts'
import { presentUser } from './users.present.ts'
import { login } from './commands/login.ts'
import { logout } from './commands/logout.ts'
import { changeOwnPassword } from './commands/changeOwnPassword.ts'

const tags = ['Đăng nhập']

export const authRoutes =
  (db: Database, policy: SessionPolicy): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { public: true, skipCsrf: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
          body: loginBody,
          response: { 200: loginResponse },
        },
      },
      async (request, reply) => {
        const { user, session } = await login(db, policy, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          requestId: request.id,
        })
        void reply.setCookie(SESSION_COOKIE, session.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: isSecureRequest(request),
          maxAge: policy.absoluteHours * 3600,
        })
        return { user: presentUser(user), csrfToken: session.csrfToken }
      },
    )

    app.post(
      '/api/auth/logout',
      { schema: { tags, summary: 'Đăng xuất', response: { 204: z.null() } } },
      async (request, reply) => {
        if (request.session)
          await logout({ actor: actorOf(request), db, requestId: request.id }, request.session.id)
        void reply.clearCookie(SESSION_COOKIE, { path: '/' })
        return reply.status(204).send(null)
      },
    )

    app.get(
      '/api/me',
      {
        schema: { tags, summary: 'Người dùng hiện tại, đơn vị, vai trò và quyền', response: { 200: meView } },
      },
      async (request) => {
        const actor = actorOf(request)
        const user = actor.userId ? await findUser(db.db, actor.userId) : undefined
        if (!user) throw unauthenticated()
        return {
          user: presentUser(user),
          organizationId: user.organizationId,
          organization: presentOrganization(user.organization),
          roles: [...actor.roles],
          permissions: [...actor.permissions],
          csrfToken: request.session?.csrfToken ?? null,
        }
      },
    )

    app.post(
      '/api/me/password',
      {
        schema: {
          tags,
          summary: 'Đổi mật khẩu của chính mình',
          body: changePasswordBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await changeOwnPassword(
          { actor: actorOf(request), db, requestId: request.id },
          request.body,
          request.session?.id ?? null,
        )
        return reply.status(204).send(null)
      },
    )
  }
