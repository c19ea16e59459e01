import { readFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'
import pg from 'pg'

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
