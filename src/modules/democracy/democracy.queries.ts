import { sql } from 'drizzle-orm'
import { authorize, covers, scopeOf, type Actor } from '../../platform/access/actor.ts'
import type { Database } from '../../platform/db/database.ts'
import { notFound, validationFailed } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import { listAttachments } from '../../platform/files/index.ts'
import type { ConferenceListQuery, CoverageQuery, EnterpriseListQuery } from '../../contracts/democracy.ts'
import { todayInVietnam } from '../admin-units/index.ts'
import { allowedConferenceActions } from './conference-lifecycle.ts'
import { allowedEnterpriseActions } from './enterprise-lifecycle.ts'
import {
  agencyCoverage,
  conferenceEventsOf,
  enterpriseCoverage,
  findConference,
  listConferences,
  listEnterprises,
  resolutionsOf,
  rulesOf,
  type ConferenceRow,
  type CoverageRow,
  type EnterpriseRow,
  type RulesRow,
} from './democracy.repo.ts'
import { democracyConferences, enterprises } from './democracy.schema.ts'
import {
  agencyKinds,
  conferenceActionLabels,
  conferenceStateLabels,
  enterpriseBasis,
  formLabels,
  kindLabels,
  messages,
  ownershipLabels,
  timingLabels,
} from './messages.ts'
import { organizationInScope } from './organization.ts'
import { CONFERENCE_ATTACHMENT, RULES_ATTACHMENT } from './commands/attachments.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const fold = (q: string) => q.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase()
const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10)

export const presentConference = (
  c: ConferenceRow,
  organizationName: string,
  enterpriseName: string | null,
) => ({
  id: c.id,
  kind: c.kind,
  kindLabel: kindLabels[c.kind as keyof typeof kindLabels],
  organizationId: c.organizationId,
  organizationName,
  enterpriseId: c.enterpriseId,
  enterpriseName,
  year: c.year,
  status: c.status,
  heldOn: c.heldOn,
  form: c.form,
  formLabel: c.form ? formLabels[c.form as keyof typeof formLabels] : null,
  staffTotal: c.staffTotal,
  expectedCount: c.expectedCount,
  presentCount: c.presentCount,
  quorumMet: c.quorumMet,
  windowFrom: c.windowFrom,
  windowTo: c.windowTo,
  timing: c.timing,
  timingLabel: c.timing ? timingLabels[c.timing as keyof typeof timingLabels] : null,
  valid: c.valid,
  findings: c.findings as { code: string; severity: string; message: string; source: string }[],
  ruleSource: c.ruleSource,
  note: c.note,
  state: c.state,
  stateLabel: conferenceStateLabels[c.state as keyof typeof conferenceStateLabels],
  withdrawnReason: c.withdrawnReason,
  withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
  version: c.version,
  /** Steps the record's state allows (`democracy.manage` is needed to take them). */
  allowedActions: allowedConferenceActions(c.state),
})

export const presentEnterprise = (e: EnterpriseRow, organizationName: string) => ({
  id: e.id,
  name: e.name,
  taxCode: e.taxCode,
  ownership: e.ownership,
  ownershipLabel: ownershipLabels[e.ownership as keyof typeof ownershipLabels],
  workforce: e.workforce,
  fiscalYearEndMonth: e.fiscalYearEndMonth,
  hasTradeUnion: e.hasTradeUnion,
  organizationId: e.organizationId,
  organizationName,
  provinceCode: e.provinceCode,
  adminUnitCode: e.adminUnitCode,
  address: e.address,
  status: e.status,
  inactiveReason: e.inactiveReason,
  allowedActions: allowedEnterpriseActions(e.status),
  conferenceBasis: enterpriseBasis[e.ownership as keyof typeof enterpriseBasis],
})

