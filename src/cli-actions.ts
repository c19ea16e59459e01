import type { z } from 'zod'
import { loadConfig, type Config } from './config.ts'
import { loadReferenceData, packageVersion, prepareDatabase, startServer } from './main.ts'
import { AppError, validationFailed } from './platform/errors.ts'
import { systemActor } from './platform/access/actor.ts'
import { verifyAuditLog } from './platform/audit/audit.ts'
import { loadOrCreateSecretKey } from './platform/crypto/secret-key.ts'
import type { Database } from './platform/db/database.ts'
import { createUserBody } from './contracts/users.ts'
import { findOrganizationByCode } from './modules/organizations/index.ts'
import { createUser, findUserByUsername, updateUser } from './modules/users/index.ts'
import { ensureAdmin, generatePassword } from './modules/users/admin.ts'
import { DEMO_PASSWORD, demoUsers, loadDemoData } from './modules/demo/index.ts'

/** What the `danvan` commands do; loaded only when a command runs, so `--help` stays instant. */
const say = (line = ''): void => void process.stdout.write(line + '\n')

async function withDatabase<T>(work: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig()
  const connection = await prepareDatabase(config, {})
  try {
    return await work(connection.database, config)
  } finally {
    await connection.close()
  }
}

const cliContext = (db: Database) => ({ actor: systemActor('Dòng lệnh (CLI)'), db, requestId: null })

/** The same validation as the API, with the same messages. */
function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw validationFailed(result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
}

async function findUserOrFail(db: Database, username: string) {
  const found = await findUserByUsername(db.db, username)
  if (!found) throw new AppError('NOT_FOUND', `Không có người dùng ${username}.`)
  return found
}

export async function serve(options: { buildIfMissing?: boolean }): Promise<void> {
  const config = loadConfig()
  const where = config.databaseMode === 'embedded' ? `nhúng, ${config.dataDir}` : 'PostgreSQL'
  say(`Dân Vận Số ${packageVersion} — đang khởi động (cơ sở dữ liệu: ${where})...`)
  const server = await startServer(config, { buildIfMissing: options.buildIfMissing, say })
  say('')
  say(`Sẵn sàng sau ${((server.timings.listening ?? 0) / 1000).toFixed(1)} giây: ${server.url}/app`)
  say(`Tài liệu API: ${server.url}/api/docs`)
  if (server.admin.kind === 'created' && server.admin.generated) {
    say('')
    say('Tài khoản quản trị đã được tạo. Mật khẩu chỉ hiện MỘT LẦN, hãy lưu lại:')
    say(`  Tên đăng nhập: admin    Mật khẩu: ${server.admin.password}`)
    say('  (Đặt DANVAN_ADMIN_PASSWORD để tự chọn mật khẩu của admin.)')
  } else {
    say(
      'Đăng nhập: admin, với mật khẩu DANVAN_ADMIN_PASSWORD hoặc mật khẩu đã in ra ở lần khởi động đầu tiên.',
    )
  }
  if (config.demo)
    say(`Tài khoản mẫu (mật khẩu ${DEMO_PASSWORD}): ${demoUsers.map((u) => u.username).join(', ')}`)
  let stopping = false
  const shutdown = (signal: string): void => {
    if (stopping) return
    stopping = true
    say(`Nhận ${signal}: chờ các yêu cầu đang xử lý, dừng tác vụ nền, đóng cơ sở dữ liệu...`)
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

export const migrate = (): Promise<void> =>
  withDatabase(async () => say('Cơ sở dữ liệu đã ở phiên bản mới nhất.'))

export const seed = (options: { demo?: boolean }): Promise<void> =>
  withDatabase(async (db, config) => {
    const admin = await ensureAdmin(db, config.adminPassword)
    if (admin.kind === 'created' && admin.generated)
      say(`Đã tạo admin, mật khẩu (chỉ hiện một lần): ${admin.password}`)
    await loadReferenceData(db)
    say('Đã nạp dữ liệu tham chiếu.')
    if (options.demo) {
      const loaded = await loadDemoData(db, { secretKey: loadOrCreateSecretKey(config.secretKeyFile) })
      say(
        `Dữ liệu mẫu: thêm ${loaded.organizations} đơn vị, ${loaded.users} người dùng (mật khẩu ${DEMO_PASSWORD}), ${loaded.cases} hồ sơ.`,
      )
    }
  })

export const userCreate = (
  username: string,
  o: { fullName: string; organization: string; role: string[]; password?: string; email?: string },
): Promise<void> =>
  withDatabase(async (db) => {
    const organization = await findOrganizationByCode(db.db, o.organization)
    if (!organization) throw new AppError('NOT_FOUND', `Không có đơn vị mã ${o.organization}.`)
    const password = o.password ?? generatePassword()
    const input = parse(createUserBody, {
      username,
      fullName: o.fullName,
      organizationId: organization.id,
      roles: o.role,
      password,
      email: o.email ?? null,
    })
    await createUser(cliContext(db), input)
    say(`Đã tạo người dùng ${username}.${o.password ? '' : ` Mật khẩu: ${password}`}`)
  })

export const userSetPassword = (username: string, o: { password?: string }): Promise<void> =>
  withDatabase(async (db) => {
    const found = await findUserOrFail(db, username)
    const password = o.password ?? generatePassword()
    await updateUser(cliContext(db), found.id, { password, status: 'active' })
    say(`Đã đặt lại mật khẩu cho ${username}.${o.password ? '' : ` Mật khẩu mới: ${password}`}`)
  })

export const userDisable = (username: string): Promise<void> =>
  withDatabase(async (db) => {
    const found = await findUserOrFail(db, username)
    await updateUser(cliContext(db), found.id, { status: 'disabled' })
    say(`Đã khoá tài khoản ${username}.`)
  })

export const auditVerify = (): Promise<void> =>
  withDatabase(async (db) => {
    const result = await verifyAuditLog(db.db)
    for (const p of result.problems)
      say(`  ✗ chuỗi ${p.partition}${p.seq === null ? '' : `, bản ghi ${p.seq}`}: ${p.problem}`)
    if (result.problems.length) {
      say(`Phát hiện ${result.problems.length} vấn đề trong ${result.checked} bản ghi nhật ký.`)
      process.exitCode = 1
    } else say(`Nhật ký nguyên vẹn: đã kiểm tra ${result.checked} bản ghi.`)
  })
