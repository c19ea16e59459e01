import { createHash } from 'node:crypto'
import pg from 'pg'
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { sql, type AnyColumn, type SQL } from 'drizzle-orm'

// Legal dates stay 'YYYY-MM-DD' strings (no time-zone shifts); counts come back as numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))

export type Db = NodePgDatabase<Record<string, never>>
/** What repositories take: the database or an open transaction — both build and run queries. */
export type Executor = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute' | '$with' | 'with'>

export interface Database {
  db: Db
  pool: pg.Pool
  mode: 'embedded' | 'postgres'
  /** Runs `work` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T>
  close(): Promise<void>
}

export interface OpenOptions {
  url: string
  mode: 'embedded' | 'postgres'
  poolSize: number
  /** Schema to work in (tests isolate runs by schema on PostgreSQL). */
  schema?: string
}

/** Statements a connection keeps prepared at most; past that, queries go unnamed as before. */
const PREPARED_PER_CONNECTION = 400

/**
 * A PostgreSQL connection that prepares every parameterised statement once, under a name derived from its
 * text, and then only binds and executes it: PostgreSQL skips parsing and, after a few runs, planning —
 * which cost more than the execution of most of our statements (an intake runs a dozen). Statements are
 * per connection, so this is for PostgreSQL only: the embedded database shares one backend session
 * between the pool's connections, where one connection's names would collide with another's.
 */
class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>()

  override query(...args: unknown[]): never {
    const [first, second] = args
    const named = this.nameOf(first, second)
    if (named) args[0] = named
    return (super.query as (...a: unknown[]) => never)(...args)
  }

  private nameOf(first: unknown, second: unknown): pg.QueryConfig | null {
    const config: pg.QueryConfig | null =
      typeof first === 'string'
        ? Array.isArray(second) && second.length
          ? { text: first, values: second as unknown[] }
          : null
        : first && typeof first === 'object' && 'text' in first && !('name' in first) && !('submit' in first)
          ? (first as pg.QueryConfig)
          : null
    if (!config?.values?.length || config.text.length > 20_000) return null
    const name = `p${createHash('sha1').update(config.text).digest('base64url')}`
    if (!this.prepared.has(name)) {
      if (this.prepared.size >= PREPARED_PER_CONNECTION) return null
      this.prepared.add(name)
    }
    return { ...config, name }
  }
}

export function openDatabase(options: OpenOptions): Database {
  const pool = new pg.Pool({
    ...(options.mode === 'postgres' && process.env.NOPREP !== '1' ? { Client: PreparingClient } : {}),
    connectionString: options.url,
    max: options.poolSize,
    idleTimeoutMillis: 30_000,
    ...(options.schema ? { options: `-c search_path=${options.schema},public` } : {}),
  })
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined)
  const db = drizzle({ client: pool })
  return {
    db,
    pool,
    mode: options.mode,
    transaction: (work) => db.transaction((tx) => work(tx)),
    close: () => pool.end(),
  }
}

/** Rows of a raw SQL query, typed by the caller. */
export async function rows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = await executor.execute(query)
  return result.rows as T[]
}

export { sql }

/**
 * Newest first, in the order of the `(… desc)` indexes Drizzle creates — `DESC NULLS LAST`. A plain
 * `desc()` means `NULLS FIRST` in PostgreSQL and cannot walk such an index: at a million rows the list
 * is then a full sort.
 */
export const newestFirst = (column: AnyColumn | SQL): SQL => sql`${column} desc nulls last`
