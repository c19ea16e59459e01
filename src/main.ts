import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import type { Config } from './config.ts'
import { connectDatabase, type Connection } from './platform/db/connect.ts'
import type { Database } from './platform/db/database.ts'
import { runMigrations } from './platform/db/migrate.ts'
import { buildHttpServer } from './platform/http/server.ts'
import { startJobs, type Jobs } from './platform/jobs/jobs.ts'
import { maintenanceJobs } from './platform/jobs/maintenance.ts'
import { loadOrCreateSecretKey } from './platform/crypto/secret-key.ts'
import type { SessionPolicy } from './platform/auth/sessions.ts'
import { ensureRootOrganization, organizationRoutes } from './modules/organizations/index.ts'
import { authResolver, authRoutes, tokenRoutes, userRoutes } from './modules/users/index.ts'
import { ensureAdmin, type AdminOutcome } from './modules/users/admin.ts'
import { auditRoutes } from './modules/audit/index.ts'
import { adminUnitRoutes, loadReferenceUnits } from './modules/admin-units/index.ts'
import { attachmentRoutes } from './platform/files/index.ts'
import { loadDemoData } from './modules/demo/index.ts'
import { calendarRoutes, ensureCalendarReference } from './modules/calendar/index.ts'
import { loadRuleBook, ruleRoutes } from './modules/rules/index.ts'
import { activityJobs, activityRoutes } from './modules/activities/index.ts'
import {
  caseJobs,
  caseRoutes,
  ensureBuiltinFields,
  createMailer,
  notificationRoutes,
  publicCaseRoutes,
  registerCaseDeadlineRecompute,
} from './modules/cases/index.ts'
import {
  listPublicSchedule,
  receptionRoutes,
  sealProtectedVisitors,
  visitSearchProvider,
} from './modules/reception/index.ts'
import { portalRoutes } from './modules/portal/index.ts'
import { registerSearchProvider, searchRoutes } from './modules/search/index.ts'
import { hotlineRoutes } from './modules/hotline/index.ts'
import { mailboxRoutes, mailJobs, startInboundSmtp, type InboundSmtp } from './modules/mailbox/index.ts'
import { documentRoutes } from './modules/documents/index.ts'
import { ensureBuiltinModelFields, modelRoutes } from './modules/models/index.ts'
import { emulationRoutes } from './modules/emulation/index.ts'
import { friendlyGovernmentRoutes, loadFriendlyCriteria } from './modules/friendly-government/index.ts'
import { democracyRoutes } from './modules/democracy/index.ts'

export const packageVersion: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version

export const backofficeDir = fileURLToPath(new URL('../dist/backoffice', import.meta.url))

export interface StartOptions {
  /** Build the back-office assets when they are missing (npm start on a fresh clone). */
  buildIfMissing?: boolean
  /** Tests: PostgreSQL schema to work in, or a migrated embedded template to start from. */
  schema?: string
  template?: Uint8Array
  /** Tests and benchmarks: jobs poll this often. */
  jobPollingSeconds?: number
  say?: (line: string) => void
}

export interface RunningServer {
  url: string
  app: FastifyInstance
  database: Database
  jobs: Jobs
  /** The inbound SMTP listener, when enabled. */
  inboundSmtp: InboundSmtp | undefined
  admin: AdminOutcome
  timings: Record<string, number>
  stop(): Promise<void>
}

