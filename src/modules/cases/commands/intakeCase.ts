import { eq } from 'drizzle-orm'
import { authorize, covers } from '../../../platform/access/actor.ts'
import {
  appendAfterKnownHeads,
  headsKnown,
  isAuditHeadMoved,
  partitionOf,
  recordAudits,
  type AuditEntry,
  type ChainHead,
} from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import { autocommits, type Database, type Executor } from '../../../platform/db/database.ts'
import { groupCommit, type GroupCommit } from '../../../platform/db/group-commit.ts'
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
import {
  countMatterLetter,
  findMatter,
  insertMatter,
  insertNewCases,
  type CaseRow,
  type NewCase,
  type NewCitizen,
  type NewEvent,
} from '../cases.repo.ts'
import { deadlineOf } from '../cases.present.ts'
import { citizenDisplay, citizenRow, type CaseDeps } from '../identity.ts'
import { lifecycleFor, type Lifecycle } from '../lifecycles/index.ts'
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
 *
 * Everything that needs no lock is checked and built before the write: the organization, addresses and
 * field from this process's caches, the due date from the rule book. The write joins a group commit with
 * the intakes arriving at the same moment (see `groupCommit`): the answer comes after its commit.
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
  const organization = await findOrganization(ctx.db, organizationId)
  if (!organization) throw notFound(messages.organizationUnknown)
  const lifecycle = lifecycleFor(input.kind, input.instance ?? null, input.anonymous ?? false)
  const receivedOn = vietnamDateOf(new Date(input.receivedAt))
  const complexity = input.complexity ?? 'normal'
  await checkAddresses(ctx.db, input, receivedOn)
  if (input.field) await checkField(ctx.db, input.field, organization.path)
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
      const prepared = prepareIntake(ctx, deps, input, {
        organization,
        lifecycle,
        receivedOn,
        due,
        withinIntake,
      })
      return await intakeWriter(ctx.db).submit(prepared)
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error, 'cases_tracking_code_unique')) throw error
    }
  }
}

/**
 * One group commit of intakes per database. On PostgreSQL, up to three batches of at most four intakes are
 * in flight, each on its own connection: small batches on several connections keep both of a small
 * server's cores busy (one writes while another commits), where one large batch left Node idle half the
 * time (measured at 1,000,000 cases with 8 and 32 writers). The embedded database runs one transaction
 * at a time anyway.
 *
 * Each slot of the group commit appends its audit entries to lanes of its own (see AuditEntry.lane), so
 * the writer knows where those chains end after each batch it wrote: the next batch goes in one statement
 * (`appendAfterKnownHeads`).
 */
const writers = new WeakMap<Database, GroupCommit<PreparedIntake, IntakeResult>>()

function intakeWriter(db: Database): GroupCommit<PreparedIntake, IntakeResult> {
  let writer = writers.get(db)
  if (!writer) {
    const options = db.mode === 'postgres' ? { parallel: 3, maxBatch: 4 } : { parallel: 1, maxBatch: 16 }
    const laneHeads = new Map<string, ChainHead>()
    writer = groupCommit(
      db,
      (database, intakes, slot) => writeIntakes(database, intakes, slot, laneHeads),
      options,
    )
    writers.set(db, writer)
  }
  return writer
}

/**
 * Each citizen's address names a real commune or province: one in force on the day the letter arrived,
 * or today (a citizen may already write the new code on an older letter).
 */
async function checkAddresses(db: Database, input: IntakeInput, receivedOn: string): Promise<void> {
  const people = [
    ['citizen', input.citizen],
    ...(input.otherCitizens ?? []).map((c, i) => [`otherCitizens.${i}`, c] as const),
  ] as const
  for (const [path, person] of people) {
    const code = person?.address?.unitCode
    if (!code) continue
    const unit = (await findUnitAt(db, code, receivedOn)) ?? (await findUnitAt(db, code, todayInVietnam()))
    if (!unit)
      throw validationFailed([{ path: `${path}.address.unitCode`, message: messages.unitUnknown(code) }])
  }
}

/** An intake ready to write: its rows, and what must be checked under the transaction. */
interface PreparedIntake {
  ctx: Context
  input: IntakeInput
  organization: OrganizationRow
  complex: boolean
  row: NewCase
  citizens: NewCitizen[]
  event: NewEvent
  audit: AuditEntry
  ruleSource: string
  withinIntake: ((tx: Executor, row: CaseRow) => Promise<void>) | undefined
}

