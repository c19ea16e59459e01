import { z } from 'zod'
import path from 'node:path'

/** Every environment variable the product reads, parsed once. Documented in README.md. */
const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'], { error: 'phải là 0 hoặc 1' })
  .transform((v) => v === '1' || v === 'true' || v === 'yes')

const port = z.coerce
  .number({ error: 'phải là một số' })
  .int('phải là số nguyên')
  .min(0, 'phải từ 0 đến 65535')
  .max(65535, 'phải từ 0 đến 65535')

const positiveInt = z.coerce
  .number({ error: 'phải là một số' })
  .int('phải là số nguyên')
  .positive('phải lớn hơn 0')

const envSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1, 'không được để trống').default('127.0.0.1'),
  DANVAN_DATA_DIR: z.string().min(1, 'không được để trống').default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'phải có dạng postgres://người_dùng@máy:cổng/cơ_sở_dữ_liệu')
    .optional(),
  DANVAN_ADMIN_PASSWORD: z.string().min(1, 'không được để trống').optional(),
  DANVAN_DEMO: flag.optional(),
  DANVAN_SECRET_KEY_FILE: z.string().min(1, 'không được để trống').optional(),
  DANVAN_TRUST_PROXY: z.string().optional(),
  DANVAN_PUBLIC_URL: z.url('phải là một địa chỉ URL, ví dụ https://danvan.example.gov.vn').optional(),
  DANVAN_SESSION_IDLE_MINUTES: positiveInt.default(120),
  DANVAN_SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
  DANVAN_DB_POOL_SIZE: positiveInt.default(6),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: port.default(587),
  SMTP_SECURE: flag.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().default('Dân Vận Số <no-reply@localhost>'),
  DANVAN_SMTP_INBOUND_PORT: port.optional(),
  DANVAN_SMTP_INBOUND_HOST: z.string().min(1, 'không được để trống').default('127.0.0.1'),
  DANVAN_SMTP_INBOUND_MAX_MB: positiveInt.default(15),
})

export type Env = z.infer<typeof envSchema>

export interface Config {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  /** 'embedded' = PGlite in a worker thread; 'postgres' = DATABASE_URL. */
  databaseMode: 'embedded' | 'postgres'
  adminPassword: string | undefined
  demo: boolean
  secretKeyFile: string
  trustProxy: boolean | string
  publicUrl: string | undefined
  sessionIdleMinutes: number
  sessionAbsoluteHours: number
  dbPoolSize: number
  logLevel: Env['LOG_LEVEL']
  /** Inbound e-mail channel: SMTP listener, off unless a port is given. */
  smtpInbound: { port: number; host: string; maxBytes: number } | null
  smtp: {
    host: string | undefined
    port: number
    secure: boolean
    user?: string
    password?: string
    from: string
  }
}

export class ConfigError extends Error {
  constructor(public readonly problems: { variable: string; message: string }[]) {
    super(
      'Cấu hình không hợp lệ:\n' +
        problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n') +
        '\nXem README.md, mục "Biến môi trường".',
    )
  }
}

function parseTrustProxy(raw: string | undefined): boolean | string {
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false
  if (raw === '1' || raw === 'true') return true
  return raw // a comma-separated list of addresses/CIDRs, as Fastify's trustProxy accepts
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = envSchema.safeParse(cleaned)
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? '?'), message: i.message })),
    )
  }
  const e = parsed.data
  const dataDir = path.resolve(e.DANVAN_DATA_DIR)
  const databaseMode = e.DATABASE_URL ? 'postgres' : 'embedded'
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    databaseMode,
    adminPassword: e.DANVAN_ADMIN_PASSWORD,
    demo: e.DANVAN_DEMO ?? databaseMode === 'embedded',
    secretKeyFile: path.resolve(e.DANVAN_SECRET_KEY_FILE ?? path.join(dataDir, 'secret.key')),
    trustProxy: parseTrustProxy(e.DANVAN_TRUST_PROXY),
    publicUrl: e.DANVAN_PUBLIC_URL,
    sessionIdleMinutes: e.DANVAN_SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.DANVAN_SESSION_ABSOLUTE_HOURS,
    dbPoolSize: e.DANVAN_DB_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    smtpInbound:
      e.DANVAN_SMTP_INBOUND_PORT === undefined
        ? null
        : {
            port: e.DANVAN_SMTP_INBOUND_PORT,
            host: e.DANVAN_SMTP_INBOUND_HOST,
            maxBytes: e.DANVAN_SMTP_INBOUND_MAX_MB * 1024 * 1024,
          },
    smtp: {
      host: e.SMTP_HOST,
      port: e.SMTP_PORT,
      secure: e.SMTP_SECURE,
      user: e.SMTP_USER,
      password: e.SMTP_PASSWORD,
      from: e.SMTP_FROM,
    },
  }
}
