import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig, type Config } from '../../src/config.ts'
import { startServer, type RunningServer } from '../../src/main.ts'
import { dropSchemas, embeddedTemplate, freshSchemaName, testDatabaseUrl } from './db.ts'

export const TEST_ADMIN_PASSWORD = 'Kiem-thu-quan-tri-2026'

export interface TestApp {
  url: string
  adminPassword: string
  server: RunningServer
  config: Config
  close(): Promise<void>
}

/**
 * The real server on a fresh database and a random port: a copy of the migrated embedded template, or
 * a fresh schema on TEST_DATABASE_URL. Serves the back office at /app when it has been built.
 */
export async function startTestApp(
  options: { demo?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-test-'))
  const schema = testDatabaseUrl ? freshSchemaName() : undefined
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DANVAN_DATA_DIR: dataDir,
    DANVAN_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    DANVAN_DEMO: options.demo ? '1' : '0',
    LOG_LEVEL: 'silent',
    DANVAN_DB_POOL_SIZE: '4',
    ...(testDatabaseUrl ? { DATABASE_URL: testDatabaseUrl } : {}),
    ...options.env,
  })
  let server: RunningServer
  try {
    server = await startServer(config, {
      schema,
      template: schema ? undefined : embeddedTemplate(),
      jobPollingSeconds: 1,
      say: () => undefined,
    })
  } catch (error) {
    if (schema) await dropSchemas([schema, `${schema}_jobs`])
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  return {
    url: server.url,
    adminPassword: TEST_ADMIN_PASSWORD,
    server,
    config,
    async close() {
      await server.stop()
      if (schema) await dropSchemas([schema, `${schema}_jobs`])
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
