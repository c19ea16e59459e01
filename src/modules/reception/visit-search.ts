import { and, desc, eq, sql, type SQL } from 'drizzle-orm'
import { authorize, scopeOf } from '../../platform/access/actor.ts'
import { validationFailed, type FieldError } from '../../platform/errors.ts'
import { cases } from '../cases/index.ts'
import {
  afterCondition,
  chooseText,
  highlight,
  scoreOf,
  snippet,
  type CaseFilterSet,
  type SearchProvider,
} from '../search/index.ts'
import { citizenLabel } from './reception.queries.ts'
import { citizensOfVisits } from './reception.repo.ts'
import {
  receptionSessions,
  receptionVisitCases,
  receptionVisitCitizens,
  receptionVisits,
} from './reception.schema.ts'
import { messages, outcomeLabels } from './messages.ts'

const v = receptionVisits

/** The register's content codes a case kind corresponds to (form 03/TCD). */
const contentKindOf: Record<string, string> = {
  complaint: 'KN',
  denunciation: 'TC',
  petition: 'KN-PA',
  feedback: 'KN-PA',
}

/**
 * A visit whose people must not be found by name, ID number, phone or address: a denunciation brought
 * to the desk (content TC), or a visit linked to a case whose identity is protected (Law on
 * Denunciations 2018 Art. 47(2); NĐ 154 Art. 12(2)). Its people are stored sealed (plain columns null);
 * as for cases, nobody finds them through search.
 */
const protectedVisit = sql<boolean>`(${v.identityProtected} or 'TC' = any(${v.contentKinds}) or exists (
  select 1 from ${receptionVisitCases} vc join ${cases} k on k.id = vc.case_id
  where vc.visit_id = ${v.id} and k.protect_identity))`

/** Names, ID numbers, phones and addresses of the visit's people; empty for a protected visit. */
const people = sql`case when ${protectedVisit} then '' else (
  select coalesce(string_agg(concat_ws(' ', c.full_name, c.id_number, c.phone, c.address_detail), ' '), '')
  from ${receptionVisitCitizens} c where c.visit_id = ${v.id}) end`

/** The diacritic-folded text of a visit: content, guidance, documents, where it was held, the people. */
const doc = sql`vn_fold(concat_ws(' ', ${v.summary}, ${v.guidance}, ${v.documentsReceived}, ${v.transferredTo}, ${v.note}, ${receptionSessions.place}, ${people}))`
const vector = sql`to_tsvector('simple'::regconfig, ${doc})`
/** The short part matched by trigram similarity (small typos in names and places). */
const names = sql`vn_fold(concat_ws(' ', ${people}, ${receptionSessions.place}))`

/** The case filters as they apply to a visit; those that do not apply are refused, not ignored. */
function visitConditions(f: CaseFilterSet): SQL[] {
  const refused: FieldError[] = []
  if (f.field) refused.push({ path: 'field', message: messages.searchFilterNotForVisits('lĩnh vực') })
  if (f.channel && f.channel !== 'in_person')
    refused.push({ path: 'channel', message: messages.searchFilterNotForVisits('kênh tiếp nhận') })
  if (f.overdueBefore)
    refused.push({ path: 'overdue', message: messages.searchFilterNotForVisits('quá hạn') })
  if (f.status && !outcomeLabels[f.status])
    refused.push({ path: 'status', message: messages.searchOutcomeUnknown })
  if (refused.length) throw validationFailed(refused)
  const where: SQL[] = []
  const contentKind = f.kind ? contentKindOf[f.kind] : undefined
  if (contentKind) where.push(sql`${contentKind} = any(${v.contentKinds})`)
  if (f.status) where.push(eq(v.outcome, f.status))
  if (f.organizationId) where.push(eq(v.organizationId, f.organizationId))
  if (f.from) where.push(sql`${v.visitDate} >= ${f.from}`)
  if (f.to) where.push(sql`${v.visitDate} <= ${f.to}`)
  if (f.unitCode)
    where.push(
      sql`exists (select 1 from ${receptionVisitCitizens} c where c.visit_id = ${v.id} and c.unit_code = ${f.unitCode})`,
    )
  return where
}

/**
 * `GET /api/search?type=visit`: reception visits by content, place and the people who came, typed with
 * or without diacritics, with small typos — the same text levels and ranking as case search — within
 * the caller's organization subtree.
 */
export const visitSearchProvider: SearchProvider = async ({ db, actor, text, words, filters, page }) => {
  authorize(actor, 'reception.read')
  const from = sql`${v} left join ${receptionSessions} on ${receptionSessions.id} = ${v.sessionId}`
  const base = [scopeOf(actor, v.organizationId), ...visitConditions(filters)]
  const chosen = await chooseText(db.db, from, base, text, vector, names)
  const score = chosen.broad ? sql<string>`0::real` : scoreOf(text, vector, names)
  const found = await db.db
    .select({
      row: v,
      place: receptionSessions.place,
      protected: sql<boolean>`${protectedVisit}`,
      score: sql<string>`${score}::text`,
    })
    .from(v)
    .leftJoin(receptionSessions, eq(receptionSessions.id, v.sessionId))
    .where(and(...chosen.where, ...afterCondition(score, sql`${v.id}`, page.after)))
    .orderBy(desc(score), desc(v.id))
    .limit(page.limit)
  const citizens = await citizensOfVisits(
    db.db,
    found.map((f) => f.row.id),
  )
  return found.map(({ row, place, protected: hidden, score: rank }) => {
    const name = hidden
      ? messages.protectedVisitor
      : citizenLabel(
          citizens.filter((c) => c.visitId === row.id),
          row.groupSize,
        )
    const details = [
      place ? `${messages.searchPlace}: ${place}` : null,
      row.guidance,
      row.documentsReceived,
      row.note,
    ].filter((d): d is string => Boolean(d))
    return {
      score: rank,
      hit: {
        type: 'visit' as const,
        id: row.id,
        score: Number(rank),
        title: row.summary,
        trackingCode: null,
        citizenName: name,
        kind: row.kind,
        status: row.outcome,
        statusLabel: outcomeLabels[row.outcome] ?? row.outcome,
        channel: 'in_person',
        field: null,
        organizationId: row.organizationId,
        receivedAt: row.visitedAt.toISOString(),
        deadline: null,
        letterCount: null,
        highlight: {
          title: highlight(row.summary, words),
          citizen: highlight(name, hidden ? [] : words),
          snippet: details.length ? snippet(details.join(' · '), words) : [],
        },
      },
    }
  })
}
