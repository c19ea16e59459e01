import { eq } from 'drizzle-orm'
import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import type { Executor } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { isUniqueViolation } from '../../../platform/db/errors.ts'
import { AppError, notFound, validationFailed } from '../../../platform/errors.ts'
import type { IntakeInput } from '../../../contracts/cases.ts'
import { vietnamDateOf } from '../../calendar/index.ts'
import { findOrganization, type OrganizationRow } from '../../organizations/index.ts'
import { findUnitAt, todayInVietnam } from '../../admin-units/index.ts'
import { checkField } from '../fields.ts'
import { dueDate, type DueDate } from '../../rules/index.ts'
import { cases } from '../cases.schema.ts'
import { countMatterLetter, findMatter, insertMatter, insertNewCase, type CaseRow } from '../cases.repo.ts'
import { deadlineOf } from '../cases.present.ts'
import { citizenDisplay, citizenRow, type CaseDeps } from '../identity.ts'
import { lifecycleFor } from '../lifecycles/index.ts'
import { messages } from '../messages.ts'
import { newTrackingCode } from '../tracking-code.ts'

export interface IntakeResult {
  row: CaseRow
  dueDates: (NonNullable<ReturnType<typeof deadlineOf>> & { source?: string })[]
}

/**
 * Tiếp nhận đơn from any channel (Law 42 Art. 25; NĐ 154 Art. 27): records channel, received date and
 * time, receiving organization (the caller's, or the one a citizen addressed on the portal), citizens and
 * content, and starts the intake clock of the lifecycle judged by the rule in force on the received day.
 * A denouncer's identity is protected unless the intake says otherwise (Law on Denunciations Art. 47(2)).
 */
export async function intakeCase(
  ctx: Context,
  deps: CaseDeps,
  input: IntakeInput & { consentedAt?: Date; publishConsent?: boolean },
  organizationId: string | null = ctx.actor.organizationId,
  /** Runs inside the intake transaction once the case row exists (e.g. store the letter's attachments). */
  withinIntake?: (tx: Executor, row: CaseRow) => Promise<void>,
): Promise<IntakeResult> {
  authorize(ctx.actor, 'cases.intake')
  if (!organizationId) throw new AppError('FORBIDDEN', messages.organizationMissing)
  if (input.anonymous && (input.citizen || input.otherCitizens?.length))
    throw validationFailed([{ path: 'citizen', message: messages.anonymousWithCitizen }])
  const organization = await findOrganization(ctx.db.db, organizationId)
  if (!organization) throw notFound(messages.organizationUnknown)
  const lifecycle = lifecycleFor(input.kind, input.instance ?? null, input.anonymous ?? false)
  const receivedOn = vietnamDateOf(new Date(input.receivedAt))
  const complexity = input.complexity ?? 'normal'
  await checkAddresses(ctx.db.db, input, receivedOn)
  if (input.field) await checkField(ctx.db.db, input.field, organization.path)
  // Reference data (rule book, calendar) is read from the cache before the transaction opens, so an
  // intake never waits for a second pool connection while holding one (no pool deadlock under load).
  const due = await dueDate(ctx.db, lifecycle.intakeClock, receivedOn, {
    complex: complexity !== 'normal',
    remote: input.remote ?? false,
    province: organization.provinceCode,
  })
  // Tracking codes are random (31^8 ≈ 8.5·10^11), so among millions of cases two may draw the same one:
  // the unique index refuses it, nothing was committed, and the intake runs again with a fresh code.
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.db.transaction(async (tx) => {
        const result = await intakeIn(tx, ctx, deps, input, organization, due)
        if (withinIntake) await withinIntake(tx, result.row)
        return result
      })
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error, 'cases_tracking_code_unique')) throw error
    }
  }
}

/**
 * Each citizen's address names a real commune or province: one in force on the day the letter arrived,
 * or today (a citizen may already write the new code on an older letter).
 */
async function checkAddresses(ex: Executor, input: IntakeInput, receivedOn: string): Promise<void> {
  const people = [
    ['citizen', input.citizen],
    ...(input.otherCitizens ?? []).map((c, i) => [`otherCitizens.${i}`, c] as const),
  ] as const
  for (const [path, person] of people) {
    const code = person?.address?.unitCode
    if (!code) continue
    const unit = (await findUnitAt(ex, code, receivedOn)) ?? (await findUnitAt(ex, code, todayInVietnam()))
    if (!unit)
      throw validationFailed([{ path: `${path}.address.unitCode`, message: messages.unitUnknown(code) }])
  }
}

