import type { z } from 'zod'
import { readFileSync } from 'node:fs'
import { loadConfig, type Config } from './config.ts'
import { packageVersion, prepareDatabase, startServer } from './main.ts'
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
import { deadlineQuery, holidaysQuery } from './contracts/calendar.ts'
import { atQuery } from './contracts/rules.ts'
import { addPeriod, calendarFor, parseIsoDate, vietnamDateOf } from './modules/calendar/index.ts'
import { WEEKDAY_NAMES } from './modules/calendar/messages.ts'
import { weekdayOf } from './modules/calendar/dates.ts'
import { ruleBookOf, rulesAt } from './modules/rules/index.ts'
import {
  createLocalUnits,
  currentUnitsOf,
  findUnitAt,
  readLocalUnitFile,
  todayInVietnam,
  unitDetail,
} from './modules/admin-units/index.ts'
import { atQuery as unitAtQuery } from './contracts/admin-units.ts'

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
  say(`Cổng công dân (gửi, tra cứu đơn): ${server.url}/`)
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
    say('Đã nạp dữ liệu tham chiếu.')
    if (options.demo) {
      const loaded = await loadDemoData(db, { secretKey: loadOrCreateSecretKey(config.secretKeyFile) })
      say(
        `Dữ liệu mẫu: thêm ${loaded.organizations} đơn vị, ${loaded.users} người dùng (mật khẩu ${DEMO_PASSWORD}), ${loaded.cases} hồ sơ, ${loaded.activities} hoạt động dân vận.`,
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

/** '2027-02-22 (Thứ Hai)' */
const dated = (date: string): string => `${date} (${WEEKDAY_NAMES[weekdayOf(parseIsoDate(date))]})`

const holidayKinds: Record<string, string> = {
  holiday: 'ngày lễ',
  compensatory: 'nghỉ bù',
  day_off: 'ngày nghỉ theo thông báo',
  working_day: 'ngày làm bù',
}

const unitNames: Record<string, string> = { days: 'ngày', working_days: 'ngày làm việc' }

export const calendarHolidays = (year: string, o: { province?: string }): Promise<void> => {
  const query = parse(holidaysQuery, { year, province: o.province })
  return withDatabase(async (db) => {
    const calendar = await calendarFor(db, query.province ?? null)
    const scope = query.province ? `tỉnh mã ${query.province}` : 'toàn quốc'
    say(`Ngày nghỉ và ngày làm bù năm ${query.year} (${scope}):`)
    for (const entry of calendar.holidays(query.year))
      say(
        `  ${dated(entry.date).padEnd(26)} ${entry.name.padEnd(34)} ${holidayKinds[entry.kind] ?? entry.kind}`,
      )
  })
}

export const calendarDeadline = (
  start: string,
  amount: string,
  o: { workingDays?: boolean; days?: boolean; province?: string },
): Promise<void> => {
  if (!o.workingDays && !o.days)
    throw validationFailed([
      { path: 'unit', message: 'Chọn --working-days (ngày làm việc) hoặc --days (ngày).' },
    ])
  const unit = o.workingDays ? 'working_days' : 'days'
  const query = parse(deadlineQuery, { start, amount, unit, province: o.province })
  return withDatabase(async (db) => {
    const calendar = await calendarFor(db, query.province ?? null)
    let result
    try {
      result = addPeriod(query.start, { amount: query.amount, unit }, calendar)
    } catch (error) {
      if (error instanceof RangeError)
        throw validationFailed([
          { path: 'amount', message: 'Kết quả vượt ra ngoài phạm vi lịch (1990–2100).' },
        ])
      throw error
    }
    say(`Bắt đầu: ${dated(query.start)}; thời hạn ${query.amount} ${unitNames[unit]}`)
    say(`Hạn cuối: ${dated(result.due)}`)
    if (result.skipped.length === 0) return say('Không có ngày nào bị bỏ qua.')
    say('Các ngày không tính:')
    for (const day of result.skipped) say(`  ${dated(day.date).padEnd(26)} ${day.reason}`)
  })
}

const ruleValueText = (value: unknown): string => {
  const period = value as { amount?: unknown; unit?: unknown }
  if (typeof period === 'object' && period !== null && typeof period.unit === 'string')
    return `${String(period.amount)} ${unitNames[period.unit] ?? period.unit}`
  return JSON.stringify(value)
}

export const rulesList = (o: { at?: string }): Promise<void> => {
  const at = parse(atQuery, { at: o.at }).at ?? vietnamDateOf(Date.now())
  return withDatabase(async (db) => {
    const inForce = rulesAt(await ruleBookOf(db), at)
    say(`Quy định có hiệu lực ngày ${at}: ${inForce.length} quy định.`)
    for (const rule of inForce) {
      const period = `từ ${rule.effectiveFrom}${rule.effectiveTo ? ` đến ${rule.effectiveTo}` : ''}`
      say(`  ${rule.key.padEnd(42)} ${ruleValueText(rule.value).padEnd(20)} ${period} — ${rule.source}`)
      if (rule.note) say(`      Ghi chú: ${rule.note}`)
    }
  })
}
const period = (from: string | null, to: string | null): string =>
  `${from ? `từ ${from}` : 'từ trước khi có dữ liệu'}${to ? ` đến hết ${to}` : ' đến nay'}`

export const unitsShow = (code: string, o: { at?: string }): Promise<void> =>
  withDatabase(async (db) => {
    const at = parse(unitAtQuery, { at: o.at }).at ?? todayInVietnam()
    const detail = await unitDetail(db.db, code, at)
    if (!detail)
      throw new AppError('NOT_FOUND', `Không có đơn vị hành chính nào mang mã ${code} vào ngày ${at}.`)
    say(
      `${detail.code} ${detail.name} (${detail.type}, cấp ${detail.level}), hiệu lực ${period(detail.validFrom, detail.validTo)}`,
    )
    if (detail.parents.length) say(`Thuộc: ${detail.parents.map((p) => `${p.name} (${p.code})`).join(', ')}`)
    for (const [title, list] of [
      ['Tiền thân', detail.predecessors],
      ['Kế thừa', detail.successors],
    ] as const) {
      if (list.length === 0) continue
      say(`${title}:`)
      for (const s of list) say(`  ${s.code} ${s.name} — từ ${s.effectiveDate}, ${s.legalAct}`)
    }
    const unit = await findUnitAt(db.db, code, at)
    const current = unit ? await currentUnitsOf(db.db, unit) : []
    if (current.length && detail.validTo !== null)
      say(`Nay là: ${current.map((u) => `${u.name} (${u.code})`).join(', ')}`)
  })

export const unitsImportLocal = (file: string): Promise<void> =>
  withDatabase(async (db) => {
    let content: Buffer
    try {
      content = readFileSync(file)
    } catch {
      throw new AppError('NOT_FOUND', `Không đọc được tệp ${file}.`)
    }
    let rows
    try {
      rows = await readLocalUnitFile(file, content)
    } catch (error) {
      throw validationFailed([], (error as Error).message)
    }
    try {
      const created = await createLocalUnits(cliContext(db), rows)
      say(`Đã thêm ${created.length} đơn vị dưới cấp xã.`)
      for (const u of created) say(`  ${u.code} ${u.name}`)
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED') throw error
      for (const f of error.fields) say(`  ✗ ${f.message}`)
      throw new AppError('VALIDATION_FAILED', error.message)
    }
  })
