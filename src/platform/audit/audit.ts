import { createHash } from 'node:crypto'
import { and, asc, eq, gt } from 'drizzle-orm'
import { queryRows, type Executor } from '../db/database.ts'
import { insertValues } from '../db/plain-insert.ts'
import { newId } from '../db/ids.ts'
import { isUniqueViolation } from '../db/errors.ts'
import { auditChainHeads, auditLog } from './audit.schema.ts'

export interface AuditEntry {
  actor: { id: string | null; name: string }
  action: string
  entityType: string
  entityId: string
  /** The organization the entity belongs to: it is also the chain the entry joins. */
  organizationId: string | null
  provinceCode?: string | null
  summary: Record<string, unknown>
  requestId?: string | null
  /**
   * One of AUDIT_LANES parallel chains of the organization: batches of intakes written at the same time
   * (a group commit with several batches in flight) each take their own lane, so none waits for another's
   * commit to take the chain head. Each lane is a chain of its own (partition `org:lane`).
   */
  lane?: number
}

/** Parallel chains per organization for laned entries. */
export const AUDIT_LANES = 8

export function partitionOf(entry: Pick<AuditEntry, 'organizationId' | 'lane'>): string {
  const base = entry.organizationId ?? 'system'
  return entry.lane === undefined ? base : `${base}:${entry.lane % AUDIT_LANES}`
}

const GENESIS = '0'.repeat(64)

/**
 * JSON with keys sorted at every level (by UTF-16 code units), fields whose value is undefined left out,
 * dates as ISO strings: the same content always hashes the same. Written as loops: it runs on every audit
 * entry, twice, and the array-method version was the largest part of the audit's cost in an intake.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i])
    return out + ']'
  }
  const record = value as Record<string, unknown>
  let out = ''
  for (const key of Object.keys(record).sort()) {
    const item = record[key]
    if (item !== undefined) out += `${out ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(item)}`
  }
  return `{${out}}`
}

interface HashedFields {
  partition: string
  seq: number
  at: Date
  actorId: string | null
  actorName: string
  action: string
  entityType: string
  entityId: string
  organizationId: string | null
  provinceCode: string | null
  summary: unknown
  requestId: string | null
}

export function entryHash(prevHash: string, f: HashedFields): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(
      canonicalJson({
        partition: f.partition,
        seq: f.seq,
        at: f.at.toISOString(),
        actorId: f.actorId,
        actorName: f.actorName,
        action: f.action,
        entityType: f.entityType,
        entityId: f.entityId,
        organizationId: f.organizationId,
        provinceCode: f.provinceCode,
        summary: f.summary,
        requestId: f.requestId,
      }),
    )
    .digest('hex')
}

/**
 * Appends an entry in the caller's transaction. The chain head row of the partition is locked until the
 * transaction ends, so entries of one organization are strictly ordered while other organizations write
 * in parallel.
 */
export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await recordAudits(tx, [entry])
}

/** Where a chain ends: the sequence number and hash of its last entry. */
export interface ChainHead {
  seq: number
  hash: string
}

/** The entries chained after their partitions' heads, in order: the rows to insert and the heads after them. */
function chainAfter(entries: readonly AuditEntry[], heads: ReadonlyMap<string, ChainHead>) {
  const moved = new Map<string, ChainHead>()
  const at = new Date()
  const rows = entries.map((entry) => {
    const partition = partitionOf(entry)
    const head = moved.get(partition) ?? heads.get(partition)
    if (!head) throw new Error(`audit chain head missing for ${partition}`)
    const fields: HashedFields = {
      partition,
      seq: head.seq + 1,
      at,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      organizationId: entry.organizationId,
      provinceCode: entry.provinceCode ?? null,
      summary: JSON.parse(canonicalJson(entry.summary)) as unknown,
      requestId: entry.requestId ?? null,
    }
    const hash = entryHash(head.hash, fields)
    moved.set(partition, { seq: fields.seq, hash })
    return { id: newId(), ...fields, prevHash: head.hash, hash }
  })
  return { rows, moved }
}

/**
 * Appends entries in the caller's transaction, in order, in two statements whatever their number (a group
 * commit of intakes writes its batch's entries at once). The heads of their partitions are created if
 * needed and locked in one order (by name, so two writers never wait on each other in a cycle), then each
 * partition's entries are chained after its head and the heads moved to the last of them. Returns the
 * heads as they will be once the transaction commits.
 */
