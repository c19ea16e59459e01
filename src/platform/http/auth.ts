import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Actor } from '../access/actor.ts'
import { AppError, unauthenticated } from '../errors.ts'

export const SESSION_COOKIE = 'danvan_session'

export interface ResolvedSession {
  actor: Actor
  sessionId: string
  csrfToken: string
}

/** Supplied by the accounts module: turns a cookie or bearer token into an actor. */
export interface AuthResolver {
  fromSession(token: string): Promise<ResolvedSession | null>
  fromApiToken(token: string): Promise<Actor | null>
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null
    session: { id: string; csrfToken: string } | null
  }
  interface FastifyContextConfig {
    /** Reachable without logging in. */
    public?: boolean
    /** Cookie-authenticated but exempt from the CSRF header (login itself). */
    skipCsrf?: boolean
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Resolves who is calling before any handler runs, and refuses unauthenticated calls and cookie writes
 * without the CSRF token.
 */
export function registerAuth(app: FastifyInstance, resolver: AuthResolver): void {
  app.decorateRequest('actor', null)
  app.decorateRequest('session', null)
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs') || request.is404) return
    const config = request.routeOptions.config
    const authorization = request.headers.authorization
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await resolver.fromApiToken(authorization.slice(7).trim())
      if (!request.actor) throw unauthenticated('Khoá API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.')
      return
    }
    const cookie = request.cookies[SESSION_COOKIE]
    if (cookie) {
      const resolved = await resolver.fromSession(cookie)
      if (resolved) {
        request.actor = resolved.actor
        request.session = { id: resolved.sessionId, csrfToken: resolved.csrfToken }
      }
    }
    if (config.public) return
    if (!request.actor) throw unauthenticated('Phiên đăng nhập không còn hiệu lực. Vui lòng đăng nhập lại.')
    if (request.session && !SAFE_METHODS.has(request.method) && !config.skipCsrf) {
      if (request.headers['x-csrf-token'] !== request.session.csrfToken)
        throw new AppError(
          'FORBIDDEN',
          'Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token). Hãy tải lại trang.',
        )
    }
  })
}

/** The caller, for handlers of non-public routes (the hook has already refused anonymous calls). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated()
  return request.actor
}

export const isSecureRequest = (request: FastifyRequest): boolean => request.protocol === 'https'
