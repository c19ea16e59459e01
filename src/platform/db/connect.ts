import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import net from 'node:net'
import { openDatabase, type Database } from './database.ts'
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.ts'

export interface ConnectOptions {
  mode: 'embedded' | 'postgres'
  databaseUrl?: string
  dataDir: string
  poolSize: number
  /** PostgreSQL schema to work in (tests); default `public`. */
  schema?: string
  /** Embedded only: start from this migrated data-directory tarball, in memory (tests). */
  template?: Uint8Array
  /** Embedded only: publish the socket port so that CLI commands can share the running database. */
  publish?: boolean
}

export interface Connection {
  database: Database
  close(): Promise<void>
}

const portFile = (dataDir: string): string => path.join(dataDir, 'pglite.port.json')

/** The embedded database served by a running `danvan serve`, if there is one. */
async function runningEmbedded(dataDir: string): Promise<string | null> {
  const file = portFile(dataDir)
  if (!existsSync(file)) return null
  const { port, pid } = JSON.parse(readFileSync(file, 'utf8')) as { port: number; pid: number }
  try {
    process.kill(pid, 0)
  } catch {
    return null
  }
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy()
      resolve(true)
    })
    socket.on('error', () => resolve(false))
  })
  return reachable ? `postgres://postgres@127.0.0.1:${port}/postgres` : null
}

/**
 * Opens the database: PostgreSQL by URL, or the embedded PGlite — started here, or shared with the
 * `danvan serve` already running on the same data directory (PGlite allows one process per directory).
 */
export async function connectDatabase(options: ConnectOptions): Promise<Connection> {
  if (options.mode === 'postgres') {
    if (!options.databaseUrl) throw new Error('DATABASE_URL is required in postgres mode')
    const database = openDatabase({
      url: options.databaseUrl,
      mode: 'postgres',
      poolSize: options.poolSize,
      schema: options.schema,
    })
    if (options.schema) {
      if (!/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`invalid schema name ${options.schema}`)
      await database.pool.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`)
    } else await database.pool.query('select 1')
    return { database, close: () => database.close() }
  }
  const shared = options.template ? null : await runningEmbedded(options.dataDir)
  let embedded: EmbeddedDatabase | null = null
  let url = shared
  if (!url) {
    embedded = await startEmbeddedDatabase(
      options.template
        ? { dataDir: 'memory://', loadDataDir: options.template }
        : { dataDir: path.join(options.dataDir, 'pglite') },
    )
    url = embedded.url
    if (options.publish)
      writeFileSync(
        portFile(options.dataDir),
        JSON.stringify({ port: Number(new URL(url).port), pid: process.pid }),
      )
  }
  const database = openDatabase({ url, mode: 'embedded', poolSize: options.poolSize })
  return {
    database,
    async close() {
      await database.close()
      if (embedded) {
        if (options.publish) rmSync(portFile(options.dataDir), { force: true })
        await embedded.stop()
      }
    },
  }
}
