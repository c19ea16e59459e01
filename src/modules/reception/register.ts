/**
 * Sổ tiếp công dân (NĐ 154/2026 Art. 27; form 03/TCD): the visits of an organization (optionally its
 * subtree) in a date range, one row per visit with the columns of the form, and the counts by month and
 * for the whole range (turns, people, cases, groups, repeat visits). Rendered as XLSX (A4 landscape,
 * national heading) and as PDF through the platform's official-document renderer.
 */
import ExcelJS from 'exceljs'
import { authorize, scopeOf, type Actor } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { vietnamDateOf } from '../calendar/index.ts'
import { findOrganization, type OrganizationRow } from '../organizations/index.ts'
import { type Block, type OfficialDocument, renderPdf } from './documents.ts'
import { formatVn, messages, registerColumns, registerTexts } from './messages.ts'
import { checkRange, scopedOrganization } from './reception.queries.ts'
import { receptionVisits } from './reception.schema.ts'
import { casesOfVisits, citizensOfVisits, organizationFilter, registerVisits } from './reception.repo.ts'

export interface RegisterCounts {
  period: string
  turns: number
  people: number
  cases: number
  groups: number
  repeats: number
}

export interface Register {
  organization: OrganizationRow
  parentName: string | null
  from: string
  to: string
  subtree: boolean
  rows: string[][]
  counts: RegisterCounts[]
}

const GROUP_MIN = 5

export async function buildRegister(
  db: Database,
  actor: Actor,
  q: { organization: string; from: string; to: string; subtree?: boolean },
): Promise<Register> {
  authorize(actor, 'reception.read')
  checkRange(q.from, q.to)
  const organization = await scopedOrganization(db, actor, q.organization)
  const parent = organization.parentId ? await findOrganization(db.db, organization.parentId) : undefined
  const subtree = q.subtree ?? false
  const visits = await registerVisits(db.db, {
    scope: scopeOf(actor, receptionVisits.organizationId),
    organizationIds: organizationFilter(receptionVisits.organizationId, organization.id, subtree),
    from: q.from,
    to: q.to,
  })
  const ids = visits.map((v) => v.id)
  const [citizens, linked] = await Promise.all([citizensOfVisits(db.db, ids), casesOfVisits(db.db, ids)])
  const rows = visits.map((v, i) => {
    const people = citizens.filter((c) => c.visitId === v.id)
    const shown = people.some((c) => c.representative) ? people.filter((c) => c.representative) : people
    // A denouncer kept secret (Law on Denunciations 2018 Art. 47(2)): the label, no name, ID or address.
    const hidden = v.identityProtected || people.some((c) => c.sealed)
    const own = linked.filter((c) => c.visitId === v.id)
    const follow = [
      ...own.map((c) => `${c.relation === 'created' ? 'Hồ sơ' : 'Liên kết hồ sơ'} ${c.trackingCode}`),
      v.followUp ?? '',
    ].filter(Boolean)
    const notes = [v.repeatOfId ? 'Tiếp lại' : '', v.kind === 'online' ? 'Tiếp trực tuyến' : '', v.note ?? '']
    return [
      String(i + 1),
      formatVn(v.visitDate),
      hidden
        ? messages.protectedVisitor
        : shown.map((c) => [c.fullName, c.addressDetail].filter(Boolean).join(' - ')).join('; '),
      hidden
        ? ''
        : shown
            .map((c) => c.idNumber ?? '')
            .filter(Boolean)
            .join('; '),
      v.summary,
      v.contentKinds.join(', '),
      String(v.groupSize),
      v.resolvedBy ?? '',
      v.withinCompetence ? 'x' : '',
      v.guidance ?? '',
      v.transferredTo ?? '',
      follow.join('; '),
      notes.filter(Boolean).join('; '),
    ]
  })
  const count = (period: string, list: typeof visits): RegisterCounts => {
    const set = new Set(list.map((v) => v.id))
    return {
      period,
      turns: list.length,
      people: list.reduce((sum, v) => sum + v.groupSize, 0),
      cases: new Set(linked.filter((c) => set.has(c.visitId) && c.relation === 'created').map((c) => c.id))
        .size,
      groups: list.filter((v) => v.groupSize >= GROUP_MIN).length,
      repeats: list.filter((v) => v.repeatOfId).length,
    }
  }
  const months = [...new Set(visits.map((v) => v.visitDate.slice(0, 7)))].sort()
  const counts = [
    ...months.map((m) =>
      count(
        registerTexts.month(m),
        visits.filter((v) => v.visitDate.startsWith(m)),
      ),
    ),
    count(registerTexts.total, visits),
  ]
  return { organization, parentName: parent?.name ?? null, from: q.from, to: q.to, subtree, rows, counts }
}

