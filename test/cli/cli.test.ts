import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { runCli } from '../support/cli.ts'
import { scratchEnvironment, testDatabaseUrl } from '../support/db.ts'
import { connectDatabase } from '../../src/platform/db/connect.ts'

let env: Record<string, string> = {}
let dataDir = ''
let cleanup: () => Promise<void> = async () => undefined

beforeAll(async () => {
  const scratch = await scratchEnvironment('danvan-cli-', { DANVAN_ADMIN_PASSWORD: 'Cli-quan-tri-2026!' })
  ;({ env, dataDir, cleanup } = scratch)
})
afterAll(() => cleanup())

describe('danvan command', () => {
  it('lists every command in --help, and each command has its own help', async () => {
    const help = await runCli(['--help'], env)
    expect(help.code).toBe(0)
    for (const command of ['serve', 'migrate', 'seed', 'user', 'audit', 'bench'])
      expect(help.out).toContain(command)
    const userHelp = await runCli(['user', '--help'], env)
    expect(userHelp.out).toMatch(/create[\s\S]*set-password[\s\S]*disable/)
  })

  it('refuses a bad environment variable with a clear message and exit code 2', async () => {
    const result = await runCli(['migrate'], { ...env, PORT: 'abc' })
    expect(result.code).toBe(2)
    expect(result.out).toContain('PORT: phải là một số')
  })

  it('migrates, seeds, manages a user and verifies the audit log', async () => {
    const migrate = await runCli(['migrate'], env)
    expect(migrate.out).toContain('phiên bản mới nhất')
    expect(migrate.code).toBe(0)
    expect((await runCli(['seed'], env)).code).toBe(0)

    const created = await runCli(
      [
        'user',
        'create',
        'lan.nguyen',
        '--full-name',
        'Nguyễn Thị Lan',
        '--organization',
        'DVS',
        '--role',
        'leader',
      ],
      env,
    )
    expect(created.code).toBe(0)
    expect(created.out).toMatch(/Đã tạo người dùng lan\.nguyen\. Mật khẩu: \S{20,}/)

    const refused = await runCli(
      ['user', 'create', 'Lan Nguyen', '--full-name', 'X Y', '--organization', 'DVS'],
      env,
    )
    expect(refused.code).toBe(1)
    expect(refused.out).toContain('VALIDATION_FAILED')
    expect(refused.out).toContain('username')

    const reset = await runCli(
      ['user', 'set-password', 'lan.nguyen', '--password', 'Hoa-sen-no-giua-ho-1'],
      env,
    )
    expect(reset.code).toBe(0)
    expect((await runCli(['user', 'disable', 'lan.nguyen'], env)).out).toContain(
      'Đã khoá tài khoản lan.nguyen',
    )
    expect((await runCli(['user', 'disable', 'khong.co'], env)).code).toBe(1)

    const verified = await runCli(['audit', 'verify'], env)
    expect(verified.code).toBe(0)
    expect(verified.out).toMatch(/Nhật ký nguyên vẹn: đã kiểm tra \d+ bản ghi/)
    // Eight CLI processes, each opening the embedded database: on a loaded two-CPU machine running the
    // whole suite this takes well over two minutes (74 s alone, 120 s+ in the full run).
  }, 240_000)

  it('audit verify exits 1 once a row has been tampered with', async () => {
    const connection = await connectDatabase({
      mode: testDatabaseUrl ? 'postgres' : 'embedded',
      databaseUrl: env.DATABASE_URL,
      dataDir,
      poolSize: 1,
    })
    await connection.database.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`)
      await tx.execute(sql`update audit_log set actor_name = 'ai đó' where action = 'user.disabled'`)
      await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`)
    })
    await connection.close()
    const verified = await runCli(['audit', 'verify'], env)
    expect(verified.code).toBe(1)
    expect(verified.out).toContain('nội dung đã bị sửa đổi')
  }, 60_000)
})
