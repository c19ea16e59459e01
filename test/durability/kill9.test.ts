import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess } from '../../bench/server-process.ts'
import { scratchEnvironment, testDatabaseMode } from '../support/db.ts'
import { ApiClient } from '../support/http.ts'

/**
 * A write acknowledged over HTTP survives `kill -9` of the server and a restart. On PostgreSQL this is
 * the server's own guarantee (fsync on commit). On the embedded database PGlite runs with fsync off:
 * its writes reach the operating system before the reply, so they survive a killed process — but not
 * a power cut or kernel crash (see README, "Độ bền dữ liệu").
 */
const ADMIN_PASSWORD = 'Ben-bi-2026-quan-tri'
let env: Record<string, string> = {}
let cleanup: () => Promise<void> = async () => undefined

beforeAll(async () => {
  const scratch = await scratchEnvironment('danvan-kill9-', {
    DANVAN_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DANVAN_DEMO: '0',
  })
  ;({ env, cleanup } = scratch)
})
afterAll(() => cleanup())

describe(`durability on the ${testDatabaseMode} database`, () => {
  it('keeps every acknowledged write after kill -9 and a restart', async () => {
    const port = 4100 + Math.floor(Math.random() * 800)
    const first = await startServerProcess(env, port)
    const usernames: string[] = []
    try {
      const admin = new ApiClient(first.url)
      await admin.login('admin', ADMIN_PASSWORD)
      const me = await admin.get<{ organizationId: string }>('/api/me')
      for (let i = 0; i < 5; i++) {
        const username = `ben.vung.${i}`
        const created = await admin.post('/api/users', {
          username,
          password: 'Cay-da-dau-lang-2026',
          fullName: `Người Bền Vững ${i}`,
          organizationId: me.body.organizationId,
          roles: ['viewer'],
        })
        expect(created.status).toBe(201)
        usernames.push(username)
      }
    } finally {
      await first.kill9()
    }
    const second = await startServerProcess(env, port)
    try {
      for (const username of usernames) {
        const login = await new ApiClient(second.url).login(username, 'Cay-da-dau-lang-2026')
        expect(login.status, username).toBe(200)
      }
    } finally {
      await second.stop()
    }
  }, 240_000)
})
