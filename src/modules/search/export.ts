import type { Writable } from 'node:stream'
import { and, eq, sql } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { authorize, scopeOf, type Actor } from '../../platform/access/actor.ts'
import { newestFirst, type Database } from '../../platform/db/database.ts'
import { cases, stateLabels, vietnamToday, type CaseRow } from '../cases/index.ts'
import { organizations } from '../organizations/index.ts'
import { caseConditions, searchCases, type CaseFilterSet, type TextMatch } from './search.repo.ts'
import { channelLabels, exportHeaders, fieldLabels, kindLabels } from './messages.ts'

const BATCH = 1000
/** An export stops here (a spreadsheet of more rows is no longer read by a person). */
export const EXPORT_MAX_ROWS = 1_000_000
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000

/** A timestamp as Excel shows it: the wall-clock time in Vietnam (Excel dates carry no time zone). */
const excelInstant = (at: Date) => new Date(at.getTime() + VIETNAM_OFFSET_MS)
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`)

type Batch = { row: CaseRow; organizationName: string }[]

/**
 * Streams cases to an XLSX workbook (Vietnamese headers, real date cells, a filter row) in batches of
 * 1,000 rows read by keyset, each committed to the zip stream as it is written — memory stays flat
 * however many rows go out.
 */
async function writeWorkbook(output: Writable, batches: AsyncIterable<Batch>): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true })
  workbook.creator = 'Dân Vận Số'
  const sheet = workbook.addWorksheet('Hồ sơ', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = [
    { header: exportHeaders.trackingCode, key: 'trackingCode', width: 16 },
    { header: exportHeaders.receivedAt, key: 'receivedAt', width: 18, style: { numFmt: 'dd/mm/yyyy hh:mm' } },
    { header: exportHeaders.kind, key: 'kind', width: 12 },
    { header: exportHeaders.channel, key: 'channel', width: 18 },
    { header: exportHeaders.field, key: 'field', width: 22 },
    { header: exportHeaders.citizen, key: 'citizen', width: 26 },
    { header: exportHeaders.summary, key: 'summary', width: 50 },
    { header: exportHeaders.status, key: 'status', width: 22 },
    { header: exportHeaders.dueDate, key: 'dueDate', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
    { header: exportHeaders.overdue, key: 'overdue', width: 9 },
    { header: exportHeaders.organization, key: 'organization', width: 36 },
  ]
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 11 } }
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).commit()
  const today = vietnamToday()
  let count = 0
  for await (const batch of batches) {
    for (const { row, organizationName } of batch) {
      sheet
        .addRow({
          trackingCode: row.trackingCode,
          receivedAt: excelInstant(row.receivedAt),
          kind: kindLabels[row.kind] ?? row.kind,
          channel: channelLabels[row.channel] ?? row.channel,
          field: fieldLabels[row.field] ?? row.field,
          citizen: row.citizenDisplay,
          summary: row.summary,
          status: stateLabels[row.status] ?? row.status,
          dueDate: row.dueDate ? excelDate(row.dueDate) : null,
          overdue: row.dueDate && row.dueDate < today ? 'Có' : '',
          organization: organizationName,
        })
        .commit()
      count++
    }
  }
  await sheet.commit()
  await workbook.commit()
  return count
}

async function organizationNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const found = await db.db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(
      sql`${organizations.id} in (${sql.join(
        [...new Set(ids)].map((i) => sql`${i}::uuid`),
        sql`, `,
      )})`,
    )
  return new Map(found.map((o) => [o.id, o.name]))
}

/** The filtered case list, newest first, batch by batch (keyset over received_at, id). */
async function* listBatches(db: Database, actor: Actor, filters: CaseFilterSet): AsyncIterable<Batch> {
  const where = [scopeOf(actor, cases.organizationId), ...caseConditions(filters)]
  let after: { at: string; id: string } | null = null
  let total = 0
  while (total < EXPORT_MAX_ROWS) {
    const page = await db.db
      .select({
        row: cases,
        organizationName: organizations.name,
        at: sql<string>`${cases.receivedAt}::text`,
      })
      .from(cases)
      .innerJoin(organizations, eq(organizations.id, cases.organizationId))
      .where(
        and(
          ...where,
          ...(after
            ? [sql`(${cases.receivedAt}, ${cases.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`]
            : []),
        ),
      )
      .orderBy(newestFirst(cases.receivedAt), newestFirst(cases.id))
      .limit(BATCH)
    if (!page.length) return
    total += page.length
    yield page
    const last = page.at(-1)
    if (!last || page.length < BATCH) return
    after = { at: last.at, id: last.row.id }
  }
}

/** Search results in rank order, batch by batch (keyset over score, id). */
async function* searchBatches(
  db: Database,
  actor: Actor,
  filters: CaseFilterSet,
  text: TextMatch,
): AsyncIterable<Batch> {
  const scope = scopeOf(actor, cases.organizationId)
  let after: { score: string; id: string } | null = null
  let total = 0
  while (total < EXPORT_MAX_ROWS) {
    const page = await searchCases(db.db, scope, filters, text, { limit: BATCH, after })
    if (!page.length) return
    total += page.length
    const names = await organizationNames(
      db,
      page.map((p) => p.row.organizationId),
    )
    yield page.map((p) => ({ row: p.row, organizationName: names.get(p.row.organizationId) ?? '' }))
    const last = page.at(-1)
    if (!last || page.length < BATCH) return
    after = { score: last.score, id: last.row.id }
  }
}

export function exportCases(
  db: Database,
  actor: Actor,
  filters: CaseFilterSet,
  output: Writable,
  text?: TextMatch,
): Promise<number> {
  authorize(actor, 'cases.read')
  return writeWorkbook(
    output,
    text ? searchBatches(db, actor, filters, text) : listBatches(db, actor, filters),
  )
}