export async function buildBackoffice(say: (line: string) => void): Promise<void> {
  say('Đang dựng giao diện quản trị (lần đầu mất khoảng một phút)...')
  const { build } = await import('vite')
  await build({
    configFile: fileURLToPath(new URL('./web/backoffice/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  })
}

/** Opens the database and brings its schema and reference data up to date. Used by `serve` and the CLI. */
export async function prepareDatabase(
  config: Config,
  options: StartOptions & { publish?: boolean },
): Promise<Connection> {
  mkdirSync(config.dataDir, { recursive: true })
  const connection = await connectDatabase({
    mode: config.databaseMode,
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    schema: options.schema,
    template: options.template,
    publish: options.publish,
  })
  try {
    await runMigrations(connection.database.pool)
    await ensureRootOrganization(connection.database.db)
    await loadReferenceData(connection.database)
    const units = await loadReferenceUnits(connection.database)
    if (units.loaded)
      options.say?.(
        `Đã nạp danh mục đơn vị hành chính: ${units.units} đơn vị, ${units.successions} quan hệ kế thừa (${units.milliseconds} ms).`,
      )
    return connection
  } catch (error) {
    await connection.close()
    throw error
  }
}

/** Reference data of the modules, at every start of the server or the CLI (idempotent, before demo data). */
export async function loadReferenceData(database: Database): Promise<void> {
  await ensureCalendarReference(database.db)
  await loadRuleBook(database)
  await ensureBuiltinFields(database.db)
  await ensureBuiltinModelFields(database.db)
  await loadFriendlyCriteria(database)
}

export const sessionPolicy = (config: Config): SessionPolicy => ({
  idleMinutes: config.sessionIdleMinutes,
  absoluteHours: config.sessionAbsoluteHours,
})

/** Composition root: config → database → jobs → HTTP. */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const say = options.say ?? ((line: string) => console.log(line))
  const timings: Record<string, number> = {}
  const started = performance.now()
  const lap = (name: string): void => {
    timings[name] = Math.round(performance.now() - started)
  }
  if (options.buildIfMissing && !existsSync(backofficeDir)) {
    await buildBackoffice(say)
    lap('web')
  }
  const secretKey = loadOrCreateSecretKey(config.secretKeyFile)
  const connection = await prepareDatabase(config, { ...options, say, publish: true })
  lap('database')
  const { database } = connection
  let jobs: Jobs | undefined
  let inbound: InboundSmtp | undefined
  try {
    const admin = await ensureAdmin(database, config.adminPassword)
    // Visitors of denunciation visits recorded before they were sealed: sealed once, audited (idempotent).
    await sealProtectedVisitors(database, secretKey)
    if (config.demo) await loadDemoData(database, { secretKey })
    lap('data')
    registerCaseDeadlineRecompute()
    const mailer = createMailer(config.smtp)
    jobs = await startJobs(
      database,
      [
        ...maintenanceJobs(database),
        ...caseJobs(database, mailer),
        ...activityJobs(database),
        ...mailJobs(database),
      ],
      {
        schema: options.schema ? `${options.schema}_jobs` : 'pgboss',
        work: true,
        pollingIntervalSeconds: options.jobPollingSeconds,
      },
    )
    lap('jobs')
    const policy = sessionPolicy(config)
    const app = await buildHttpServer({
      version: packageVersion,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
      auth: authResolver(database, policy),
      backofficeDir,
      database: database.mode,
    })
    await app.register(authRoutes(database, policy))
    await app.register(userRoutes(database))
    await app.register(organizationRoutes(database))
    await app.register(tokenRoutes(database))
    await app.register(auditRoutes(database))
    await app.register(calendarRoutes(database))
    await app.register(ruleRoutes(database))
    await app.register(adminUnitRoutes(database))
    await app.register(attachmentRoutes(database))
    await app.register(caseRoutes(database, { secretKey }))
    await app.register(publicCaseRoutes(database, { secretKey }))
    await app.register(
      portalRoutes(database, {
        secretKey,
        mailer,
        publicUrl: config.publicUrl,
        schedule: (q) => listPublicSchedule(database, q),
      }),
    )
    await app.register(notificationRoutes(database))
    await app.register(receptionRoutes(database, { secretKey }))
    await app.register(activityRoutes(database))
    // Reception visits are one more search source (type=visit) beside cases and matters.
    registerSearchProvider('visit', visitSearchProvider)
    await app.register(searchRoutes(database))
    await app.register(hotlineRoutes(database, { secretKey }))
    await app.register(mailboxRoutes(database, { secretKey }, config.smtp))
    await app.register(documentRoutes(database, { secretKey }))
    await app.register(modelRoutes(database))
    await app.register(emulationRoutes(database))
    await app.register(friendlyGovernmentRoutes(database))
    await app.register(democracyRoutes(database))
    await app.listen({ port: config.port, host: config.host })
    lap('listening')
    // Kênh thư điện tử: the inbound SMTP listener, only when DANVAN_SMTP_INBOUND_PORT is set.
    if (config.smtpInbound) {
      inbound = await startInboundSmtp(database, {
        ...config.smtpInbound,
        log: (line) => app.log.info(line),
      })
      say(`Hộp thư tiếp nhận đơn (SMTP) đang nghe tại ${config.smtpInbound.host}:${inbound.port}`)
    }
    const runningInbound = inbound
    const address = app.server.address()
    const port = typeof address === 'object' && address ? address.port : config.port
    const runningJobs = jobs
    let stopping: Promise<void> | undefined
    return {
      url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
      app,
      database,
      jobs: runningJobs,
      inboundSmtp: runningInbound,
      admin,
      timings,
      stop: () =>
        (stopping ??= (async () => {
          await runningInbound?.close()
          await app.close()
          await runningJobs.stop()
          await connection.close()
        })()),
    }
  } catch (error) {
    await inbound?.close().catch(() => undefined)
    await jobs?.stop().catch(() => undefined)
    await connection.close()
    throw error
  }
}
