import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import type { Database, Executor } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { validationFailed } from '../../../platform/errors.ts'
import type { ConferenceBody } from '../../../contracts/democracy.ts'
import { ruleBookOf, versionAt } from '../../rules/index.ts'
import { checkConference, conferenceRuleOf, type ConferenceRule } from '../conference-rules.ts'
import {
  findEnterprise,
  insertConference,
  insertConferenceEvent,
  insertResolutions,
  type ConferenceRow,
} from '../democracy.repo.ts'
import { messages } from '../messages.ts'
import type { democracyConferences, democracyResolutions } from '../democracy.schema.ts'
import { organizationInScope } from '../organization.ts'

/**
 * The rule in force on the day (the conference's date, else the first day of its window): the rule book's
 * `democracy.annual_conference` and `democracy.staff_conference_scale`; a date before the first version
 * (Law 10/2022 took effect on 01/07/2023) is checked against the first version, and the source says so.
 */
export async function conferenceRuleAt(db: Database | Executor, date: string): Promise<ConferenceRule> {
  const book = await ruleBookOf(db)
  const pick = (key: string) => {
    const versions = book.get(key) ?? []
    const inForce = versionAt(book, key, date)
    const first = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0]
    return { version: inForce ?? first, before: !inForce && !!first }
  }
  const annual = pick('democracy.annual_conference')
  const scale = pick('democracy.staff_conference_scale')
  if (!annual.version || !scale.version) throw validationFailed([{ path: 'year', message: messages.noRule }])
  const source = annual.before
    ? `${annual.version.source} (áp dụng để đối chiếu; ngày này trước khi luật có hiệu lực)`
    : annual.version.source
  return conferenceRuleOf(
    annual.version.value as { withinMonthsAfterYearEnd: number; quorum: string; passesAbove: string },
    scale.version.value as { optionalUpToStaff: number; delegatesFromStaff: number },
    source,
  )
}

/**
 * The rows of one conference (and its resolutions) as the checks of the rule leave them, with the check
 * itself; the caller refuses the input when `check.errors` is not empty.
 */
export function conferenceRows(
  body: ConferenceBody,
  rule: ConferenceRule,
  at: {
    organizationId: string
    provinceCode: string | null
    fiscalYearEndMonth: number
    createdBy: string | null
  },
) {
  const check = checkConference({ ...body, fiscalYearEndMonth: at.fiscalYearEndMonth }, rule)
  const held = body.status === 'held'
  const row: typeof democracyConferences.$inferInsert = {
    id: newId(),
    kind: body.kind,
    organizationId: at.organizationId,
    enterpriseId: body.kind === 'workers' ? (body.enterpriseId ?? null) : null,
    provinceCode: at.provinceCode,
    year: body.year,
    status: body.status,
    heldOn: held ? (body.heldOn ?? null) : null,
    form: held ? (body.form ?? 'full') : null,
    staffTotal: body.staffTotal,
    expectedCount: held ? check.expected : null,
    presentCount: held ? (body.presentCount ?? null) : null,
    quorumMet: check.quorumMet,
    windowFrom: check.windowFrom,
    windowTo: check.windowTo,
    timing: check.timing,
    valid: check.valid,
    findings: check.findings,
    ruleSource: rule.source,
    note: body.note ?? null,
    createdBy: at.createdBy,
  }
  const resolutions: (typeof democracyResolutions.$inferInsert)[] = held
    ? body.resolutions.map((r, i) => ({
        id: newId(),
        conferenceId: row.id,
        provinceCode: at.provinceCode,
        position: i + 1,
        title: r.title,
        votesFor: r.votesFor,
        votesAgainst: r.votesAgainst,
        abstentions: r.abstentions ?? 0,
        passed: check.resolutionsPassed[i] ?? false,
      }))
    : []
  return { row, resolutions, check }
}

/**
 * Records one annual conference with its resolutions, checked against the rule in force: an invalid
 * quorum or form is stored as invalid with the reasons; only impossible input (more present than called,
 * more votes than people) is refused — one transaction.
 */
export async function recordConference(ctx: Context, body: ConferenceBody): Promise<ConferenceRow> {
  const rule = await conferenceRuleAt(ctx.db, body.heldOn ?? `${body.year + 1}-01-01`)
  return ctx.db.transaction(async (tx) => {
    let organizationId: string
    let organizationPath: string
    let provinceCode: string | null
    let fiscalYearEndMonth = 12
    if (body.kind === 'workers') {
      if (!body.enterpriseId)
        throw validationFailed([{ path: 'enterpriseId', message: messages.enterpriseRequired }])
      const found = await findEnterprise(tx, body.enterpriseId)
      if (!found || !covers(ctx.actor, found.organizationPath))
        throw validationFailed([{ path: 'enterpriseId', message: messages.enterpriseNotFound }])
      organizationId = found.row.organizationId
      organizationPath = found.organizationPath
      provinceCode = found.row.provinceCode
      fiscalYearEndMonth = found.row.fiscalYearEndMonth
    } else {
      if (body.enterpriseId)
        throw validationFailed([{ path: 'enterpriseId', message: messages.enterpriseNotForStaff }])
      const organization = await organizationInScope(tx, ctx.actor, body.organizationId)
      organizationId = organization.id
      organizationPath = organization.path
      provinceCode = organization.provinceCode
    }
    authorize(ctx.actor, 'democracy.manage', { organizationPath })
    const {
      row: newRow,
      resolutions,
      check,
    } = conferenceRows(body, rule, {
      organizationId,
      provinceCode,
      fiscalYearEndMonth,
      createdBy: ctx.actor.userId,
    })
    if (check.errors.length) throw validationFailed(check.errors)
    const row = await insertConference(tx, newRow)
    await insertResolutions(tx, resolutions)
    await insertConferenceEvent(tx, {
      id: newId(),
      conferenceId: row.id,
      provinceCode,
      action: 'record',
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
    })
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'democracy_conference.record',
      entityType: 'democracy_conference',
      entityId: row.id,
      organizationId,
      provinceCode,
      summary: {
        kind: row.kind,
        year: row.year,
        status: row.status,
        enterpriseId: row.enterpriseId,
        valid: row.valid,
        findings: check.findings.map((f) => f.code),
      },
      requestId: ctx.requestId,
    })
    return row
  })
}
