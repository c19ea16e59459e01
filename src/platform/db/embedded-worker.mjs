// Runs PGlite (PostgreSQL compiled to WASM) in its own worker thread and serves it on loopback, so the
// application reaches it through the ordinary `pg` driver and the HTTP event loop never waits on WASM.
// Plain JavaScript: worker threads do not inherit the TypeScript loader.
//
// PGlite has ONE backend session. Several client connections share it, so this server hands the session
// to one connection at a time: from a connection's first message until the session is idle again —
// after a simple Query or an extended-protocol Sync whose ReadyForQuery says 'I' (not in a transaction).
// Interleaving at message level (as pglite-socket's queue does) lets one connection's Parse replace
// another's unnamed statement between its Bind and Execute, and lets a second connection's statements run
// inside the first one's transaction.
import net from 'node:net'
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin'
import { citext } from '@electric-sql/pglite/contrib/citext'

const { dataDir, loadDataDir, maxConnections } = workerData

const SSL_REQUEST = 80877103
const CANCEL_REQUEST = 80877102
const PROTOCOL_3 = 196608

/** Who holds the backend session, and who waits for it, in arrival order. */
function sessionLock() {
  let owner = null
  const waiting = []
  return {
    async acquire(connection) {
      if (owner === connection) return
      if (owner === null) {
        owner = connection
        return
      }
      await new Promise((resolve) => waiting.push({ connection, resolve }))
    },
    release(connection) {
      if (owner !== connection) return
      const next = waiting.shift()
      owner = next ? next.connection : null
      next?.resolve()
    },
    owns: (connection) => owner === connection,
    forget(connection) {
      const index = waiting.findIndex((w) => w.connection === connection)
      if (index >= 0) waiting.splice(index, 1)
    },
  }
}

/** Splits a byte stream into protocol messages; the first message of a connection has no type byte. */
function* messages(state) {
  for (;;) {
    const buffer = state.buffer
    if (!state.started) {
      if (buffer.length < 8) return
      const length = buffer.readInt32BE(0)
      if (length < 8) throw new Error('malformed startup message')
      if (buffer.length < length) return
      const code = buffer.readInt32BE(4)
      state.buffer = buffer.subarray(length)
      if (code === PROTOCOL_3) state.started = true
      yield {
        kind: code === SSL_REQUEST ? 'ssl' : code === CANCEL_REQUEST ? 'cancel' : 'startup',
        bytes: buffer.subarray(0, length),
      }
      continue
    }
    if (buffer.length < 5) return
    const length = 1 + buffer.readInt32BE(1)
    if (length < 5) throw new Error('malformed message')
    if (buffer.length < length) return
    state.buffer = buffer.subarray(length)
    yield { kind: String.fromCharCode(buffer[0]), bytes: buffer.subarray(0, length) }
  }
}

/**
 * The transaction status carried by a response that ends with ReadyForQuery ('Z', length 5, status byte),
 * or null. Chunks need not align with message boundaries, so only the last six bytes are read.
 */
function readyStatus(chunks) {
  const tail = []
  for (let c = chunks.length - 1; c >= 0 && tail.length < 6; c--) {
    const chunk = chunks[c]
    for (let i = chunk.length - 1; i >= 0 && tail.length < 6; i--) tail.unshift(chunk[i])
  }
  if (tail.length < 6 || tail[0] !== 0x5a || tail[1] !== 0 || tail[2] !== 0 || tail[3] !== 0 || tail[4] !== 5)
    return null
  return String.fromCharCode(tail[5])
}

function serve(db) {
  const lock = sessionLock()
  let connections = 0
  const server = net.createServer((socket) => {
    if (connections >= maxConnections) {
      socket.destroy()
      return
    }
    connections++
    socket.setNoDelay(true)
    const connection = {}
    const state = { buffer: Buffer.alloc(0), started: false }
    let inTransaction = false
    let chain = Promise.resolve()
    const run = async (message) => {
      if (message.kind === 'ssl') return void socket.write('N')
      if (message.kind === 'cancel') return
      if (message.kind === 'X') {
        socket.end()
        return
      }
      await lock.acquire(connection)
      const chunks = []
      await db.execProtocolRawStream(new Uint8Array(message.bytes), {
        onRawData: (data) => {
          chunks.push(data)
          if (socket.writable) socket.write(Buffer.from(data))
        },
      })
      // The session is free again once a Query or Sync reports it idle (outside any transaction).
      const status = readyStatus(chunks)
      if (status) inTransaction = status !== 'I'
      if (message.kind === 'startup' || ((message.kind === 'Q' || message.kind === 'S') && !inTransaction))
        lock.release(connection)
    }
    socket.on('data', (data) => {
      state.buffer = state.buffer.length ? Buffer.concat([state.buffer, data]) : data
      for (const message of messages(state))
        chain = chain.then(() => run(message)).catch(() => socket.destroy())
    })
    const close = () => {
      connections--
      lock.forget(connection)
      chain = chain.then(async () => {
        if (lock.owns(connection)) {
          if (inTransaction) await db.exec('ROLLBACK').catch(() => undefined)
          lock.release(connection)
        }
      })
    }
    socket.once('close', close)
    socket.on('error', () => socket.destroy())
  })
  return server
}

async function start() {
  const db = await PGlite.create({
    dataDir,
    extensions: { unaccent, pg_trgm, btree_gin, citext },
    ...(loadDataDir ? { loadDataDir: new Blob([loadDataDir]) } : {}),
  })
  const server = serve(db)
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const port = server.address().port

  parentPort.on('message', async (message) => {
    if (message?.type === 'stop') {
      await new Promise((resolve) => server.close(resolve))
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
