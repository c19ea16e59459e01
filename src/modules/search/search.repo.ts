import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm'
import { newestFirst, rows, type Executor } from '../../platform/db/database.ts'
import { caseCitizens, cases, matters, type CaseRow } from '../cases/index.ts'
import { caseSearch } from './search.schema.ts'
import { allTermsQuery, lexemeOf } from './text.ts'

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
  // The received day is the Vietnam date of the received time, so the same bounds on received_at are
  // equivalent — and let the newest-first walk down cases_received_idx stop at the window's edge.
  if (f.from)
    where.push(
      sql`${cases.receivedOn} >= ${f.from}`,
      sql`${cases.receivedAt} >= (${f.from}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')`,
    )
  if (f.to)
    where.push(
      sql`${cases.receivedOn} <= ${f.to}`,
      sql`${cases.receivedAt} < ((${f.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')`,
    )
  if (f.overdueBefore) where.push(sql`${cases.dueDate} < ${f.overdueBefore}`)
  if (f.unitCode)
    where.push(
      sql`exists (select 1 from ${caseCitizens} where ${caseCitizens.caseId} = ${cases.id} and ${caseCitizens.unitCode} = ${f.unitCode})`,
    )
  return where
}

/** The text part of a search, already turned into tsquery strings by `text.ts`. */
export interface TextMatch {
  /** The folded words outside quotes (the last one is typed as a prefix). */
  terms: string[]
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

/** A case found, its sort key (what the page cursor carries) and the rank shown. */
export interface CaseHit {
  row: CaseRow
  score: string
  rank: number
}

/** Above this many matches the words are too common to rank by: the newest matches come first. */
const CANDIDATES = 2000
/** The newest cases in scope looked at first; when this many are fewer, the scope is small. */
const PROBE = 1000
/** At least this many matches among them (2 %), and the words are common: newest first. */
const DENSE = 20

/**
 * Cases matching the words and the filters, best first. For each text level, strict to loose (every
 * word; a misspelt word left out; trigram similarity of names), until one finds something:
 * 1. the newest PROBE cases in scope are checked one by one (index walk, a few ms): a small scope is then
 *    wholly known and ranked; a common word (≥ 2 % of them match) makes the page the newest matches;
 * 2. otherwise GIN gathers the matches (ids and rank only, up to CANDIDATES) and they are ranked here;
 *    more than that, and the page is the newest matches after all.
 * No query ever reads or sorts every match of a common word.
 */
export async function searchCases(
  db: Executor,
  scope: SQL,
  filters: CaseFilterSet,
  text: TextMatch,
  page: SearchPage,
): Promise<CaseHit[]> {
  const vector = sql`${caseSearch.tsv}`
  const names = sql`${caseSearch.names}`
  const base = [scope, ...caseConditions(filters)]
  const phrases = text.phrases.map(
    (phrase) => sql`${vector} @@ phraseto_tsquery('simple'::regconfig, ${phrase})`,
  )
  const score = scoreOf(text, vector, names)
  if (!text.all && !phrases.length) return newestMatches(db, base, sql`true`, page)
  for await (const level of caseTextLevels(db, text, vector, names)) {
    const matching = and(...phrases, level.where) as SQL
    const probe = await rows<{ id: string; score: string | null }>(
      db,
      sql`select ${cases.id} as id,
                 (select (${score})::text from ${caseSearch}
                   where ${caseSearch.caseId} = ${cases.id} and ${matching}) as score
            from ${cases} where ${and(...base)}
           order by ${newestFirst(cases.receivedAt)}, ${newestFirst(cases.id)}
           limit ${PROBE}`,
    )
    const probed = probe.filter((p): p is { id: string; score: string } => p.score !== null)
    if (probe.length < PROBE) {
      if (probed.length) return loadRanked(db, rankedPage(probed, page))
      continue
    }
    if (probed.length >= DENSE) return newestMatches(db, base, matching, page)
    // Ids first (the rank costs more than the match: computed only once the matches are few enough).
    const candidates = async (where: SQL) => {
      const ids = await rows<{ id: string }>(
        db,
        sql`select ${caseSearch.caseId} as id
              from ${caseSearch} join ${cases} on ${cases.id} = ${caseSearch.caseId}
             where ${and(...base, where)}
             limit ${CANDIDATES + 1}`,
      )
      if (!ids.length || ids.length > CANDIDATES) return { count: ids.length, ranked: [] }
      const ranked = await rows<{ id: string; score: string }>(
        db,
        sql`select ${caseSearch.caseId} as id, (${score})::text as score from ${caseSearch}
             where ${caseSearch.caseId} in (${sql.join(
               ids.map((r) => sql`${r.id}::uuid`),
               sql`, `,
             )})`,
      )
      return { count: ids.length, ranked }
    }
    const found = await candidates(matching)
    if (!found.count) continue
    if (found.count <= CANDIDATES) return loadRanked(db, rankedPage(found.ranked, page))
    // Too many to rank ("trần văn an quán thánh": "án" is in every "phương án"): the people whose own
    // name and address hold every word come first, ranked; else the newest matches.
    if (level.inNames) {
      const named = await candidates(and(matching, level.inNames) as SQL)
      if (named.count && named.count <= CANDIDATES) return loadRanked(db, rankedPage(named.ranked, page))
    }
    return newestMatches(db, base, matching, page)
  }
  return []
}

/**
 * The text levels of a case search, strict to loose, computed only as far as needed. A word found
 * nowhere in the index is the misspelt one and is left out (GIN then still skips along the rarest word);
 * when every word exists yet not together, any one of them may be the wrong one (slower: no word is
 * required). Each level says too how to keep the people whose own name and address hold the words.
 */
async function* caseTextLevels(
  db: Executor,
  t: TextMatch,
  vector: SQL,
  names: SQL,
): AsyncIterable<{ where: SQL; inNames?: SQL }> {
  const words = (q: string) => ({
    where: sql`${vector} @@ ${tsquery(q)}`,
    inNames: sql`to_tsvector('simple'::regconfig, ${names}) @@ ${tsquery(q)}`,
  })
  if (!t.all) {
    yield { where: sql`true` }
    return
  }
  yield words(t.all)
  if (t.terms.length >= 3) {
    const unknown = await unknownTerms(db, t.terms)
    const kept = t.terms.filter((term) => !unknown.has(term))
    if (kept.length === t.terms.length - 1) {
      const repaired = allTermsQuery(kept, t.terms.at(-1) === kept.at(-1))
      if (repaired) yield words(repaired)
    } else if (!unknown.size && t.allButOne) yield words(t.allButOne)
  }
  if (t.plain.length >= 3) yield { where: sql`${t.plain} <% ${names}` }
}

/** The words (the last one as a prefix) that no case contains. */
async function unknownTerms(db: Executor, terms: string[]): Promise<Set<string>> {
  const common = new Set(await commonWords(db))
  const asked = terms.flatMap((term, i) => (common.has(term) ? [] : [{ term, q: lexemeOf(terms, i) }]))
  if (!asked.length) return new Set()
  const found = await rows<{ term: string; known: boolean }>(
    db,
    sql`select w.term, exists (select 1 from ${caseSearch}
                                where ${caseSearch.tsv} @@ to_tsquery('simple'::regconfig, w.q)) as known
          from (values ${sql.join(
            asked.map((a) => sql`(${a.term}::text, ${a.q}::text)`),
            sql`, `,
          )}) as w(term, q)`,
  )
  return new Set(found.filter((f) => !f.known).map((f) => f.term))
}

/** The most common words of the index (planner statistics), known to exist without asking GIN. */
let common: { words: string[]; at: number } | null = null
async function commonWords(db: Executor): Promise<string[]> {
  if (common && Date.now() - common.at < 10 * 60_000) return common.words
  const [row] = await rows<{ words: string[] | null }>(
    db,
    sql`select most_common_elems::text::text[] as words from pg_stats
         where schemaname = current_schema() and tablename = 'case_search' and attname = 'tsv'`,
  )
  common = { words: row?.words ?? [], at: Date.now() }
  return common.words
}

const byRank = (a: { score: string; id: string }, b: { score: string; id: string }) =>
  Number(b.score) - Number(a.score) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

/** One page of the ranked candidates, after the cursor (the same order as `(score, id) desc`). */
function rankedPage(found: { id: string; score: string }[], page: SearchPage) {
  const after = page.after
  return found
    .sort(byRank)
    .filter((f) => !after || byRank({ score: after.score, id: after.id }, f) < 0)
    .slice(0, page.limit)
}

async function loadRanked(db: Executor, ranked: { id: string; score: string }[]): Promise<CaseHit[]> {
  if (!ranked.length) return []
  const found = await db
    .select()
    .from(cases)
    .where(
      sql`${cases.id} in (${sql.join(
        ranked.map((r) => sql`${r.id}::uuid`),
        sql`, `,
      )})`,
    )
  const byId = new Map(found.map((row) => [row.id, row]))
  return ranked.flatMap((r) => {
    const row = byId.get(r.id)
    return row ? [{ row, score: r.score, rank: Number(r.score) }] : []
  })
}

/** Microseconds since 1970 of the received time: an exact sort key for the newest-first pages. */
const receivedKey = sql<string>`(extract(epoch from ${cases.receivedAt}) * 1000000)::bigint::text`

/** The newest matching cases, walked down `cases_received_idx` (`desc nulls last`, as the index is). */
async function newestMatches(db: Executor, base: SQL[], matching: SQL, page: SearchPage): Promise<CaseHit[]> {
  // A cursor from a ranked page (the matches were fewer a moment ago) starts the walk from the top.
  const after =
    page.after && /^\d+$/.test(page.after.score)
      ? [
          sql`(${cases.receivedAt}, ${cases.id}) < (timestamptz 'epoch' + ${page.after.score}::bigint * interval '1 microsecond', ${page.after.id}::uuid)`,
        ]
      : []
  // A correlated test per case, never a join: the planner cannot turn it into "gather every match".
  const matches = sql`(select true from ${caseSearch} where ${caseSearch.caseId} = ${cases.id} and ${matching})`
  const found = await db
    .select({ row: cases, key: receivedKey })
    .from(cases)
    .where(and(...base, matches, ...after))
    .orderBy(newestFirst(cases.receivedAt), newestFirst(cases.id))
    .limit(page.limit)
  return found.map((f) => ({ row: f.row, score: f.key, rank: 0 }))
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
