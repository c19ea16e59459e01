import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { createTestDatabase } from '../../../test/support/db.ts'
import type { Database } from '../db/database.ts'
import {
  appendAfterKnownHeads,
  AUDIT_LANES,
  canonicalJson,
  headsKnown,
  isAuditHeadMoved,
  partitionOf,
  recordAudit,
  recordAudits,
  verifyAuditLog,
} from './audit.ts'

let db: Database
let close: () => Promise<void>

const entry = (organizationId: string | null, n: number) => ({
  actor: { id: null, name: 'kiểm thử' },
  action: 'thing.changed',
  entityType: 'thing',
  entityId: `thing-${n}`,
  organizationId,
  summary: { after: { n, tên: 'Đơn vị số ' + n }, nested: { b: 1, a: [1, 2] } },
  requestId: `req-${n}`,
})

const ORG_A = '00000000-0000-7000-8000-00000000000a'
const ORG_B = '00000000-0000-7000-8000-00000000000b'
const ORG_C = '00000000-0000-7000-8000-00000000000c'

beforeAll(async () => {
  const t = await createTestDatabase()
  db = t.database
  close = t.close
  for (let i = 1; i <= 5; i++) {
    await db.transaction((tx) => recordAudit(tx, entry(ORG_A, i)))
    await db.transaction((tx) => recordAudit(tx, entry(ORG_B, i)))
  }
  await Promise.all(
    [1, 2, 3, 4, 5, 6].map((i) => db.transaction((tx) => recordAudit(tx, entry(null, 100 + i)))),
  )
})
afterAll(() => close?.())

describe('canonical JSON of an audit entry', () => {
  it('sorts keys at every level, leaves out undefined, writes dates as ISO strings (hashes depend on it)', () => {
    const value = {
      zeta: [3, { b: null, a: 'Đơn "khiếu nại"', c: undefined }, new Date('2026-07-01T01:02:03.004Z')],
      alpha: { y: 1.5, x: true, nested: { ü: 'ü', Z: 'Z', a: [] } },
      gone: undefined,
      'm-key': 'xã Ba Đình',
    }
    expect(canonicalJson(value)).toBe(
      '{"alpha":{"nested":{"Z":"Z","a":[],"ü":"ü"},"x":true,"y":1.5},"m-key":"xã Ba Đình",' +
        '"zeta":[3,{"a":"Đơn \\"khiếu nại\\"","b":null},"2026-07-01T01:02:03.004Z"]}',
    )
    expect(canonicalJson(undefined)).toBe('null')
    expect(canonicalJson([undefined, 'a'])).toBe('[null,"a"]')
  })
})

