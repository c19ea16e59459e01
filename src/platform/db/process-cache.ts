import type { Database } from './database.ts'

interface Entry<V> {
  value: Promise<V>
  until: number
}

export interface ProcessCache<K, V> {
  /** The cached value of `key`, or what `load` reads (shared by concurrent callers); a failed or empty load is not kept. */
  get(db: Database, key: K, load: () => Promise<V | undefined>): Promise<V | undefined>
  /** Forgets every entry of `db`: called by this process after it commits a change to what they hold. */
  forget(db: Database): void
}

/**
 * Rows read on nearly every request (the caller's session, an organization, a commune, a field code), kept
 * in this process per database. An entry lives `ttlMs`, so a change made by another process (the CLI, a
 * second server) shows within that time; a change made by this process forgets the entries when it commits.
 * At most `maxEntries` per database: past that the oldest are dropped.
 */
export function processCache<K, V>(ttlMs: number, maxEntries = 10_000): ProcessCache<K, V> {
  const stores = new WeakMap<Database, Map<K, Entry<V | undefined>>>()
  return {
    get(db, key, load) {
      let store = stores.get(db)
      if (!store) stores.set(db, (store = new Map()))
      const now = Date.now()
      const hit = store.get(key)
      if (hit && hit.until > now) return hit.value
      const entries = store
      const value = load().then(
        (loaded) => {
          if (loaded === undefined && entries.get(key)?.value === value) entries.delete(key)
          return loaded
        },
        (error: unknown) => {
          if (entries.get(key)?.value === value) entries.delete(key)
          throw error
        },
      )
      store.delete(key)
      store.set(key, { value, until: now + ttlMs })
      if (store.size > maxEntries) {
        const oldest = store.keys().next()
        if (!oldest.done) store.delete(oldest.value)
      }
      return value
    },
    forget(db) {
      stores.delete(db)
    },
  }
}
