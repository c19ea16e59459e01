import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type pg from 'pg'

export const migrationsDir = fileURLToPath(new URL('../../../db/migrations', import.meta.url))

interface Journal {
  entries: { idx: number; tag: string }[]
}

const MIGRATION_LOCK = 727_001

/**
 * drizzle-kit qualifies references with "public"; tables belong to whatever schema the connection's
 * search_path names (public in production, a throwaway schema per test run), so drop the qualifier.
 */
const unqualified = (statement: string): string => statement.replaceAll('"public".', '')

/**
 * Applies the drizzle-kit migrations that are not yet applied, each in its own transaction, under an
 * advisory lock so that two processes starting together do not race. Running it again does nothing.
 */
export async function runMigrations(pool: pg.Pool, dir = migrationsDir): Promise<string[]> {
  const journal = JSON.parse(await readFile(path.join(dir, 'meta', '_journal.json'), 'utf8')) as Journal
  const client = await pool.connect()
  const applied: string[] = []
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (tag text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    )
    const done = new Set(
      (await client.query<{ tag: string }>('SELECT tag FROM schema_migrations')).rows.map((r) => r.tag),
    )
    for (const entry of [...journal.entries].sort((a, b) => a.idx - b.idx)) {
      if (done.has(entry.tag)) continue
      const text = await readFile(path.join(dir, `${entry.tag}.sql`), 'utf8')
      const statements = text
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean)
      await client.query('BEGIN')
      try {
        for (const statement of statements) await client.query(unqualified(statement))
        await client.query('INSERT INTO schema_migrations (tag) VALUES ($1)', [entry.tag])
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw new Error(`Migration ${entry.tag} failed: ${(error as Error).message}`, { cause: error })
      }
      applied.push(entry.tag)
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined)
    client.release()
  }
  return applied
}