describe('hash-chained audit log', () => {
  it('keeps one gap-free chain per partition, even under concurrent writes', async () => {
    const result = await verifyAuditLog(db.db)
    expect(result).toEqual({ checked: 16, problems: [] })
  })

  it('writes nothing when the surrounding transaction rolls back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, entry(ORG_A, 99))
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    expect((await verifyAuditLog(db.db)).checked).toBe(16)
  })

  it('is append-only: the database refuses updates and deletes', async () => {
    await expect(db.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow()
    await expect(db.db.execute(sql`delete from audit_log`)).rejects.toThrow()
  })

  it('detects an edited row, even by someone who bypasses the trigger', async () => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`)
      await tx.execute(
        sql`update audit_log set summary = '{"after":{"n":3,"tên":"Đã sửa"}}' where entity_id = 'thing-3' and organization_id = ${ORG_A}`,
      )
      await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`)
    })
    const result = await verifyAuditLog(db.db)
    expect(result.problems).toEqual([{ partition: ORG_A, seq: 3, problem: 'nội dung đã bị sửa đổi' }])
  })

  it('detects a removed row', async () => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`)
      await tx.execute(sql`delete from audit_log where entity_id = 'thing-2' and organization_id = ${ORG_B}`)
      await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`)
    })
    const problems = (await verifyAuditLog(db.db)).problems.filter((p) => p.partition === ORG_B)
    expect(problems.map((p) => p.problem)).toEqual(['thiếu bản ghi số 2', 'liên kết chuỗi bị đứt'])
  })
  it('spreads laned entries of one organization over parallel chains, each verified and gap-free', async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `case-${i}`)
    await Promise.all(
      keys.map((key, i) =>
        db.transaction((tx) => recordAudit(tx, { ...entry(ORG_C, 200 + i), entityId: key, lane: i % 5 })),
      ),
    )
    const lanes = new Set(keys.map((_, i) => partitionOf({ organizationId: ORG_C, lane: i % 5 })))
    expect(lanes.size).toBe(5)
    expect([...lanes].every((l) => l.startsWith(`${ORG_C}:`))).toBe(true)
    expect(partitionOf({ organizationId: ORG_C, lane: AUDIT_LANES + 2 })).toBe(`${ORG_C}:2`)
    const result = await verifyAuditLog(db.db)
    expect(result.problems.filter((p) => p.partition.startsWith(ORG_C))).toEqual([])
    const [row] = (
      await db.db.execute(
        sql`select count(*)::int as n, count(distinct partition)::int as lanes from audit_log where organization_id = ${ORG_C}`,
      )
    ).rows as { n: number; lanes: number }[]
    expect(row).toEqual({ n: 40, lanes: lanes.size })
  })
  it('chains a batch of entries over several partitions in order, in one call', async () => {
    const ORG_D = '00000000-0000-7000-8000-00000000000d'
    await db.transaction((tx) => recordAudit(tx, entry(ORG_D, 300)))
    // Two batches written at once, interleaving partitions (an organization, two of its lanes, the system).
    const batch = (base: number) => [
      { ...entry(ORG_D, base), lane: 1 },
      entry(ORG_D, base + 1),
      { ...entry(ORG_D, base + 2), lane: 1 },
      entry(null, base + 3),
      { ...entry(ORG_D, base + 4), lane: 6 },
      entry(ORG_D, base + 5),
    ]
    await Promise.all([
      db.transaction((tx) => recordAudits(tx, batch(310))),
      db.transaction((tx) => recordAudits(tx, batch(320))),
    ])
    // (Earlier tests tampered with A and B on purpose.)
    const result = await verifyAuditLog(db.db)
    expect(result.problems.filter((p) => p.partition.startsWith(ORG_D) || p.partition === 'system')).toEqual(
      [],
    )
    const rows = (
      await db.db.execute(
        sql`select partition, seq, entity_id from audit_log where organization_id = ${ORG_D} and partition = ${ORG_D} order by seq`,
      )
    ).rows as { partition: string; seq: number; entity_id: string }[]
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5])
    // Within one call the entries of a partition follow the order given.
    const first = rows.findIndex((r) => r.entity_id === 'thing-311')
    expect(rows[first + 1]?.entity_id).toBe('thing-315')
  })

  it('appends after remembered heads in the writer’s own statement, and refuses a head that moved', async () => {
    const ORG_E = '00000000-0000-7000-8000-00000000000e'
    const laned = (n: number) => ({ ...entry(ORG_E, n), lane: 2 })
    const append = (known: Map<string, { seq: number; hash: string }>, n: number) => {
      const part = appendAfterKnownHeads([laned(n), laned(n + 1)], known, 0)
      return { part, run: () => db.pool.query(`with ${part.ctes} select 1`, part.params) }
    }
    expect(headsKnown([laned(400)], new Map())).toBe(false)
    const known = await db.transaction((tx) => recordAudits(tx, [laned(400)]))
    expect(headsKnown([laned(401)], known)).toBe(true)
    const next = append(known, 401)
    await next.run()
    expect(next.part.heads.get(`${ORG_E}:2`)?.seq).toBe(3)
    // Another writer appended after the head remembered in `known`: the statement is refused whole.
    const stale = append(known, 403)
    const refused = await stale.run().then(
      () => null,
      (error: unknown) => error,
    )
    expect(isAuditHeadMoved(refused)).toBe(true)
    const rows = (
      await db.db.execute(
        sql`select seq, entity_id from audit_log where partition = ${`${ORG_E}:2`} order by seq`,
      )
    ).rows as { seq: number; entity_id: string }[]
    expect(rows).toEqual([
      { seq: 1, entity_id: 'thing-400' },
      { seq: 2, entity_id: 'thing-401' },
      { seq: 3, entity_id: 'thing-402' },
    ])
    // From the heads it gave, the writer appends again; the chain holds.
    await append(next.part.heads, 403).run()
    const result = await verifyAuditLog(db.db)
    expect(result.problems.filter((p) => p.partition.startsWith(ORG_E))).toEqual([])
  })
})
