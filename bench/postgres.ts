import pg from 'pg'

/**
 * The bench database at `url`, freshly created — or, with BENCH_KEEP=1, the one of the last run when it
 * exists (the suites resume their loads from what it holds). False when PostgreSQL is not reachable.
 */
export async function freshDatabase(url: string): Promise<boolean> {
  const target = new URL(url)
  const name = target.pathname.slice(1)
  target.pathname = '/postgres'
  const client = new pg.Client({ connectionString: target.toString() })
  try {
    await client.connect()
  } catch {
    return false
  }
  try {
    const exists = (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount
    if (process.env.BENCH_KEEP === '1' && exists) return true
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${name}"`)
    return true
  } finally {
    await client.end()
  }
}
