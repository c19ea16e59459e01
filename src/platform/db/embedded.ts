import { Worker } from 'node:worker_threads'
import { mkdirSync } from 'node:fs'

export interface EmbeddedDatabase {
  /** postgres:// URL of the loopback socket. */
  url: string
  /** A tarball of the data directory (used by tests to copy a migrated template). */
  dump(): Promise<Uint8Array>
  stop(): Promise<void>
}

export interface EmbeddedOptions {
  /** A directory on disk, or 'memory://' for a throwaway database. */
  dataDir: string
  /** Start from this data-directory tarball instead of an empty cluster. */
  loadDataDir?: Uint8Array
  maxConnections?: number
}

type WorkerMessage =
  | { type: 'ready'; port: number }
  | { type: 'error'; message: string }
  | { type: 'stopped' }
  | { type: 'dump'; data: Uint8Array }

/** Starts PGlite in a worker thread; the worker dies with the process, so a kill -9 leaves no orphan. */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true })
  const worker = new Worker(new URL('./embedded-worker.mjs', import.meta.url), {
    workerData: {
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      maxConnections: options.maxConnections ?? 16,
    },
  })
  const next = <T extends WorkerMessage['type']>(type: T): Promise<Extract<WorkerMessage, { type: T }>> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: WorkerMessage): void => {
        if (message.type === type) {
          cleanup()
          resolve(message as Extract<WorkerMessage, { type: T }>)
        } else if (message.type === 'error') {
          cleanup()
          reject(new Error(`Không khởi động được cơ sở dữ liệu nhúng: ${message.message}`))
        }
      }
      const onExit = (code: number): void => {
        cleanup()
        reject(new Error(`Cơ sở dữ liệu nhúng đã dừng (mã ${code}).`))
      }
      const cleanup = (): void => {
        worker.off('message', onMessage)
        worker.off('exit', onExit)
      }
      worker.on('message', onMessage)
      worker.on('exit', onExit)
    })

  const { port } = await next('ready')
  let stopped = false
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async dump() {
      const reply = next('dump')
      worker.postMessage({ type: 'dump' })
      return (await reply).data
    },
    async stop() {
      if (stopped) return
      stopped = true
      const reply = next('stopped')
      worker.postMessage({ type: 'stop' })
      await reply.catch(() => undefined)
      await worker.terminate()
    },
  }
}
