import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'
import pg from 'pg'
import { connectDatabase } from '../../src/platform/db/connect.ts'
import type { Database } from '../../src/platform/db/database.ts'
import { runMigrations } from '../../src/platform/db/migrate.ts'

/** PostgreSQL URL when the suite runs against a server (CI), else undefined for the embedded database. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined
export const testDatabaseMode: 'embedded' | 'postgres' = testDatabaseUrl ? 'postgres' : 'embedded'

let template: Uint8Array | undefined
/** The migrated embedded data directory made by the global setup. */
export function embeddedTemplate(): Uint8Array {
  template ??= new Uint8Array(readFileSync(inject('embeddedTemplate')))
  return template
}

/** A fresh schema name for one test app on PostgreSQL. */
export const freshSchemaName = (): string => `t_${process.pid}_${randomBytes(4).toString('hex')}`

/** Drops a test schema and the job queue schema that goes with it. */
export async function dropSchemas(names: string[]): Promise<void> {
  if (!testDatabaseUrl) return
  const client = new pg.Client({ connectionString: testDatabaseUrl })
  await client.connect()
  try {
    for (const name of names) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`)
  } finally {
    await client.end()
  }
}

/** A migrated database of its own for one test file, without the HTTP server. */
export async function createTestDatabase(): Promise<{
  database: Database
  schema: string | null
  close(): Promise<void>
}> {
  const schema = testDatabaseUrl ? freshSchemaName() : null
  const connection = await connectDatabase({
    mode: testDatabaseMode,
    databaseUrl: testDatabaseUrl,
    dataDir: 'memory://',
    poolSize: 4,
    ...(schema ? { schema } : { template: embeddedTemplate() }),
  })
  if (schema) {
    try {
      await runMigrations(connection.database.pool)
    } catch (error) {
      await connection.close()
      await dropSchemas([schema])
      throw error
    }
  }
  return {
    database: connection.database,
    schema,
    async close() {
      await connection.close()
      if (schema) await dropSchemas([schema, `${schema}_jobs`])
    },
  }
}

/** A whole scratch database on the TEST_DATABASE_URL server, for tests that run separate processes. */
export async function createScratchPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set')
  const name = `danvan_${freshSchemaName()}`
  const admin = new pg.Client({ connectionString: testDatabaseUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(testDatabaseUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: testDatabaseUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}

/**
 * Environment for tests that run `danvan` as separate processes: a scratch data directory and, on
 * PostgreSQL, a scratch database. `cleanup()` removes both.
 */
export async function scratchEnvironment(
  prefix: string,
  env: Record<string, string>,
): Promise<{ env: Record<string, string>; dataDir: string; cleanup(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), prefix))
  const full: Record<string, string> = { DANVAN_DATA_DIR: dataDir, ...env }
  const scratch = testDatabaseUrl ? await createScratchPostgresDatabase() : null
  if (scratch) full.DATABASE_URL = scratch.url
  return {
    env: full,
    dataDir,
    async cleanup() {
      await scratch?.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
