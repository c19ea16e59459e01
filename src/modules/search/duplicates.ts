import { and, eq, sql } from 'drizzle-orm'
import { authorize, covers, scopeOf, type Actor } from '../../platform/access/actor.ts'
import { recordAudit } from '../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../platform/context.ts'
import { rows, type Database, type Executor } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import { conflict, notFound } from '../../platform/errors.ts'
import type { DuplicateCandidate, DuplicatesInput } from '../../contracts/search.ts'
import { cases, matters, stateLabels } from '../cases/index.ts'
import { findOrganization } from '../organizations/index.ts'
import { fold } from './text.ts'
import { messages } from './messages.ts'

type Reason = DuplicateCandidate['reasons'][number]
interface Hit {
  caseId: string
  reason: Reason
  weight: number
}

const digits = (phone: string) => phone.replace(/\D/g, '').slice(-9)

interface Person {
  fullName?: string
  idNumber?: string
  phone?: string
  address?: { unitCode?: string; detail?: string }
}

/**
 * Content similarity looks at this many most recent cases in scope (walked down cases_received_idx —
 * `nulls last` as the index is, or PostgreSQL sorts every case), keeping those at least this alike.
 * Trigram similarity of two letters costs ~40 µs, so the window is what bounds the check.
 */
const CONTENT_RECENT = 1000
const CONTENT_MIN = 0.45

/**
 * Đơn trùng: the earlier cases in the caller's scope from the same person (ID number, phone, normalised
 * name and address, name variants at the same address) or with similar content, each with its reasons and
 * a score. A protected identity is stored only sealed, so it is never matched nor revealed here.
 */
export async function findDuplicates(
  db: Database,
  actor: Actor,
  input: DuplicatesInput,
): Promise<{ items: DuplicateCandidate[] }> {
  authorize(actor, 'cases.read')
  const scope = scopeOf(actor, cases.organizationId)
  const people: Person[] = [input.citizen, ...(input.otherCitizens ?? [])].filter((p) => p !== undefined)
  const limit = input.limit ?? 10
  const hits: Hit[] = await db.transaction(async (tx) => {
    // Name variants: trigram similarity ≥ 0.55 on folded names (the GIN index answers `%`).
    await tx.execute(sql`set local pg_trgm.similarity_threshold = 0.55`)
    const found: Hit[] = []
    for (const p of people) found.push(...(await personHits(tx, scope, p)))
    const text = [input.summary, input.content].filter(Boolean).join(' ')
    if (text.trim().length >= 20) found.push(...(await contentHits(tx, scope, text)))
    return found
  })
  if (!hits.length) return { items: [] }

  const byCase = new Map<string, Hit[]>()
  for (const h of hits) byCase.set(h.caseId, [...(byCase.get(h.caseId) ?? []), h])
  const ranked = [...byCase.entries()]
    .map(([caseId, list]) => {
      const best = new Map<string, Hit>()
      for (const h of list) if ((best.get(h.reason.code)?.weight ?? 0) < h.weight) best.set(h.reason.code, h)
      const reasons = [...best.values()].sort((a, b) => b.weight - a.weight)
      const score = 1 - reasons.reduce((rest, h) => rest * (1 - h.weight), 1)
      return { caseId, score: Math.round(score * 1000) / 1000, reasons: reasons.map((h) => h.reason) }
    })
    .sort((a, b) => b.score - a.score || (a.caseId < b.caseId ? 1 : -1))
    .slice(0, limit)

  const details = await db.db
    .select()
    .from(cases)
    .where(
      sql`${cases.id} in (${sql.join(
        ranked.map((r) => sql`${r.caseId}::uuid`),
        sql`, `,
      )})`,
    )
  const byId = new Map(details.map((d) => [d.id, d]))
  return {
    items: ranked.flatMap((r) => {
      const row = byId.get(r.caseId)
      if (!row) return []
      return [
        {
          caseId: row.id,
          trackingCode: row.trackingCode,
          summary: row.summary,
          citizenName: row.citizenDisplay,
          status: row.status,
          statusLabel: stateLabels[row.status] ?? row.status,
          receivedAt: row.receivedAt.toISOString(),
          organizationId: row.organizationId,
          matterId: row.matterId,
          score: r.score,
          likely: r.score >= 0.6,
          reasons: r.reasons,
        },
      ]
    }),
  }
}

interface CitizenMatch {
  case_id: string
  full_name: string | null
  unit_code: string | null
  address_detail: string | null
  name_similarity: number
  address_similarity: number | null
}

