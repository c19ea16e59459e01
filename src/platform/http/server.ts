import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import Fastify, { type FastifyInstance } from 'fastify'
import cookie from '@fastify/cookie'
import helmet from 'helmet'
import multipart from '@fastify/multipart'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fastifyStatic from '@fastify/static'
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError, notFound } from '../errors.ts'
import { handleError } from './errors.ts'
import { registerAuth, type AuthResolver } from './auth.ts'
import { ATTACHMENT_LIMITS } from '../files/files.ts'

z.config(z.locales.vi())
z.config({
  customError: (issue) =>
    issue.input === undefined && issue.code === 'invalid_type' ? 'Trường này là bắt buộc.' : undefined,
})

export interface HttpOptions {
  version: string
  logLevel: string
  trustProxy: boolean | string
  auth: AuthResolver
  /** Built back-office assets; served at /app when present. */
  backofficeDir: string
  database: 'embedded' | 'postgres'
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/

export async function buildHttpServer(options: HttpOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    trustProxy: options.trustProxy,
    bodyLimit: 1_048_576,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id']
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
    },
    routerOptions: { ignoreTrailingSlash: true },
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.setErrorHandler(handleError)
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id)
  })

  // Security headers on every response. The middleware is built once: @fastify/helmet built it again for
  // every request (parsing the CSP each time), 4 % of the CPU of an intake.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        // TLS is the reverse proxy's business; on plain HTTP (a commune LAN) upgrading would break the page.
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
  })
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, () => done()))
  await app.register(cookie)
  // Files are read into memory per part, checked by content and stored in the database (src/platform/files).
  await app.register(multipart, {
    limits: {
      fileSize: ATTACHMENT_LIMITS.maxBytes,
      files: ATTACHMENT_LIMITS.maxFiles,
      fields: ATTACHMENT_LIMITS.maxFields,
      fieldSize: ATTACHMENT_LIMITS.maxFieldBytes,
      parts: ATTACHMENT_LIMITS.maxFiles + ATTACHMENT_LIMITS.maxFields,
    },
  })
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'RATE_LIMITED',
        `Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${Math.ceil(context.ttl / 1000)} giây.`,
      ),
  })
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Dân Vận Số API',
        description: 'API của nền tảng Dân Vận Số. Lỗi luôn có dạng {"error":{"code","message","fields"}}.',
        version: options.version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'danvan_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true })
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  )

  registerAuth(app, options.auth)

  // The server listens only once migrations, reference and demo data are in place, so a 200 here means ready.
  app.get('/healthz', { schema: { hide: true } }, async () => ({
    status: 'ok',
    database: options.database,
    version: options.version,
  }))

  registerBackoffice(app, options.backofficeDir)

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/app') && request.method === 'GET' && existsSync(options.backofficeDir))
      return reply.header('cache-control', 'no-cache').sendFile('index.html', options.backofficeDir)
    handleError(notFound('Không tìm thấy địa chỉ này.'), request, reply)
  })
  return app
}

function registerBackoffice(app: FastifyInstance, dir: string): void {
  // `/` is the citizen portal (src/modules/portal); the back office lives under /app.
  if (!existsSync(dir)) {
    app.get('/app', (_request, reply) =>
      reply
        .status(503)
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Dân Vận Số</title>' +
            '<p>Giao diện quản trị chưa được dựng. Chạy <code>npm run build:web</code> rồi khởi động lại.</p></html>',
        ),
    )
    return
  }
  void app.register(fastifyStatic, {
    root: dir,
    prefix: '/app/',
    index: 'index.html',
    cacheControl: false,
    // Hashed assets never change; the page that names them must be revalidated after every deploy.
    setHeaders: (reply, filePath) => {
      void reply.header(
        'cache-control',
        filePath.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      )
    },
  })
}