async function intakeIn(
  tx: Executor,
  ctx: Context,
  deps: CaseDeps,
  input: IntakeInput & { consentedAt?: Date; publishConsent?: boolean },
  organization: OrganizationRow,
  due: DueDate,
): Promise<IntakeResult> {
  const anonymous = input.anonymous ?? false
  const lifecycle = lifecycleFor(input.kind, input.instance ?? null, anonymous)
  const receivedAt = new Date(input.receivedAt)
  const receivedOn = vietnamDateOf(receivedAt)
  const complexity = input.complexity ?? 'normal'
  const remote = input.remote ?? false
  const province = organization.provinceCode
  const protect = !anonymous && (input.protectIdentity ?? input.kind === 'denunciation')
  const people = anonymous
    ? []
    : [input.citizen, ...(input.otherCitizens ?? [])].filter((c) => c !== undefined)
  const citizens = people.map((c, i) => citizenRow(deps.secretKey, c, i, protect, input.kind, province))

  const letterId = input.letterId ?? newId()
  if (input.letterId) {
    const [sibling] = await tx
      .select({ organizationId: cases.organizationId })
      .from(cases)
      .where(eq(cases.letterId, input.letterId))
      .limit(1)
    if (!sibling || sibling.organizationId !== organization.id)
      throw validationFailed([{ path: 'letterId', message: messages.letterNotFound }])
  }
  let matterId = input.matterId ?? null
  if (matterId) {
    const matter = await findMatter(tx, matterId)
    const matterOrg = matter && (await findOrganization(tx, matter.organizationId))
    if (!matter || !matterOrg || !covers(ctx.actor, matterOrg.path))
      throw validationFailed([{ path: 'matterId', message: messages.matterNotFound }])
    await countMatterLetter(tx, matterId, complexity !== 'normal')
  } else if (input.newMatter) {
    matterId = newId()
    await insertMatter(tx, {
      id: matterId,
      organizationId: organization.id,
      provinceCode: province,
      title: input.summary,
      complex: complexity !== 'normal',
    })
  }

  const id = newId()
  const row = await insertNewCase(
    tx,
    {
      id,
      trackingCode: newTrackingCode(),
      kind: input.kind,
      instance: input.kind === 'complaint' ? (input.instance ?? 'first') : null,
      lifecycleId: lifecycle.id,
      status: lifecycle.initial,
      channel: input.channel,
      receivedAt,
      receivedOn,
      organizationId: organization.id,
      provinceCode: province,
      field: input.field ?? 'other',
      summary: input.summary,
      content: input.content,
      citizenDisplay: citizenDisplay(citizens[0], citizens.length - 1, anonymous),
      anonymous,
      protectIdentity: protect,
      complexity,
      remote,
      matterId,
      letterId,
      forwardedBy: input.forwarded?.body ?? null,
      forwardedLetterNumber: input.forwarded?.letterNumber ?? null,
      forwardedLetterDate: input.forwarded?.letterDate ?? null,
      clockKey: lifecycle.intakeClock,
      clockStart: receivedOn,
      dueDate: due.due,
      dueRuleKey: due.ruleKey,
      consentedAt: input.consentedAt ?? null,
      publishConsent: input.publishConsent ?? false,
      createdBy: ctx.actor.userId,
    },
    citizens.map((c) => ({ ...c, id: newId(), caseId: id })),
    {
      id: newId(),
      caseId: id,
      provinceCode: province,
      action: 'intake',
      fromStatus: null,
      toStatus: lifecycle.initial,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.fullName,
      stepDate: receivedOn,
      body: { channel: input.channel, ...(input.forwarded ? { forwarded: input.forwarded } : {}) },
      dueDate: due.due,
      dueRuleKey: due.ruleKey,
    },
  )
  // The audit entry names the case, never the citizen (a protected identity must not reach logs).
  await recordAudit(tx, {
    actor: auditActor(ctx),
    action: 'case.received',
    entityType: 'case',
    entityId: id,
    organizationId: organization.id,
    laneKey: id,
    provinceCode: province,
    summary: {
      trackingCode: row.trackingCode,
      kind: row.kind,
      channel: row.channel,
      status: row.status,
      due: due.due,
      ruleKey: due.ruleKey,
    },
    requestId: ctx.requestId,
  })
  const deadline = deadlineOf(row)
  return { row, dueDates: deadline ? [{ ...deadline, source: due.rule.source }] : [] }
}