async function personHits(tx: Executor, scope: ReturnType<typeof scopeOf>, p: Person): Promise<Hit[]> {
  const hits: Hit[] = []
  const base = sql`from case_citizens cc join cases on cases.id = cc.case_id where ${scope}`
  if (p.idNumber) {
    const id = p.idNumber.toUpperCase()
    const found = await rows<{ case_id: string }>(
      tx,
      sql`select cc.case_id ${base} and upper(cc.id_number) = ${id} and cc.id_number is not null limit 50`,
    )
    for (const f of found)
      hits.push({
        caseId: f.case_id,
        weight: 1,
        reason: { code: 'same_id_number', text: messages.reasons.same_id_number(id) },
      })
  }
  if (p.phone && digits(p.phone).length >= 8) {
    const found = await rows<{ case_id: string }>(
      tx,
      sql`select cc.case_id ${base} and cc.phone is not null
            and right(regexp_replace(cc.phone, '[^0-9]', '', 'g'), 9) = ${digits(p.phone)} limit 50`,
    )
    for (const f of found)
      hits.push({
        caseId: f.case_id,
        weight: 0.9,
        reason: { code: 'same_phone', text: messages.reasons.same_phone(p.phone) },
      })
  }
  if (p.fullName && p.address) {
    const name = fold(p.fullName).replace(/\s+/g, ' ').trim()
    const detail = p.address.detail ? fold(p.address.detail) : null
    const found = await rows<CitizenMatch>(
      tx,
      sql`select cc.case_id, cc.full_name, cc.unit_code, cc.address_detail,
                 similarity(vn_fold(cc.full_name), ${name}) as name_similarity,
                 case when cc.address_detail is null or ${detail}::text is null then null
                      else similarity(vn_fold(cc.address_detail), ${detail}::text) end as address_similarity
            ${base} and cc.full_name is not null and vn_fold(cc.full_name) % ${name}
            limit 200`,
    )
    for (const f of found) {
      const sameUnit = !p.address.unitCode || !f.unit_code || f.unit_code === p.address.unitCode
      const addressSimilarity = f.address_similarity ?? 0
      if (!sameUnit || addressSimilarity < 0.5) continue
      const exactName = Number(f.name_similarity) >= 0.999
      hits.push(
        exactName
          ? {
              caseId: f.case_id,
              weight: 0.6 + 0.25 * addressSimilarity,
              reason: {
                code: 'same_name_address',
                text: messages.reasons.same_name_address(f.full_name ?? ''),
              },
            }
          : {
              caseId: f.case_id,
              weight: 0.35 + 0.45 * Number(f.name_similarity) * addressSimilarity,
              reason: {
                code: 'similar_name_address',
                text: messages.reasons.similar_name_address(f.full_name ?? ''),
              },
            },
      )
    }
  }
  return hits
}

/** Similar wording among the most recent cases in scope (duplicates arrive close together). */
async function contentHits(tx: Executor, scope: ReturnType<typeof scopeOf>, text: string): Promise<Hit[]> {
  const folded = fold(text).slice(0, 2000)
  const found = await rows<{ case_id: string; similarity: number }>(
    tx,
    sql`select id as case_id, similarity(vn_fold(summary || ' ' || content), ${folded}) as similarity
          from (select id, summary, content from cases where ${scope}
                 order by received_at desc nulls last, id desc nulls last limit ${CONTENT_RECENT}) recent
         where similarity(vn_fold(summary || ' ' || content), ${folded}) >= ${CONTENT_MIN}
         order by 2 desc limit 20`,
  )
  return found.map((f) => ({
    caseId: f.case_id,
    // Similar wording alone never makes a likely duplicate (many people write about the same road).
    weight: 0.55 * Number(f.similarity),
    reason: {
      code: 'similar_content',
      text: messages.reasons.similar_content(Math.round(Number(f.similarity) * 100)),
    },
  }))
}

/**
 * Gộp vào vụ việc: the matter an earlier case belongs to, opening one from it when it has none, so the
 * new letter can be taken in with `matterId` (the matter then counts the repeat).
 */
export async function matterForCase(ctx: Context, caseId: string): Promise<{ matterId: string }> {
  authorize(ctx.actor, 'cases.intake')
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update')
    const organization = row && (await findOrganization(tx, row.organizationId))
    if (!row || !organization || !covers(ctx.actor, organization.path))
      throw notFound('Không tìm thấy hồ sơ.')
    if (row.matterId) return { matterId: row.matterId }
    const matterId = newId()
    await tx.insert(matters).values({
      id: matterId,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      title: row.summary,
      complex: row.complexity !== 'normal',
    })
    const [updated] = await tx
      .update(cases)
      .set({ matterId, version: row.version + 1, updatedAt: new Date() })
      .where(and(eq(cases.id, caseId), eq(cases.version, row.version)))
      .returning({ id: cases.id })
    if (!updated) throw conflict('Hồ sơ vừa được người khác thay đổi, hãy thử lại.')
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'matter.opened',
      entityType: 'matter',
      entityId: matterId,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: { fromCase: row.trackingCode },
      requestId: ctx.requestId,
    })
    return { matterId }
  })
}