const countRow = (c: RegisterCounts): (string | number)[] => [
  c.period,
  c.turns,
  c.people,
  c.cases,
  c.groups,
  c.repeats,
]

export async function registerXlsx(register: Register): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Dân Vận Số'
  const sheet = workbook.addWorksheet('So tiep cong dan', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: 'Trang &P/&N' },
  })
  const width: number = registerColumns.length
  const font = { name: 'Times New Roman', size: 11 }
  sheet.columns = registerColumns.map((c) => ({ width: c.width }))
  const merged = (row: number, text: string, bold = false, size = 12, from = 1, to = width) => {
    sheet.mergeCells(row, from, row, to)
    const cell = sheet.getCell(row, from)
    cell.value = text
    cell.font = { ...font, bold, size }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  }
  const half = Math.floor(width / 2)
  merged(1, (register.parentName ?? '').toUpperCase(), false, 12, 1, 4)
  merged(1, registerTexts.nation, true, 12, half, width)
  merged(2, register.organization.name.toUpperCase(), true, 12, 1, 4)
  merged(2, registerTexts.motto, true, 13, half, width)
  merged(3, registerTexts.form, false, 11, 1, 4)
  merged(4, registerTexts.title, true, 14)
  merged(
    5,
    registerTexts.period(register.from, register.to) +
      (register.subtree ? ` (${registerTexts.subtree})` : ''),
    false,
    12,
  )
  const HEADER = 7
  const header = sheet.getRow(HEADER)
  registerColumns.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.value = c.header
    cell.font = { ...font, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = thin
  })
  const numbers = sheet.getRow(HEADER + 1)
  registerColumns.forEach((_, i) => {
    const cell = numbers.getCell(i + 1)
    cell.value = `(${i + 1})`
    cell.font = { ...font, italic: true }
    cell.alignment = { horizontal: 'center' }
    cell.border = thin
  })
  register.rows.forEach((values, r) => {
    const row = sheet.getRow(HEADER + 2 + r)
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1)
      cell.value = value
      cell.font = font
      cell.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: i === 0 || i === 6 || i === 8 ? 'center' : 'left',
      }
      cell.border = thin
    })
  })
  sheet.pageSetup.printTitlesRow = `${HEADER}:${HEADER + 1}`
  let at = HEADER + 3 + register.rows.length
  merged(at, registerTexts.countsTitle, true, 12, 1, 6)
  at++
  const countHeader = sheet.getRow(at)
  registerTexts.countHeaders.forEach((h, i) => {
    const cell = countHeader.getCell(i + 1)
    cell.value = h
    cell.font = { ...font, bold: true }
    cell.border = thin
    cell.alignment = { horizontal: 'center', wrapText: true }
  })
  for (const c of register.counts) {
    at++
    const row = sheet.getRow(at)
    countRow(c).forEach((v, i) => {
      const cell = row.getCell(i + 1)
      cell.value = v
      cell.font = { ...font, bold: c.period === registerTexts.total }
      cell.border = thin
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
}

export function registerDocument(register: Register, signerName: string): OfficialDocument {
  const body: Block[] = [
    {
      kind: 'paragraph',
      text:
        registerTexts.period(register.from, register.to) +
        (register.subtree ? ` (${registerTexts.subtree})` : ''),
      align: 'center',
      italic: true,
    },
    {
      kind: 'table',
      columns: registerColumns.map((c) => ({ header: c.header, width: c.width })),
      rows: register.rows,
    },
    { kind: 'heading', text: registerTexts.countsTitle },
    {
      kind: 'table',
      columns: registerTexts.countHeaders.map((header) => ({ header })),
      rows: register.counts.map((c) => countRow(c).map(String)),
    },
  ]
  return {
    issuer: {
      name: register.organization.name,
      ...(register.parentName ? { parentName: register.parentName } : {}),
    },
    place: register.organization.provinceCode === '01' ? 'Hà Nội' : register.organization.name,
    date: vietnamDateOf(Date.now()),
    title: registerTexts.title,
    subtitle: registerTexts.form,
    body,
    signer: { title: 'Người lập sổ', name: signerName },
    orientation: 'landscape',
  }
}

export const registerPdf = (register: Register, signerName: string): Promise<Buffer> =>
  renderPdf(registerDocument(register, signerName))
