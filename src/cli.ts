import { Command, Option } from 'commander'
import { ConfigError, loadConfig, type Config } from './config.ts'
import { packageVersion, prepareDatabase, startServer } from './main.ts'
import { AppError } from './platform/errors.ts'
import { systemActor } from './platform/access/actor.ts'
import { verifyAuditLog } from './platform/audit/audit.ts'
import type { Database } from './platform/db/database.ts'
import { roles } from './platform/access/permissions.ts'
import { findOrganizationByCode } from './modules/organizations/index.ts'
import { createUser, findUserByUsername, updateUser } from './modules/users/index.ts'
import { ensureAdmin, generatePassword } from './modules/users/admin.ts'
import { DEMO_PASSWORD, demoUsers, loadDemoData } from './modules/demo/index.ts'

const say = (line = ''): void => void process.stdout.write(line + '\n')

/** Opens the database (sharing a running server's embedded one), runs `work`, closes. */
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

async function serve(options: { buildIfMissing?: boolean }): Promise<void> {
  const config = loadConfig()
  say(
    `Dân Vận Số ${packageVersion} — đang khởi động (cơ sở dữ liệu: ${config.databaseMode === 'embedded' ? `nhúng, ${config.dataDir}` : 'PostgreSQL'})...`,
  )
  const server = await startServer(config, { buildIfMissing: options.buildIfMissing, say })
  say('')
  say(
    `Sẵn sàng: ${server.url}/app  (API: ${server.url}/api/docs)   [${Math.round(server.timings.listening ?? 0)} ms]`,
  )
  if (server.admin.kind === 'created' && server.admin.generated) {
    say('')
    say('Tài khoản quản trị đã được tạo. Mật khẩu chỉ hiện MỘT LẦN, hãy lưu lại:')
    say(`  Tên đăng nhập: admin    Mật khẩu: ${server.admin.password}`)
    say('  (Đặt DANVAN_ADMIN_PASSWORD để chọn mật khẩu của admin khi khởi động.)')
  } else {
    say(
      'Đăng nhập: admin với mật khẩu đã đặt (DANVAN_ADMIN_PASSWORD hoặc mật khẩu in ra lần khởi động đầu tiên).',
    )
  }
  if (config.demo)
    say(`Tài khoản mẫu (mật khẩu ${DEMO_PASSWORD}): ${demoUsers.map((u) => u.username).join(', ')}`)
  let stopping = false
  const shutdown = (signal: string): void => {
    if (stopping) return
    stopping = true
    say(`Nhận ${signal}, đang dừng: chờ các yêu cầu đang xử lý, dừng tác vụ nền, đóng cơ sở dữ liệu...`)
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

export function buildCli(): Command {
  const program = new Command('danvan')
    .description('Dân Vận Số — nền tảng số cho công tác dân vận chính quyền')
    .version(packageVersion)
    .showHelpAfterError()

  program
    .command('serve')
    .description('Chạy máy chủ (cơ sở dữ liệu nhúng nếu không có DATABASE_URL)')
    .option('--build-if-missing', 'dựng giao diện quản trị nếu chưa có')
    .action(serve)

  program
    .command('migrate')
    .description('Áp dụng các migration còn thiếu (mỗi migration trong một giao dịch)')
    .action(() => withDatabase(async () => say('Cơ sở dữ liệu đã ở phiên bản mới nhất.')))

  program
    .command('seed')
    .description('Nạp dữ liệu tham chiếu và tài khoản admin; --demo nạp thêm dữ liệu mẫu')
    .option('--demo', 'nạp dữ liệu mẫu (một tỉnh, ba xã, các tài khoản mẫu)')
    .action((options: { demo?: boolean }) =>
      withDatabase(async (db, config) => {
        const admin = await ensureAdmin(db, config.adminPassword)
        if (admin.kind === 'created' && admin.generated)
          say(`Đã tạo admin, mật khẩu (chỉ hiện một lần): ${admin.password}`)
        say('Đã nạp dữ liệu tham chiếu.')
        if (options.demo) {
          const loaded = await loadDemoData(db)
          say(
            `Dữ liệu mẫu: thêm ${loaded.organizations} đơn vị, ${loaded.users} người dùng (mật khẩu ${DEMO_PASSWORD}).`,
          )
        }
      }),
    )

  const user = program.command('user').description('Quản lý tài khoản người dùng')
  user
    .command('create <username>')
    .description('Tạo người dùng')
    .requiredOption('--full-name <name>', 'họ và tên')
    .requiredOption('--organization <code>', 'mã đơn vị, ví dụ DVS (đơn vị gốc)')
    .addOption(new Option('--role <role...>', 'vai trò').choices(roles).default(['viewer']))
    .option('--password <password>', 'mật khẩu (bỏ trống để sinh ngẫu nhiên)')
    .option('--email <email>', 'địa chỉ e-mail')
    .action(
      (
        username: string,
        o: { fullName: string; organization: string; role: string[]; password?: string; email?: string },
      ) =>
        withDatabase(async (db) => {
          const organization = await findOrganizationByCode(db.db, o.organization)
          if (!organization) throw new AppError('NOT_FOUND', `Không có đơn vị mã ${o.organization}.`)
          const password = o.password ?? generatePassword()
          await createUser(cliContext(db), {
            username,
            fullName: o.fullName,
            organizationId: organization.id,
            roles: o.role as (typeof roles)[number][],
            password,
            email: o.email ?? null,
          })
          say(`Đã tạo người dùng ${username}.${o.password ? '' : ` Mật khẩu: ${password}`}`)
        }),
    )
  user
    .command('set-password <username>')
    .description('Đặt lại mật khẩu (bỏ trống --password để sinh ngẫu nhiên); đăng xuất mọi phiên')
    .option('--password <password>', 'mật khẩu mới')
    .action((username: string, o: { password?: string }) =>
      withDatabase(async (db) => {
        const found = await findUserByUsername(db.db, username)
        if (!found) throw new AppError('NOT_FOUND', `Không có người dùng ${username}.`)
        const password = o.password ?? generatePassword()
        await updateUser(cliContext(db), found.id, { password, status: 'active' })
        say(`Đã đặt lại mật khẩu cho ${username}.${o.password ? '' : ` Mật khẩu mới: ${password}`}`)
      }),
    )
  user
    .command('disable <username>')
    .description('Khoá tài khoản (dữ liệu được giữ nguyên; đăng xuất mọi phiên)')
    .action((username: string) =>
      withDatabase(async (db) => {
        const found = await findUserByUsername(db.db, username)
        if (!found) throw new AppError('NOT_FOUND', `Không có người dùng ${username}.`)
        await updateUser(cliContext(db), found.id, { status: 'disabled' })
        say(`Đã khoá tài khoản ${username}.`)
      }),
    )

  program
    .command('audit')
    .description('Nhật ký hệ thống')
    .command('verify')
    .description('Kiểm tra chuỗi băm của nhật ký; thoát với mã 1 nếu phát hiện sửa đổi')
    .action(() =>
      withDatabase(async (db) => {
        const result = await verifyAuditLog(db.db)
        for (const p of result.problems)
          say(`  ✗ chuỗi ${p.partition}${p.seq === null ? '' : `, bản ghi ${p.seq}`}: ${p.problem}`)
        if (result.problems.length) {
          say(`Phát hiện ${result.problems.length} vấn đề trong ${result.checked} bản ghi nhật ký.`)
          process.exitCode = 1
        } else say(`Nhật ký nguyên vẹn: đã kiểm tra ${result.checked} bản ghi.`)
      }),
    )

  program
    .command('bench')
    .description('Chạy đo hiệu năng; ghi kết quả JSON và bảng vào bench/results/')
    .option('--database <mode>', 'embedded, postgres hoặc cả hai (both)', 'both')
    .action(async (o: { database: string }) => {
      const { runBenchmarks } = await import('../bench/run.ts')
      await runBenchmarks({ database: o.database })
    })
  return program
}

buildCli()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(2)
    }
    if (error instanceof AppError) {
      console.error(`Lỗi (${error.code}): ${error.message}`)
      for (const f of error.fields) console.error(`  - ${f.path}: ${f.message}`)
      process.exit(1)
    }
    console.error(error)
    process.exit(1)
  })
