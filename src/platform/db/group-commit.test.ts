import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../test/support/db.ts'
import type { Database, Executor } from './database.ts'
import { groupCommit } from './group-commit.ts'

let db: Database
let close: () => Promise<void>

beforeAll(async () => {
  const t = await createTestDatabase()
  db = t.database
  close = t.close
  await db.db.execute(sql`create table group_commit_items (name text primary key, slot int not null)`)
})
afterAll(() => close?.())

const names = async (): Promise<string[]> =>
  (
    (await db.db.execute(sql`select name from group_commit_items order by name`)).rows as { name: string }[]
  ).map((r) => r.name)

describe('group commit', () => {
  it('writes items submitted together in one transaction, answering each after its commit', async () => {
    const batches: number[] = []
    const writer = groupCommit(db, (database, items: readonly string[], slot) =>
      database.transaction(async (tx) => {
        batches.push(items.length)
        for (const name of items)
          await tx.execute(sql`insert into group_commit_items (name, slot) values (${name}, ${slot})`)
        return items.map((name) => `ghi ${name}`)
      }),
    )
    const results = await Promise.all(['a1', 'a2', 'a3', 'a4', 'a5'].map((n) => writer.submit(n)))
    expect(results).toEqual(['ghi a1', 'ghi a2', 'ghi a3', 'ghi a4', 'ghi a5'])
    expect(batches).toEqual([5])
    expect(await names()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5'])
  })

  it('fails a bad item alone: the batch is written again item by item, the others land', async () => {
    const writer = groupCommit(db, (database, items: readonly string[]) =>
      database.transaction(async (tx: Executor) => {
        for (const name of items) {
          if (name === 'b-bad') throw new Error('mục không hợp lệ')
          await tx.execute(sql`insert into group_commit_items (name, slot) values (${name}, 0)`)
        }
        return items.map(() => true)
      }),
    )
    const outcomes = await Promise.allSettled(['b1', 'b-bad', 'b2'].map((n) => writer.submit(n)))
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('mục không hợp lệ'))
    expect((await names()).filter((n) => n.startsWith('b'))).toEqual(['b1', 'b2'])
  })

  it('keeps at most `parallel` batches in flight, each in its own slot, and caps their size', async () => {
    let inFlight = 0
    let most = 0
    const sizes: number[] = []
    const slots = new Set<number>()
    const writer = groupCommit(
      db,
      async (database, items: readonly string[], slot) => {
        inFlight++
        most = Math.max(most, inFlight)
        sizes.push(items.length)
        slots.add(slot)
        // One statement commits the batch whole, as a transaction would.
        await database.pool.query(
          'insert into group_commit_items (name, slot) select unnest($1::text[]), $2',
          [items, slot],
        )
        await new Promise((r) => setTimeout(r, 20))
        inFlight--
        return items.map(() => null)
      },
      { parallel: 2, maxBatch: 3 },
    )
    await Promise.all(Array.from({ length: 10 }, (_, i) => writer.submit(`c${String(i).padStart(2, '0')}`)))
    expect(most).toBeLessThanOrEqual(2)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(10)
    expect([...slots].every((s) => s === 0 || s === 1)).toBe(true)
    expect((await names()).filter((n) => n.startsWith('c'))).toHaveLength(10)
  })
})
