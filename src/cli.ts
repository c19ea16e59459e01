import { readFileSync } from 'node:fs'
import { Command, Option } from 'commander'
import { ConfigError } from './config.ts'
import { AppError } from './platform/errors.ts'
import { roles } from './platform/access/permissions.ts'

const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version
const actions = () => import('./cli-actions.ts')

export function buildCli(): Command {
  const program = new Command('danvan')
    .description('Dân Vận Số — nền tảng số cho công tác dân vận chính quyền')
    .version(version)
    .showHelpAfterError()

  program
    .command('serve')
    .description('Chạy máy chủ (cơ sở dữ liệu nhúng nếu không có DATABASE_URL)')
    .option('--build-if-missing', 'dựng giao diện quản trị nếu chưa có')
    .action(async (o: { buildIfMissing?: boolean }) => (await actions()).serve(o))

  program
    .command('migrate')
    .description('Áp dụng các migration còn thiếu (mỗi migration trong một giao dịch)')
    .action(async () => (await actions()).migrate())

  program
    .command('seed')
    .description('Nạp dữ liệu tham chiếu và tài khoản admin; --demo nạp thêm dữ liệu mẫu')
    .option('--demo', 'nạp dữ liệu mẫu (một tỉnh, ba xã, các tài khoản mẫu)')
    .action(async (o: { demo?: boolean }) => (await actions()).seed(o))

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
      async (
        username: string,
        o: { fullName: string; organization: string; role: string[]; password?: string; email?: string },
      ) => (await actions()).userCreate(username, o),
    )
  user
    .command('set-password <username>')
    .description('Đặt lại mật khẩu (bỏ trống --password để sinh ngẫu nhiên); đăng xuất mọi phiên')
    .option('--password <password>', 'mật khẩu mới')
    .action(async (username: string, o: { password?: string }) =>
      (await actions()).userSetPassword(username, o),
    )
  user
    .command('disable <username>')
    .description('Khoá tài khoản (dữ liệu được giữ nguyên; đăng xuất mọi phiên)')
    .action(async (username: string) => (await actions()).userDisable(username))

  const units = program.command('units').description('Đơn vị hành chính (tỉnh, xã; huyện trước 01/07/2025)')
  units
    .command('show <code>')
    .description('Đơn vị mang mã này vào một ngày: cấp trên, tiền thân, kế thừa và đơn vị hiện nay')
    .option('--at <date>', 'ngày, dạng YYYY-MM-DD (mặc định hôm nay)')
    .action(async (code: string, o: { at?: string }) => (await actions()).unitsShow(code, o))
  units
    .command('import-local <file>')
    .description(
      'Nhập thôn, ấp, bản, tổ dân phố, khu phố từ tệp CSV hoặc XLSX (cột commune_code, name, type); có lỗi thì không ghi dòng nào',
    )
    .action(async (file: string) => (await actions()).unitsImportLocal(file))

  program
    .command('audit')
    .description('Nhật ký hệ thống')
    .command('verify')
    .description('Kiểm tra chuỗi băm của nhật ký; thoát với mã 1 nếu phát hiện sửa đổi')
    .action(async () => (await actions()).auditVerify())

  const calendar = program.command('calendar').description('Lịch làm việc: ngày nghỉ, tính hạn')
  calendar
    .command('holidays <year>')
    .description('Ngày lễ, nghỉ bù, ngày nghỉ và ngày làm bù của một năm')
    .option('--province <code>', 'mã tỉnh (2 chữ số) để áp dụng cả điều chỉnh của tỉnh')
    .action(async (year: string, o: { province?: string }) => (await actions()).calendarHolidays(year, o))
  calendar
    .command('deadline <start> <amount>')
    .description('Tính hạn: N ngày làm việc (--working-days) hoặc N ngày (--days) sau ngày bắt đầu')
    .addOption(new Option('--working-days', 'đếm ngày làm việc').conflicts('days'))
    .addOption(new Option('--days', 'đếm ngày theo lịch, lùi ngày cuối sang ngày làm việc'))
    .option('--province <code>', 'mã tỉnh (2 chữ số)')
    .action(
      async (
        start: string,
        amount: string,
        o: { workingDays?: boolean; days?: boolean; province?: string },
      ) => (await actions()).calendarDeadline(start, amount, o),
    )

  program
    .command('rules')
    .description('Sổ quy định thời hạn')
    .command('list')
    .description('Các quy định có hiệu lực vào một ngày (mặc định hôm nay)')
    .option('--at <date>', 'ngày, dạng YYYY-MM-DD')
    .action(async (o: { at?: string }) => (await actions()).rulesList(o))

  program
    .command('bench')
    .description('Đo hiệu năng; ghi kết quả JSON và bảng vào bench/results/')
    .option('--database <mode>', 'embedded, postgres hoặc both', 'both')
    .option('--suite <names>', 'chỉ chạy các nhóm này, cách nhau bởi dấu phẩy (mặc định: tất cả)')
    .action(async (o: { database: string; suite?: string }) => {
      const { runBenchmarks } = await import('../bench/run.ts')
      await runBenchmarks(o)
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
