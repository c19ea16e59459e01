import { createHash } from 'node:crypto'
import pg from 'pg'
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { sql, type AnyColumn, type SQL } from 'drizzle-orm'

// Legal dates stay 'YYYY-MM-DD' strings (no time-zone shifts); counts come back as numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))

/** The query builder, with the pool (or, inside a transaction, the one connection) it runs on. */
export type Db = NodePgDatabase<Record<string, never>> & { $client: pg.Pool | pg.PoolClient }
/** What repositories take: the database or an open transaction — both build and run queries. */
export type Executor = Pick<
  Db,
  'select' | 'insert' | 'update' | 'delete' | 'execute' | '$with' | 'with' | '$client'
>

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

export function openDatabase(options: OpenOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    idleTimeoutMillis: 30_000,
    ...(options.schema ? { options: `-c search_path=${options.schema},public` } : {}),
  })
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined)
  // Each PostgreSQL connection is a session of its own; the embedded database serves all of them from one
  // session, where a statement prepared by one connection would clash with another's.
  if (options.mode === 'postgres') {
    ownSessions.add(pool)
    pool.on('connect', (client) => ownSessions.add(client))
  }
  const db = drizzle({ client: pool })
  return {
    db,
    pool,
    mode: options.mode,
    transaction: (work) => inTransaction(pool, work),
    close: () => pool.end(),
  }
}

/**
 * BEGIN … COMMIT on one pooled connection, the work given a Drizzle instance bound to that connection: the
 * same query builder, plus the connection itself for the few hot statements written as plain SQL
 * (`queryRows`). A connection whose ROLLBACK failed is discarded, not returned to the pool.
 */
async function inTransaction<T>(pool: pg.Pool, work: (tx: Executor) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    await client.query('begin')
    try {
      const result = await work(drizzle({ client }))
      await client.query('commit')
      return result
    } catch (error) {
      await client.query('rollback').catch((failure: unknown) => {
        broken = failure instanceof Error ? failure : new Error(String(failure))
      })
      throw error
    }
  } finally {
    client.release(broken)
  }
}

/**
 * Rows of a plain SQL statement with positional parameters, on the database or in the transaction. With
 * `prepare`, a statement run often with the same text (each shape of an intake batch) is prepared once per
 * PostgreSQL connection and then only bound and run: the database no longer parses and plans it every time
 * (12 % of its time during intake, measured at 1,000,000 cases).
 */
export async function queryRows<T>(
  executor: Executor,
  text: string,
  params: unknown[],
  options: { prepare?: boolean } = {},
): Promise<T[]> {
  const name = options.prepare && ownSessions.has(executor.$client) ? preparedName(text) : undefined
  const result = await executor.$client.query<T & pg.QueryResultRow>(
    name ? { name, text, values: params } : { text, values: params },
  )
  return result.rows
}

/** Pools and connections whose connections are each a session of their own (see openDatabase). */
const ownSessions = new WeakSet<pg.Pool | pg.PoolClient>()

/**
 * At most this many statement texts are prepared by name in a process; any others run unnamed, so that no
 * connection accumulates prepared statements without bound.
 */
const PREPARED_LIMIT = 256
const preparedNames = new Map<string, string>()

function preparedName(text: string): string | undefined {
  let name = preparedNames.get(text)
  if (!name && preparedNames.size < PREPARED_LIMIT) {
    name = `dv_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`
    preparedNames.set(text, name)
  }
  return name
}

/**
 * Whether a statement run on `db.db` commits on its own: true for the database, false for one that runs
 * everything inside a caller's open transaction (see `within` in reception's recordVisit).
 */
export const autocommits = (db: Database): boolean => db.db.$client === db.pool

/** Tells the database itself (reads may come from a process cache) from an open transaction. */
export const isDatabase = (db: Database | Executor): db is Database => 'pool' in db && 'transaction' in db

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
