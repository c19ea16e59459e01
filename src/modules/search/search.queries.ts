import { authorize, scopeOf, type Actor } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { validationFailed } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import type { SearchHit, SearchQuery } from '../../contracts/search.ts'
import { cases, deadlineOf, matters, stateLabels, vietnamToday } from '../cases/index.ts'
import {
  searchCases,
  searchMatters,
  type CaseFilterSet,
  type SearchPage,
  type TextMatch,
} from './search.repo.ts'
import { allButOneQuery, allTermsQuery, anyTermQuery, highlight, parseQuery, snippet } from './text.ts'
import { messages } from './messages.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** What a search source needs: the words, the filters, the page; it answers hits and their sort keys. */
export interface SearchRequest {
  db: Database
  actor: Actor
  text: TextMatch
  words: string[]
  filters: CaseFilterSet
  page: SearchPage
}
export type SearchProvider = (request: SearchRequest) => Promise<{ hit: SearchHit; score: string }[]>

export function textMatchOf(q: string): { text: TextMatch; words: string[] } {
  const parsed = parseQuery(q)
  return {
    text: {
      terms: parsed.terms,
      all: allTermsQuery(parsed.terms),
      allButOne: allButOneQuery(parsed.terms),
      any: anyTermQuery([...parsed.terms, ...parsed.phrases.flat()]),
      phrases: parsed.phrases.map((p) => p.join(' ')),
      plain: parsed.terms.join(' '),
    },
    words: [...parsed.terms, ...parsed.phrases.flat()],
  }
}

export interface FilterParams {
  kind?: string
  status?: string
  field?: string
  organization?: string
  unit?: string
  channel?: string
  from?: string
  to?: string
  overdue?: string
}

export function filtersOf(q: FilterParams): CaseFilterSet {
  return {
    kind: q.kind,
    status: q.status,
    field: q.field,
    organizationId: q.organization,
    unitCode: q.unit,
    channel: q.channel,
    from: q.from,
    to: q.to,
    overdueBefore: q.overdue === 'true' ? vietnamToday() : undefined,
  }
}

const caseProvider: SearchProvider = async ({ db, actor, text, words, filters, page }) => {
  authorize(actor, 'cases.read')
  const today = vietnamToday()
  const rows = await searchCases(db.db, scopeOf(actor, cases.organizationId), filters, text, page)
  return rows.map(({ row, score, rank }) => ({
    score,
    hit: {
      type: 'case',
      id: row.id,
      score: rank,
      title: row.summary,
      trackingCode: row.trackingCode,
      citizenName: row.citizenDisplay,
      kind: row.kind,
      status: row.status,
      statusLabel: stateLabels[row.status] ?? row.status,
      channel: row.channel,
      field: row.field,
      organizationId: row.organizationId,
      receivedAt: row.receivedAt.toISOString(),
      deadline: deadlineOf(row, today),
      letterCount: null,
      highlight: {
        title: highlight(row.summary, words),
        // A protected or anonymous sender's display is a fixed label: nothing of theirs to highlight.
        citizen: highlight(row.citizenDisplay, row.protectIdentity || row.anonymous ? [] : words),
        snippet: snippet(row.content, words),
      },
    },
  }))
}

const matterProvider: SearchProvider = async ({ db, actor, text, words, filters, page }) => {
  authorize(actor, 'cases.read')
  const rows = await searchMatters(db.db, scopeOf(actor, matters.organizationId), filters, text, page)
  return rows.map(({ row, score }) => ({
    score,
    hit: {
      type: 'matter',
      id: row.id,
      score: Number(score),
      title: row.title,
      trackingCode: null,
      citizenName: null,
      kind: null,
      status: row.status,
      statusLabel: row.status === 'open' ? messages.matterOpen : messages.matterClosed,
      channel: null,
      field: null,
      organizationId: row.organizationId,
      receivedAt: row.createdAt.toISOString(),
      deadline: null,
      letterCount: row.letterCount,
      highlight: { title: highlight(row.title, words), citizen: [], snippet: [] },
    },
  }))
}

/**
 * Search sources by result type. Reception visits are registered by the composition root
 * (`registerSearchProvider('visit', visitSearchProvider)` from the reception module).
 */
const providers = new Map<SearchQuery['type'], SearchProvider>([
  ['case', caseProvider],
  ['matter', matterProvider],
])

export function registerSearchProvider(type: SearchQuery['type'], provider: SearchProvider): void {
  providers.set(type, provider)
}

function afterOf(cursor: string | undefined): SearchPage['after'] {
  const key = cursorKey(cursor)
  if (!key) return null
  const [score, id] = key.split('|')
  if (!id || !UUID.test(id) || !score || !Number.isFinite(Number(score)))
    throw validationFailed([{ path: 'cursor', message: messages.badCursor }])
  return { score, id }
}

/** Tìm kiếm: one box over cases, visits or matters, ranked, highlighted, paged, within the caller's scope. */
export async function search(db: Database, actor: Actor, q: SearchQuery) {
  const provider = providers.get(q.type)
  if (!provider) throw validationFailed([{ path: 'type', message: messages.visitSearchUnavailable }])
  const { text, words } = textMatchOf(q.q)
  const rows = await provider({
    db,
    actor,
    text,
    words,
    filters: filtersOf(q),
    page: { limit: q.limit + 1, after: afterOf(q.cursor) },
  })
  const page = pageOf(rows, q.limit, (r) => `${r.score}|${r.hit.id}`)
  return { items: page.rows.map((r) => r.hit), nextCursor: page.nextCursor }
}
