import { eq, sql } from 'drizzle-orm'
import { authorize, covers, scopeOf, type Actor } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound, validationFailed } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import type {
  PublicScheduleEntry,
  SessionView,
  VisitListQuery,
  VisitView,
} from '../../contracts/reception.ts'
import { daysBetween } from '../calendar/index.ts'
import { findOrganization, organizations, type OrganizationRow } from '../organizations/index.ts'
import { ruleBookOf, versionAt } from '../rules/index.ts'
import { judgeFrequency } from './frequency.ts'
import { presentVisitor } from './identity.ts'
import { refusalGroundsAt } from './grounds.ts'
import { hostRoleLabels, messages, perLabels } from './messages.ts'
import { receptionSessions, receptionVisits } from './reception.schema.ts'
import {
  casesOfVisits,
  citizensOfVisit,
  citizensOfVisits,
  findVisit,
  listVisits,
  lookupCitizen,
  noticeOfVisit,
  officersOf,
  placesOf,
  sessionsBetween,
  tasksOfSessions,
  type SessionRow,
  type VisitCitizenRow,
  type VisitRow,
} from './reception.repo.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function checkRange(from: string, to: string): void {
  if (from > to || daysBetween(from, to) > 366)
    throw validationFailed([{ path: 'to', message: messages.range }])
}

/** An organization inside the actor's subtree, else NOT_FOUND (existence does not leak). */
export async function scopedOrganization(db: Database, actor: Actor, id: string): Promise<OrganizationRow> {
  const organization = await findOrganization(db.db, id)
  if (!organization || !covers(actor, organization.path)) throw notFound(messages.organizationUnknown)
  return organization
}

/** The name a list shows for a visit; a protected visit shows only the fixed label, never a person. */
export const citizenLabel = (citizens: VisitCitizenRow[], size: number, hidden = false): string => {
  if (hidden || citizens.some((c) => c.sealed)) return messages.protectedVisitor
  const first = citizens.find((c) => c.representative) ?? citizens[0]
  const name = first?.fullName ?? ''
  return size > 1 ? `${name} và ${size - 1} người khác` : name
}

export const presentListItem = (row: VisitRow, citizens: VisitCitizenRow[]) => ({
  id: row.id,
  organizationId: row.organizationId,
  visitedAt: row.visitedAt.toISOString(),
  visitDate: row.visitDate,
  kind: row.kind,
  officerName: row.officerName,
  citizenName: citizenLabel(citizens, row.groupSize, row.identityProtected),
  identityProtected: row.identityProtected,
  groupSize: row.groupSize,
  summary: row.summary,
  contentKinds: row.contentKinds,
  outcome: row.outcome,
  repeatOfId: row.repeatOfId,
})