export async function recordAudits(
  tx: Executor,
  entries: readonly AuditEntry[],
): Promise<Map<string, ChainHead>> {
  if (!entries.length) return new Map()
  const partitions = [...new Set(entries.map(partitionOf))].sort()
  // The no-op DO UPDATE takes the row lock of each head and returns it. Plain SQL: these two statements
  // run in every command, and the query builder cost more than the database (see plain-insert.ts).
  const locked = await queryRows<{ partition: string; seq: number; hash: string }>(
    tx,
    `insert into audit_chain_heads (partition, seq, hash)
       select p, 0, $2 from unnest($1::text[]) as p
     on conflict (partition) do update set partition = excluded.partition
     returning partition, seq, hash`,
    [partitions, GENESIS],
  )
  // Then the entries and the moved heads in one statement, as a writer that knows its heads does.
  const { ctes, params, heads } = appendAfterKnownHeads(
    entries,
    new Map(locked.map((h) => [h.partition, h])),
    0,
  )
  await queryRows(tx, `with ${ctes} select 1`, params)
  return heads
}

/**
 * The entries appended after heads already known — read under lock by `recordAudits`, or remembered by a
 * writer that alone appends to some chains (the lanes of the intake group commit) — as common table
 * expressions of a statement. The writer runs them in its own statement: one round trip, no transaction,
 * its rows and their audit entries committed together. Gives that part of the statement (its parameters
 * numbered after `offset`) and the heads after it. Every head must be known (`headsKnown`).
 *
 * A chain has no gaps, so if another process appended to a remembered chain meanwhile, the sequence
 * number given here is already taken: the unique (partition, seq) index refuses the whole statement
 * (`isAuditHeadMoved`), nothing is written, and the writer appends again with `recordAudits`, which reads
 * the heads under lock.
 */
export function appendAfterKnownHeads(
  entries: readonly AuditEntry[],
  known: ReadonlyMap<string, ChainHead>,
  offset: number,
): { ctes: string; params: unknown[]; heads: Map<string, ChainHead> } {
  const { rows, moved } = chainAfter(entries, known)
  const heads = [...moved]
  // The heads as a VALUES list, not unnest of arrays: the row count is then known without the values, so
  // the statement, prepared once (see queryRows), runs on one generic plan instead of being planned again.
  const values = heads.map(
    (_, i) => `($${offset + 3 * i + 1}, $${offset + 3 * i + 2}::bigint, $${offset + 3 * i + 3})`,
  )
  const appended = insertValues(auditLog, rows, offset + 3 * heads.length)
  return {
    ctes: `audit_appended as (${appended.text}),
      audit_moved as (update audit_chain_heads h set seq = m.seq, hash = m.hash
        from (values ${values.join(', ')}) as m(partition, seq, hash) where h.partition = m.partition)`,
    params: [...heads.flatMap(([partition, head]) => [partition, head.seq, head.hash]), ...appended.params],
    heads: moved,
  }
}

export const headsKnown = (entries: readonly AuditEntry[], known: ReadonlyMap<string, ChainHead>): boolean =>
  entries.every((entry) => known.has(partitionOf(entry)))

/** The statement of `appendAfterKnownHeads` found a chain longer than remembered, and was undone. */
export const isAuditHeadMoved = (error: unknown): boolean =>
  isUniqueViolation(error, 'audit_log_partition_seq')

export interface AuditProblem {
  partition: string
  seq: number | null
  problem: string
}

const VERIFY_BATCH = 5000

/** The rows of one chain in order, fetched in batches so that a long chain never sits in memory at once. */
async function* entriesOf(db: Executor, partition: string) {
  let after = 0
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.partition, partition), gt(auditLog.seq, after)))
      .orderBy(asc(auditLog.seq))
      .limit(VERIFY_BATCH)
    yield* batch
    const last = batch.at(-1)
    if (batch.length < VERIFY_BATCH || !last) return
    after = last.seq
  }
}

/** Walks every chain and recomputes every hash; any edited, removed or inserted row breaks it. */
export async function verifyAuditLog(db: Executor): Promise<{ checked: number; problems: AuditProblem[] }> {
  const heads = await db.select().from(auditChainHeads)
  const problems: AuditProblem[] = []
  let checked = 0
  for (const head of heads) {
    let prev = GENESIS
    let expectedSeq = 1
    for await (const row of entriesOf(db, head.partition)) {
      checked++
      if (row.seq !== expectedSeq) {
        problems.push({ partition: head.partition, seq: row.seq, problem: `thiếu bản ghi số ${expectedSeq}` })
        expectedSeq = row.seq
      }
      if (row.prevHash !== prev)
        problems.push({ partition: head.partition, seq: row.seq, problem: 'liên kết chuỗi bị đứt' })
      const recomputed = entryHash(row.prevHash, { ...row, summary: row.summary })
      if (recomputed !== row.hash)
        problems.push({ partition: head.partition, seq: row.seq, problem: 'nội dung đã bị sửa đổi' })
      prev = row.hash
      expectedSeq++
    }
    if (head.seq !== expectedSeq - 1 || head.hash !== prev)
      problems.push({
        partition: head.partition,
        seq: null,
        problem: 'đầu chuỗi không khớp với bản ghi cuối',
      })
  }
  return { checked, problems }
}