const yearIdCursor = (cursor: string | undefined) => {
  const key = cursorKey(cursor)
  if (!key) return null
  const [year, id] = key.split('|')
  if (!year || !id || !/^\d{4}$/.test(year) || !UUID.test(id))
    throw validationFailed([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ.' }])
  return { year: Number(year), id }
}

export async function conferenceList(db: Database, actor: Actor, q: ConferenceListQuery) {
  authorize(actor, 'democracy.read')
  const organizationPath = q.organization
    ? (await organizationInScope(db.db, actor, q.organization, 'organization')).path
    : undefined
  const rows = await listConferences(
    db.db,
    {
      scope: scopeOf(actor, democracyConferences.organizationId),
      kind: q.kind,
      year: q.year,
      organizationPath,
      enterpriseId: q.enterprise,
      valid: q.valid === undefined ? undefined : q.valid === 'true',
      after: yearIdCursor(q.cursor),
    },
    q.limit + 1,
  )
  const page = pageOf(rows, q.limit, (r) => `${r.row.year}|${r.row.id}`)
  return {
    items: page.rows.map((r) => presentConference(r.row, r.organizationName, r.enterpriseName)),
    nextCursor: page.nextCursor,
  }
}

export async function conferenceDetail(db: Database, actor: Actor, id: string) {
  authorize(actor, 'democracy.read')
  const found = await findConference(db.db, id)
  if (!found || !covers(actor, found.organizationPath)) throw notFound(messages.conferenceNotFound)
  const [resolutions, attachments, events] = await Promise.all([
    resolutionsOf(db.db, id),
    listAttachments(db.db, CONFERENCE_ATTACHMENT, id),
    conferenceEventsOf(db.db, id),
  ])
  return {
    ...presentConference(found.row, found.organizationName, found.enterpriseName),
    resolutions: resolutions.map((r) => ({
      position: r.position,
      title: r.title,
      votesFor: r.votesFor,
      votesAgainst: r.votesAgainst,
      abstentions: r.abstentions,
      passed: r.passed,
    })),
    attachments,
    /** Ghi nhận, đính chính, rút — with the reason and the values as they were before. */
    history: events.map((e) => ({
      action: e.action,
      actionLabel: conferenceActionLabels[e.action as keyof typeof conferenceActionLabels] ?? e.action,
      reason: e.reason,
      previous: e.previous as Record<string, unknown> | null,
      actorName: e.actorName,
      at: e.at.toISOString(),
    })),
  }
}

const missingOf = (rows: readonly CoverageRow[]) =>
  rows
    .filter((r) => !r.heldValid)
    .map((r) => ({ id: r.id, name: r.name, kind: r.kind, reason: r.held ? 'invalid' : 'not_held' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))

/**
 * Coverage of one year under an organization's subtree: agencies required to hold the staff conference
 * (active agencies, less those of ≤ 7 staff that recorded they did not), those that held a valid one, the
 * share; the same for enterprises and their workers' conferences; and the lists of those missing
 * (`not_held` or `invalid`). A late conference still counts as held (it is counted in `late`).
 */
export async function democracyCoverage(db: Database, actor: Actor, q: CoverageQuery) {
  authorize(actor, 'democracy.read')
  const organization = await organizationInScope(db.db, actor, q.organization, 'organization')
  const [agencies, firms] = await Promise.all([
    agencyCoverage(db.db, q.year, organization.path, agencyKinds, scopeOf(actor, sql`o.id`)),
    enterpriseCoverage(db.db, q.year, organization.path, scopeOf(actor, sql`o.id`)),
  ])
  const required = agencies.filter((a) => !(a.skipped && !a.held))
  const heldAgencies = required.filter((a) => a.heldValid).length
  const heldFirms = firms.filter((e) => e.heldValid).length
  const byOwnership = (['state', 'private'] as const).map((ownership) => {
    const of = firms.filter((e) => e.ownership === ownership)
    const held = of.filter((e) => e.heldValid).length
    return {
      ownership,
      label: ownershipLabels[ownership],
      required: of.length,
      held,
      share: share(held, of.length),
    }
  })
  return {
    year: q.year,
    organization: { id: organization.id, name: organization.name },
    agencies: {
      required: required.length,
      held: heldAgencies,
      share: share(heldAgencies, required.length),
      optional: agencies.length - required.length,
      late: required.filter((a) => a.late).length,
      missing: missingOf(required),
    },
    enterprises: {
      required: firms.length,
      held: heldFirms,
      share: share(heldFirms, firms.length),
      late: firms.filter((e) => e.late).length,
      byOwnership,
      missing: missingOf(firms),
    },
  }
}

export async function enterpriseList(db: Database, actor: Actor, q: EnterpriseListQuery) {
  authorize(actor, 'democracy.read')
  const organizationPath = q.organization
    ? (await organizationInScope(db.db, actor, q.organization, 'organization')).path
    : undefined
  const rows = await listEnterprises(
    db.db,
    {
      scope: scopeOf(actor, enterprises.organizationId),
      organizationPath,
      ownership: q.ownership,
      status: q.status,
      q: q.q ? fold(q.q) : undefined,
      after: cursorKey(q.cursor, { uuid: true }),
    },
    q.limit + 1,
  )
  const page = pageOf(rows, q.limit, (r) => r.row.id)
  return {
    items: page.rows.map((r) => presentEnterprise(r.row, r.organizationName)),
    nextCursor: page.nextCursor,
  }
}

const presentRules = (r: RulesRow, current: boolean) => ({
  id: r.id,
  organizationId: r.organizationId,
  versionNumber: r.versionNumber,
  title: r.title,
  decisionNumber: r.decisionNumber,
  adoptedOn: r.adoptedOn,
  effectiveFrom: r.effectiveFrom,
  content: r.content,
  current,
  createdAt: r.createdAt.toISOString(),
})

/** Every version of an organization's democracy rules, newest first; `current` = the latest in force today. */
export async function rulesHistory(db: Database, actor: Actor, organization: string | undefined) {
  authorize(actor, 'democracy.read')
  const org = await organizationInScope(db.db, actor, organization, 'organization')
  const rows = await rulesOf(db.db, org.id)
  const today = todayInVietnam()
  const current = [...rows]
    .filter((r) => r.effectiveFrom <= today)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.versionNumber - a.versionNumber)[0]
  const attachments = await Promise.all(rows.map((r) => listAttachments(db.db, RULES_ATTACHMENT, r.id)))
  return {
    organization: { id: org.id, name: org.name },
    currentId: current?.id ?? null,
    items: rows.map((r, i) => ({
      ...presentRules(r, r.id === current?.id),
      attachments: attachments[i] ?? [],
    })),
    nextCursor: null,
  }
}