export async function visitList(db: Database, actor: Actor, q: VisitListQuery) {
  authorize(actor, 'reception.read')
  if (q.from && q.to && q.from > q.to) throw validationFailed([{ path: 'to', message: messages.range }])
  if (q.organization) await scopedOrganization(db, actor, q.organization)
  const key = cursorKey(q.cursor)
  let after = null
  if (key) {
    const [at, id] = key.split('|')
    const visitedAt = new Date(at ?? '')
    if (!id || !UUID.test(id) || Number.isNaN(visitedAt.getTime()))
      throw validationFailed([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ.' }])
    after = { visitedAt, id }
  }
  const rows = await listVisits(
    db.db,
    {
      scope: scopeOf(actor, receptionVisits.organizationId),
      organizationIds: q.organization
        ? sql`${receptionVisits.organizationId} = ${q.organization}`
        : undefined,
      from: q.from,
      to: q.to,
      q: q.q,
      after,
    },
    q.limit + 1,
  )
  const page = pageOf(rows, q.limit, (r) => `${r.visitedAt.toISOString()}|${r.id}`)
  const citizens = await citizensOfVisits(
    db.db,
    page.rows.map((r) => r.id),
  )
  return {
    items: page.rows.map((r) =>
      presentListItem(
        r,
        citizens.filter((c) => c.visitId === r.id),
      ),
    ),
    nextCursor: page.nextCursor,
  }
}

export async function visitDetail(db: Database, actor: Actor, id: string): Promise<VisitView> {
  authorize(actor, 'reception.read')
  const found = await findVisit(db.db, id)
  if (!found || !covers(actor, found.organizationPath)) throw notFound(messages.visitNotFound)
  const row = found.row
  const [citizens, linked, notice, book] = await Promise.all([
    citizensOfVisit(db.db, id),
    casesOfVisits(db.db, [id]),
    noticeOfVisit(db.db, id),
    ruleBookOf(db),
  ])
  const ground = row.refusalGround
    ? refusalGroundsAt(book, row.visitDate).find((g) => g.code === row.refusalGround)
    : undefined
  return {
    ...presentListItem(row, citizens),
    sessionId: row.sessionId,
    citizens: citizens.map(presentVisitor),
    appointment: (row.appointment as Record<string, unknown> | null) ?? null,
    resolvedBy: row.resolvedBy,
    withinCompetence: row.withinCompetence,
    guidance: row.guidance,
    transferredTo: row.transferredTo,
    documentsReceived: row.documentsReceived,
    receiptIssued: row.receiptIssued,
    refusalGround: row.refusalGround,
    refusalGroundLabel: ground?.label ?? null,
    refusalNotice: notice
      ? { id: notice.id, dueDate: notice.dueDate, status: notice.status, ruleKey: notice.dueRuleKey }
      : null,
    followUp: row.followUp,
    note: row.note,
    online:
      row.kind === 'online'
        ? { link: row.onlineLink, recordingRef: row.recordingRef, noticeSentOn: row.noticeSentOn }
        : null,
    cases: linked.map((c) => ({
      id: c.id,
      trackingCode: c.trackingCode,
      kind: c.kind,
      relation: c.relation,
      letterId: c.letterId,
    })),
  }
}

/** Tra cứu công dân: earlier visits and cases by ID number or a name typed without diacritics. */
export async function citizenLookup(db: Database, actor: Actor, q: string) {
  authorize(actor, 'reception.read')
  const result = await lookupCitizen(
    db.db,
    scopeOf(actor, sql`v.organization_id`),
    actor.permissions.has('cases.read') ? scopeOf(actor, sql`k.organization_id`) : sql`false`,
    q,
  )
  type VisitHit = {
    id: string
    visit_date: string
    summary: string
    outcome: string
    full_name: string
    id_number: string | null
    address_detail: string | null
    unit_code: string | null
    phone: string | null
  }
  type CaseHit = {
    id: string
    tracking_code: string
    kind: string
    status: string
    summary: string
    received_on: string
    full_name: string
    id_number: string | null
  }
  return {
    visits: (result.visits as VisitHit[]).map((v) => ({
      id: v.id,
      visitDate: v.visit_date,
      summary: v.summary,
      outcome: v.outcome,
      fullName: v.full_name,
      idNumber: v.id_number,
      addressDetail: v.address_detail,
      unitCode: v.unit_code,
      phone: v.phone,
    })),
    cases: (result.cases as CaseHit[]).map((c) => ({
      id: c.id,
      trackingCode: c.tracking_code,
      kind: c.kind,
      status: c.status,
      summary: c.summary,
      receivedOn: c.received_on,
      fullName: c.full_name,
      idNumber: c.id_number,
    })),
  }
}

const presentSession = (s: SessionRow, tasks: Awaited<ReturnType<typeof tasksOfSessions>>): SessionView => ({
  id: s.id,
  organizationId: s.organizationId,
  date: s.date,
  startTime: s.startTime,
  endTime: s.endTime,
  kind: s.kind,
  hostRole: s.hostRole,
  hostName: s.hostName,
  hostTitle: s.hostTitle,
  place: s.place,
  status: s.status,
  onlineLink: s.onlineLink,
  noticeSentOn: s.noticeSentOn,
  attendees: Array.isArray(s.attendees) ? (s.attendees as string[]) : [],
  conclusionNumber: s.conclusionNumber,
  conclusionDate: s.conclusionDate,
  conclusion: s.conclusion,
  tasks: tasks
    .filter((t) => t.sessionId === s.id)
    .map((t) => ({
      id: t.id,
      direction: t.direction,
      owner: t.owner,
      dueDate: t.dueDate,
      status: t.status,
      doneOn: t.doneOn,
      result: t.result,
    })),
})

export async function sessionList(
  db: Database,
  actor: Actor,
  q: { organization?: string; from: string; to: string },
) {
  authorize(actor, 'reception.read')
  checkRange(q.from, q.to)
  const organizationId = q.organization ?? actor.organizationId
  if (!organizationId) return { items: [], nextCursor: null }
  await scopedOrganization(db, actor, organizationId)
  const rows = await sessionsBetween(
    db.db,
    sql`${receptionSessions.organizationId} = ${organizationId}`,
    q.from,
    q.to,
  )
  const tasks = await tasksOfSessions(
    db.db,
    rows.map((r) => r.id),
  )
  return { items: rows.map((r) => presentSession(r, tasks)), nextCursor: null }
}

/** The head role an organization must have receiving citizens, from its kind and level. */
export function expectedHostRole(organization: OrganizationRow): string | null {
  if (organization.kind === 'people_committee')
    return organization.adminUnitCode?.length === 2 ? 'province_chair' : 'commune_chair'
  if (
    organization.kind === 'department' ||
    organization.kind === 'inspectorate' ||
    organization.kind === 'ministry'
  )
    return 'agency_head'
  return null
}

/**
 * Whether each head's schedule meets the minimum frequency of the rule book for every week or month of
 * the range (the version in force at the start of each), and which held sessions met it.
 */
export async function scheduleCompliance(
  db: Database,
  actor: Actor,
  q: { organization?: string; from: string; to: string },
) {
  authorize(actor, 'reception.read')
  checkRange(q.from, q.to)
  const organizationId = q.organization ?? actor.organizationId
  if (!organizationId) return { items: [], nextCursor: null }
  const organization = await scopedOrganization(db, actor, organizationId)
  const [book, sessions] = await Promise.all([
    ruleBookOf(db),
    sessionsBetween(db.db, sql`${receptionSessions.organizationId} = ${organizationId}`, q.from, q.to),
  ])
  const heads = sessions.filter((s) => s.kind === 'periodic' || (s.kind === 'online' && s.hostRole))
  const roles = new Set(heads.map((s) => s.hostRole))
  const expected = expectedHostRole(organization)
  if (expected) roles.add(expected)
  const items = [...roles].sort().map((role) => {
    const key = `reception.frequency.${role}`
    const mine = heads.filter((s) => s.hostRole === role)
    const periods = judgeFrequency(
      q.from,
      q.to,
      (date) => {
        const v = versionAt(book, key, date)
        return v ? { key, value: v.value, effectiveFrom: v.effectiveFrom, source: v.source } : undefined
      },
      mine,
    )
    const names = [...new Set(mine.map((s) => s.hostName))]
    const label = hostRoleLabels[role] ?? role
    return {
      hostRole: role,
      hostName: names.length === 1 ? (names[0] ?? null) : names.length ? names.join(', ') : null,
      periods,
      warnings: periods
        .filter((p) => p.short)
        .map((p) =>
          messages.shortfall(
            label,
            names.length === 1 ? (names[0] ?? null) : null,
            p.from,
            p.to,
            p.required,
            perLabels[p.per] ?? p.per,
            p.scheduled,
          ),
        ),
    }
  })
  return { items, nextCursor: null }
}

/**
 * Lịch tiếp công dân công khai of an organization (no login): the planned and held sessions of the range,
 * with host, place and kind, for the public API and the citizen portal.
 */
export async function listPublicSchedule(
  db: Database,
  q: { organizationId: string; from: string; to: string },
): Promise<PublicScheduleEntry[]> {
  checkRange(q.from, q.to)
  const [organization] = await db.db
    .select({ id: organizations.id, status: organizations.status })
    .from(organizations)
    .where(eq(organizations.id, q.organizationId))
  if (!organization || organization.status !== 'active') throw notFound(messages.organizationUnknown)
  const rows = await sessionsBetween(
    db.db,
    sql`${receptionSessions.organizationId} = ${q.organizationId} and ${receptionSessions.status} <> 'cancelled'`,
    q.from,
    q.to,
  )
  return rows.map((s) => ({
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    hostName: s.hostName,
    hostTitle: s.hostTitle,
    place: s.kind === 'online' ? 'Trực tuyến' : s.place,
    kind: s.kind,
  }))
}

export async function placesAndOfficers(db: Database, actor: Actor, organizationId: string | undefined) {
  authorize(actor, 'reception.read')
  const id = organizationId ?? actor.organizationId
  if (!id) return { places: [], officers: [] }
  await scopedOrganization(db, actor, id)
  const [places, officers] = await Promise.all([placesOf(db.db, id), officersOf(db.db, id)])
  return {
    places: places.map((p) => ({ id: p.id, name: p.name, address: p.address, hours: p.hours })),
    officers: officers.map((o) => ({ id: o.id, fullName: o.fullName, title: o.title, userId: o.userId })),
  }
}

export async function refusalGroundList(db: Database, actor: Actor, date: string) {
  authorize(actor, 'reception.read')
  return { items: refusalGroundsAt(await ruleBookOf(db), date), nextCursor: null }
}
