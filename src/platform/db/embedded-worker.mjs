// Runs PGlite (PostgreSQL compiled to WASM) in its own worker thread and serves it on loopback with
// pglite-socket, so the application reaches it through the ordinary `pg` driver and the HTTP event loop
// never waits on WASM. Plain JavaScript: worker threads do not inherit the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin'
import { citext } from '@electric-sql/pglite/contrib/citext'

const { dataDir, loadDataDir, maxConnections } = workerData

async function start() {
  const db = await PGlite.create({
    dataDir,
    extensions: { unaccent, pg_trgm, btree_gin, citext },
    ...(loadDataDir ? { loadDataDir: new Blob([loadDataDir]) } : {}),
  })
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections })
  await server.start()
  const port = Number(server.getServerConn().split(':').pop())

  parentPort.on('message', async (message) => {
    if (message?.type === 'stop') {
      await server.stop()
      await db.close()
      parentPort.postMessage({ type: 'stopped' })
      parentPort.close()
    } else if (message?.type === 'dump') {
      const blob = await db.dumpDataDir('none')
      parentPort.postMessage({ type: 'dump', data: new Uint8Array(await blob.arrayBuffer()) })
    }
  })
  parentPort.postMessage({ type: 'ready', port })
}

start().catch((error) => {
  parentPort.postMessage({ type: 'error', message: String(error?.stack ?? error) })
})