/** The rows of one intake, from what `intakeCase` has checked and worked out (drawn again on a retry). */
function prepareIntake(
  ctx: Context,
  deps: CaseDeps,
  input: IntakeInput & { consentedAt?: Date; publishConsent?: boolean },
  checked: {
    organization: OrganizationRow
    lifecycle: Lifecycle
    receivedOn: string
    due: DueDate
    withinIntake: PreparedIntake['withinIntake']
  },
): PreparedIntake {
  const { organization, lifecycle, receivedOn, due, withinIntake } = checked
  const anonymous = input.anonymous ?? false
  const complexity = input.complexity ?? 'normal'
  const province = organization.provinceCode
  const protect = !anonymous && (input.protectIdentity ?? input.kind === 'denunciation')
  const people = anonymous
    ? []
    : [input.citizen, ...(input.otherCitizens ?? [])].filter((c) => c !== undefined)
  const id = newId()
  const citizens = people.map((c, i) => ({
    ...citizenRow(deps.secretKey, c, i, protect, input.kind, province),
    id: newId(),
    caseId: id,
  }))
  const trackingCode = newTrackingCode()
  const row: NewCase = {
    id,
    trackingCode,
    kind: input.kind,
    instance: input.kind === 'complaint' ? (input.instance ?? 'first') : null,
    lifecycleId: lifecycle.id,
    status: lifecycle.initial,
    channel: input.channel,
    receivedAt: new Date(input.receivedAt),
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
    remote: input.remote ?? false,
    matterId: input.matterId ?? (input.newMatter ? newId() : null),
    letterId: input.letterId ?? newId(),
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
  }
  return {
    ctx,
    input,
    organization,
    complex: complexity !== 'normal',
    row,
    citizens,
    event: {
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
    // The audit entry names the case, never the citizen (a protected identity must not reach logs).
    audit: {
      actor: auditActor(ctx),
      action: 'case.received',
      entityType: 'case',
      entityId: id,
      organizationId: organization.id,
      provinceCode: province,
      summary: {
        trackingCode,
        kind: row.kind,
        channel: row.channel,
        status: row.status,
        due: due.due,
        ruleKey: due.ruleKey,
      },
      requestId: ctx.requestId,
    },
    ruleSource: due.rule.source,
    withinIntake,
  }
}

/** A letter split into several cases (Law 42 Art. 25): its first case is this organization's. */
async function checkLetter(tx: Executor, intake: PreparedIntake): Promise<void> {
  const [sibling] = await tx
    .select({ organizationId: cases.organizationId })
    .from(cases)
    .where(eq(cases.letterId, intake.input.letterId ?? ''))
    .limit(1)
  if (!sibling || sibling.organizationId !== intake.organization.id)
    throw validationFailed([{ path: 'letterId', message: messages.letterNotFound }])
}

/** The complex, prolonged matter the letter joins (counted as a repeat) or opens. */
async function joinMatter(tx: Executor, intake: PreparedIntake): Promise<void> {
  const matterId = intake.row.matterId
  if (!matterId) return
  if (intake.input.matterId) {
    const matter = await findMatter(tx, matterId)
    const matterOrg = matter && (await findOrganization(tx, matter.organizationId))
    if (!matter || !matterOrg || !covers(intake.ctx.actor, matterOrg.path))
      throw validationFailed([{ path: 'matterId', message: messages.matterNotFound }])
    await countMatterLetter(tx, matterId, intake.complex)
  } else
    await insertMatter(tx, {
      id: matterId,
      organizationId: intake.organization.id,
      provinceCode: intake.organization.provinceCode,
      title: intake.input.summary,
      complex: intake.complex,
    })
}

/**
 * Writes a batch of intakes — their cases, citizens, first events and audit entries — and commits it.
 * The usual batch (no letter split, no matter, nothing else to store, not inside a caller's transaction)
 * is one statement: rows, search rows and audit entries after the lane heads this writer remembers,
 * committed together. The others, the first batch of a lane and a batch whose lane another process
 * appended to meanwhile are written in a transaction that reads the heads under lock (inside a caller's
 * transaction — a reception visit — that one). `laneHeads` is this writer's memory of its lanes, updated
 * after each commit.
 */
async function writeIntakes(
  db: Database,
  intakes: readonly PreparedIntake[],
  slot: number,
  laneHeads: Map<string, ChainHead>,
): Promise<IntakeResult[]> {
  const entries = intakes.map((i) => ({ ...i.audit, lane: slot }))
  const plain = intakes.every((i) => !i.input.letterId && !i.row.matterId && !i.withinIntake)
  if (plain && autocommits(db) && headsKnown(entries, laneHeads)) {
    let heads = new Map<string, ChainHead>()
    try {
      const also = (offset: number) => {
        const part = appendAfterKnownHeads(entries, laneHeads, offset)
        heads = part.heads
        return part
      }
      const inserted = await insertNewCases(db.db, ...rowsOf(intakes), { also })
      for (const [partition, head] of heads) laneHeads.set(partition, head)
      return resultsOf(intakes, inserted)
    } catch (error) {
      for (const entry of entries) laneHeads.delete(partitionOf(entry))
      if (!isAuditHeadMoved(error)) throw error
    }
  }
  const { results, heads } = await db.transaction(async (tx) => {
    for (const intake of intakes) {
      if (intake.input.letterId) await checkLetter(tx, intake)
      await joinMatter(tx, intake)
    }
    const inserted = await insertNewCases(tx, ...rowsOf(intakes))
    const moved = await recordAudits(tx, entries)
    for (const intake of intakes) {
      const row = inserted.find((r) => r.id === intake.row.id)
      if (row && intake.withinIntake) await intake.withinIntake(tx, row)
    }
    return { results: resultsOf(intakes, inserted), heads: moved }
  })
  for (const [partition, head] of heads) laneHeads.set(partition, head)
  return results
}

const rowsOf = (intakes: readonly PreparedIntake[]) =>
  [intakes.map((i) => i.row), intakes.flatMap((i) => i.citizens), intakes.map((i) => i.event)] as const

/** Each intake's answer, in the order of the batch, from the rows the database returned. */
function resultsOf(intakes: readonly PreparedIntake[], inserted: CaseRow[]): IntakeResult[] {
  const byId = new Map(inserted.map((row) => [row.id, row]))
  return intakes.map((intake) => {
    const row = byId.get(intake.row.id ?? '')
    if (!row) throw new Error('case insert returned nothing')
    const deadline = deadlineOf(row)
    return { row, dueDates: deadline ? [{ ...deadline, source: intake.ruleSource }] : [] }
  })
}
