import type { Database } from './database.ts'

export interface GroupCommit<I, R> {
  /** Resolves once the item's transaction has committed (never before), or rejects with its own error. */
  submit(item: I): Promise<R>
}

interface Pending<I, R> {
  item: I
  resolve(result: R): void
  reject(error: unknown): void
}

/**
 * Group commit: items submitted while batches are being written wait for the next batch, and `write`
 * commits each batch at once — in one transaction, or in one statement, which PostgreSQL commits whole or
 * not at all — one commit and a few multi-row statements for many requests instead of a transaction each.
 * Up to `parallel` batches are in flight at once (one writes while another waits for its commit to reach
 * the disk); `write` is told which of those slots its batch has, and no two batches in flight share one.
 * A caller is answered only after its batch has committed, so nothing acknowledged is lost. When a batch
 * fails, its items are written again one at a time: one bad item (a refused reference, a colliding random
 * code) fails alone, with its own error, and the others still land.
 */
export function groupCommit<I, R>(
  database: Database,
  /** Writes the items and commits them together: all or none. */
  write: (database: Database, items: readonly I[], slot: number) => Promise<R[]>,
  options: { parallel?: number; maxBatch?: number } = {},
): GroupCommit<I, R> {
  const parallel = options.parallel ?? 1
  const maxBatch = options.maxBatch ?? 64
  let queue: Pending<I, R>[] = []
  const free = Array.from({ length: parallel }, (_, slot) => slot)
  let scheduled = false

  async function writeBatch(batch: Pending<I, R>[], slot: number): Promise<void> {
    try {
      const results = await write(
        database,
        batch.map((p) => p.item),
        slot,
      )
      batch.forEach((p, i) => p.resolve(results[i] as R))
    } catch (error) {
      const [only] = batch
      if (batch.length === 1 && only) return only.reject(error)
      for (const pending of batch) await writeBatch([pending], slot)
    }
  }

  /** Starts a batch in every free slot while items wait. */
  function pump(): void {
    scheduled = false
    while (queue.length && free.length) {
      const slot = free.shift() as number
      const batch = queue.slice(0, maxBatch)
      queue = queue.slice(maxBatch)
      void writeBatch(batch, slot).finally(() => {
        free.push(slot)
        schedule()
      })
    }
  }

  /** Requests parsed in this turn of the event loop join the same batch. */
  function schedule(): void {
    if (scheduled || !queue.length || !free.length) return
    scheduled = true
    setImmediate(pump)
  }

  return {
    submit(item) {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject })
        schedule()
      })
    },
  }
}
