import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm'
import { rows, type Executor } from '../../platform/db/database.ts'
import { caseCitizens, cases, matters, type CaseRow } from '../cases/index.ts'
import { caseSearch } from './search.schema.ts'

/** Case filters of the search, the list and the export (all optional; combined with AND). */
export interface CaseFilterSet {
  kind?: string
  status?: string
  field?: string
  organizationId?: string
  unitCode?: string
  channel?: string
  from?: string
  to?: string
  /** Due before this day, the clock still running. */
  overdueBefore?: string
}

export function caseConditions(f: CaseFilterSet): SQL[] {
  const where: SQL[] = []
  if (f.kind) where.push(eq(cases.kind, f.kind))
  if (f.status) where.push(eq(cases.status, f.status))
  if (f.field) where.push(eq(cases.field, f.field))
  if (f.organizationId) where.push(eq(cases.organizationId, f.organizationId))
  if (f.channel) where.push(eq(cases.channel, f.channel))
  if (f.from) where.push(sql`${cases.receivedOn} >= ${f.from}`)
  if (f.to) where.push(sql`${cases.receivedOn} <= ${f.to}`)
  if (f.overdueBefore) where.push(sql`${cases.dueDate} < ${f.overdueBefore}`)
  if (f.unitCode)
    where.push(
      sql`exists (select 1 from ${caseCitizens} where ${caseCitizens.caseId} = ${cases.id} and ${caseCitizens.unitCode} = ${f.unitCode})`,
    )
  return where
}

/** The text part of a search, already turned into tsquery strings by `text.ts`. */
export interface TextMatch {
  all: string | null
  allButOne: string | null
  any: string | null
  phrases: string[]
  plain: string
}

export interface SearchPage {
  limit: number
  /** Continue after this (score, id). */
  after: { score: string; id: string } | null
}

const tsquery = (q: string) => sql`to_tsquery('simple'::regconfig, ${q})`

/**
 * The text conditions from strict to loose: every word; then any one word may be misspelt; then trigram
 * similarity over names, phones and addresses. Only as loose as needed: a looser level is added only when
 * the stricter ones find nothing (GIN answers the counts).
 */
function textLevels(t: TextMatch, vector: SQL, names: SQL): { levels: SQL[]; phrases: SQL[] } {
  const alternatives: SQL[] = []
  if (t.all) alternatives.push(sql`${vector} @@ ${tsquery(t.all)}`)
  if (t.allButOne) alternatives.push(sql`${vector} @@ ${tsquery(t.allButOne)}`)
  if (t.plain.length >= 3) alternatives.push(sql`${t.plain} <% ${names}`)
  const levels = alternatives.map((_, i) => or(...alternatives.slice(0, i + 1)) as SQL)
  const phrases = t.phrases.map(
    (phrase) => sql`${vector} @@ phraseto_tsquery('simple'::regconfig, ${phrase})`,
  )
  return { levels, phrases }
}

/** More matches than this are "broad": ranking them all costs more than it helps, so newest first. */
const BROAD = 2000

async function countUpTo(db: Executor, from: SQL, where: SQL, limit: number): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from ${from} where ${where} limit ${limit}) hits`,
  )
  return row?.n ?? 0
}

/** Exported for other search providers (reception visits): the same levels, same thresholds. */
export async function chooseText(
  db: Executor,
  from: SQL,
  base: SQL[],
  t: TextMatch,
  vector: SQL,
  names: SQL,
): Promise<{ where: SQL[]; broad: boolean }> {
  const { levels, phrases } = textLevels(t, vector, names)
  const fixed = [...base, ...phrases]
  if (!levels.length) {
    const broad = (await countUpTo(db, from, and(...fixed) as SQL, BROAD + 1)) > BROAD
    return { where: fixed, broad }
  }
  for (const [i, level] of levels.entries()) {
    const where = [...fixed, level]
    const n = await countUpTo(db, from, and(...where) as SQL, BROAD + 1)
    // Rows matching every word (or all but one) are what the official meant: looser matching would only
    // add noise — and the trigram level is by far the most expensive on common Vietnamese names.
    if (n > 0 || i === levels.length - 1) return { where, broad: n > BROAD }
  }
  return { where: fixed, broad: false }
}

export function scoreOf(t: TextMatch, vector: SQL, names: SQL): SQL<string> {
  if (!t.any) return sql<string>`0::real`
  return sql<string>`(ts_rank(${vector}, ${tsquery(t.any)}) + 2 * word_similarity(${t.plain}, ${names}))::real`
}

export const afterCondition = (score: SQL, id: SQL | typeof cases.id, after: SearchPage['after']): SQL[] =>
  after ? [sql`(${score}, ${id}) < (${after.score}::real, ${after.id}::uuid)`] : []

/** Cases matching the words and the filters, best first. */
export async function searchCases(
  db: Executor,
  scope: SQL,
  filters: CaseFilterSet,
  text: TextMatch,
  page: SearchPage,
): Promise<{ row: CaseRow; score: string }[]> {
  const vector = sql`${caseSearch.tsv}`
  const names = sql`${caseSearch.names}`
  const from = sql`${caseSearch} join ${cases} on ${cases.id} = ${caseSearch.caseId}`
  const chosen = await chooseText(db, from, [scope, ...caseConditions(filters)], text, vector, names)
  const score = chosen.broad ? sql<string>`0::real` : scoreOf(text, vector, names)
  return db
    .select({ row: cases, score: sql<string>`${score}::text` })
    .from(caseSearch)
    .innerJoin(cases, eq(cases.id, caseSearch.caseId))
    .where(and(...chosen.where, ...afterCondition(score, sql`${cases.id}`, page.after)))
    .orderBy(desc(score), desc(cases.id))
    .limit(page.limit)
}

export type MatterRow = typeof matters.$inferSelect

/** Matters (vụ việc) matching the words; case filters keep the matters having such a case. */
export async function searchMatters(
  db: Executor,
  scope: SQL,
  filters: CaseFilterSet,
  text: TextMatch,
  page: SearchPage,
): Promise<{ row: MatterRow; score: string }[]> {
  const title = sql`vn_fold(${matters.title})`
  const vector = sql`to_tsvector('simple'::regconfig, vn_fold(${matters.title}))`
  const score = scoreOf(text, vector, title)
  const { status, organizationId, ...rest } = filters
  const matterStatus = status === 'open' || status === 'closed' ? status : undefined
  const caseLevel = matterStatus ? rest : { ...rest, status }
  const where: SQL[] = [scope]
  if (matterStatus) where.push(eq(matters.status, matterStatus))
  if (organizationId) where.push(eq(matters.organizationId, organizationId))
  const byCase = caseConditions(caseLevel)
  if (byCase.length)
    where.push(
      sql`exists (select 1 from ${cases} where ${cases.matterId} = ${matters.id} and ${and(...byCase)})`,
    )
  const chosen = await chooseText(db, sql`${matters}`, where, text, vector, title)
  const ranked = chosen.broad ? sql<string>`0::real` : score
  return db
    .select({ row: matters, score: sql<string>`${ranked}::text` })
    .from(matters)
    .where(and(...chosen.where, ...afterCondition(ranked, sql`${matters.id}`, page.after)))
    .orderBy(desc(ranked), desc(matters.id))
    .limit(page.limit)
}
