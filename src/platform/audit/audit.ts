import { createHash } from 'node:crypto'
import { and, asc, eq, gt, sql } from 'drizzle-orm'
import type { Executor } from '../db/database.ts'
import { newId } from '../db/ids.ts'
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
   * Spreads a busy organization's entries over AUDIT_LANES parallel chains, by this key (the case id of an
   * intake): an office taking letters on several desks at once no longer queues every intake behind one
   * chain head until the previous commit. Each lane is a chain of its own (partition `org:lane`).
   */
  laneKey?: string
}

/** Parallel chains per organization for laned entries. */
export const AUDIT_LANES = 8

/** FNV-1a of the key, so one key always lands in the same lane. */
function laneOf(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return (hash >>> 0) % AUDIT_LANES
}

export function partitionOf(entry: Pick<AuditEntry, 'organizationId' | 'laneKey'>): string {
  const base = entry.organizationId ?? 'system'
  return entry.laneKey === undefined ? base : `${base}:${laneOf(entry.laneKey)}`
}

const GENESIS = '0'.repeat(64)

/** JSON with keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
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
  const partition = partitionOf(entry)
  // One statement creates the head if needed, locks it until the transaction ends, and reads it (the
  // no-op DO UPDATE takes the row lock) — two round trips per entry instead of four.
  const [head] = await tx
    .insert(auditChainHeads)
    .values({ partition, seq: 0, hash: GENESIS })
    .onConflictDoUpdate({ target: auditChainHeads.partition, set: { partition: sql`excluded.partition` } })
    .returning()
  if (!head) throw new Error(`audit chain head missing for ${partition}`)
  const fields: HashedFields = {
    partition,
    seq: head.seq + 1,
    at: new Date(),
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
  const appended = tx.$with('appended').as(
    tx
      .insert(auditLog)
      .values({ id: newId(), ...fields, prevHash: head.hash, hash })
      .returning({ seq: auditLog.seq }),
  )
  await tx
    .with(appended)
    .update(auditChainHeads)
    .set({ seq: sql`(select seq from ${appended})`, hash })
    .where(eq(auditChainHeads.partition, partition))
}

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
