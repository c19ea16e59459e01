import { authorize, covers } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../../platform/context.ts'
import type { Database, Db, Executor } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, notFound, validationFailed, type FieldError } from '../../../platform/errors.ts'
import type { VisitInput } from '../../../contracts/reception.ts'
import { vietnamDateOf } from '../../calendar/index.ts'
import { findOrganization } from '../../organizations/index.ts'
import { findUnitAt, todayInVietnam } from '../../admin-units/index.ts'
import { dueDate, ruleBookOf, versionAt, type DueDate } from '../../rules/index.ts'
import { intakeCase, type CaseDeps } from '../../cases/index.ts'
import { findCase } from '../../cases/cases.repo.ts'
import { foldVn } from '../fold.ts'
import { checkGroup, isBands } from '../groups.ts'
import { messages } from '../messages.ts'
import { refusalGroundsAt } from '../grounds.ts'
import {
  receptionRefusalNotices,
  receptionVisitCases,
  receptionVisitCitizens,
  receptionVisits,
} from '../reception.schema.ts'
import { casesOfVisits, findRepeatVisit, findSession, findVisit } from '../reception.repo.ts'
import { visitorColumns } from '../identity.ts'

const REFORM = '2026-07-01'

/** The same database, but every query and every "transaction" runs inside the open transaction `tx`. */
const within = (db: Database, tx: Executor): Database => ({
  ...db,
  db: tx as unknown as Db,
  transaction: (work) => work(tx),
})

/**
 * Ghi một lượt tiếp công dân (Law 42/2013 Art. 25–29; NĐ 154/2026 Art. 12–14, 27): validates the group's
 * representatives, the refusal ground and the online-reception rules against the rule book in force on
 * the visit day, then — in ONE transaction — records the visit and its citizens, recognises a repeat
 * visit about the same matter, opens the cases (mixed content → several cases sharing one letter, via
 * the cases module's `intakeCase`, channel in person), links existing cases, and opens the written
 * refusal notice (form 01/TCD) when the ground requires one.
 *
 * A visit whose content includes a denunciation (TC), or which opens or links a case whose identity is
 * protected, stores its people only sealed (Law on Denunciations 2018 Art. 47(2)). Such a visit is not
 * matched automatically against earlier visits (that would compare a secret identity and show, through
 * `repeatOfId`, who the denouncer is); the officer may still name an earlier protected visit.
 */
export async function recordVisit(ctx: Context, deps: CaseDeps, input: VisitInput): Promise<string> {
  authorize(ctx.actor, 'reception.record')
  const organizationId = ctx.actor.organizationId
  if (!organizationId) throw new AppError('FORBIDDEN', messages.organizationMissing)
  const organization = await findOrganization(ctx.db.db, organizationId)
  if (!organization) throw notFound(messages.organizationUnknown)
  const visitedAt = new Date(input.visitedAt)
  const visitDate = vietnamDateOf(visitedAt)
  const province = organization.provinceCode
  const book = await ruleBookOf(ctx.db)
  const errors: FieldError[] = []
  if (visitedAt.getTime() > Date.now() + 5 * 60_000)
    errors.push({ path: 'visitedAt', message: messages.visitInFuture })

  // Each address names a real commune or province (in force on the visit day, or today).
  for (const [i, c] of input.citizens.entries()) {
    const code = c.address?.unitCode
    if (!code) continue
    const unit =
      (await findUnitAt(ctx.db.db, code, visitDate)) ?? (await findUnitAt(ctx.db.db, code, todayInVietnam()))
    if (!unit) errors.push({ path: `citizens.${i}.address.unitCode`, message: messages.unitUnknown(code) })
  }

  const groupRule = versionAt(book, 'reception.group_representatives', visitDate)
  if (groupRule && isBands(groupRule.value))
    errors.push(...checkGroup(input, groupRule.value, groupRule.source))

  const newCases = input.cases ?? []
  const linkIds = input.linkCaseIds ?? []
  if (input.outcome === 'cases' && newCases.length === 0 && linkIds.length === 0)
    errors.push({ path: 'cases', message: messages.casesRequired })
  if (input.outcome !== 'cases' && newCases.length > 0)
    errors.push({ path: 'cases', message: messages.casesOnlyWithOutcome })

  let ground: ReturnType<typeof refusalGroundsAt>[number] | undefined
  if (input.outcome === 'refused') {
    if (!input.refusalGround) errors.push({ path: 'refusalGround', message: messages.refusalGroundRequired })
    else {
      ground = refusalGroundsAt(book, visitDate).find((g) => g.code === input.refusalGround)
      if (!ground) errors.push({ path: 'refusalGround', message: messages.refusalGroundUnknown(visitDate) })
    }
  } else if (input.refusalGround)
    errors.push({ path: 'refusalGround', message: messages.refusalGroundOnlyWhenRefused })

  if (input.kind === 'online') {
    if (visitDate < REFORM) errors.push({ path: 'kind', message: messages.onlineBeforeReform })
    else if (!input.online) errors.push({ path: 'online', message: messages.onlineDetailsRequired })
    else {
      const notice = await dueDate(ctx.db, 'reception.online_notice', input.online.noticeSentOn, { province })
      if (notice.due > visitDate)
        errors.push({
          path: 'online.noticeSentOn',
          message: messages.onlineNoticeLate(input.online.noticeSentOn, notice.due, notice.rule.source),
        })
    }
    if (newCases.some((c) => c.kind === 'denunciation' && c.protectIdentity !== false))
      errors.push({ path: 'kind', message: messages.onlineProtectedDenouncer })
  } else if (input.online) errors.push({ path: 'online', message: messages.onlineDetailsRequired })

  if (errors.length) throw validationFailed(errors)

  let noticeDue: DueDate | null = null
  if (ground?.notice) noticeDue = await dueDate(ctx.db, 'reception.refusal_notice', visitDate, { province })

  return ctx.db.transaction(async (tx) => {
    if (input.sessionId) {
      const session = await findSession(tx, input.sessionId)
      if (!session || session.row.organizationId !== organization.id)
        throw validationFailed([{ path: 'sessionId', message: messages.sessionOtherOrganization }])
      if (session.row.status === 'cancelled')
        throw validationFailed([{ path: 'sessionId', message: messages.sessionClosed }])
    }
    let protect =
      input.contentKinds.includes('TC') ||
      newCases.some((c) => c.kind === 'denunciation' && c.protectIdentity !== false)
    for (const caseId of linkIds) {
      const found = await findCase(tx, caseId)
      if (!found || !covers(ctx.actor, found.organizationPath))
        throw validationFailed([{ path: 'linkCaseIds', message: messages.caseNotFound }])
      if (found.row.protectIdentity) protect = true
    }
    let repeat: Awaited<ReturnType<typeof findRepeatVisit>> = null
    if (input.repeatOfVisitId) {
      const earlier = await findVisit(tx, input.repeatOfVisitId)
      if (!earlier || earlier.row.organizationId !== organization.id)
        throw validationFailed([{ path: 'repeatOfVisitId', message: messages.repeatNotFound }])
      if (protect && !earlier.row.identityProtected)
        throw validationFailed([{ path: 'repeatOfVisitId', message: messages.repeatOfPlainVisit }])
      repeat = earlier.row
    } else if (!protect)
      repeat = await findRepeatVisit(tx, {
        organizationId: organization.id,
        before: visitedAt,
        idNumbers: input.citizens.flatMap((c) => (c.idNumber ? [c.idNumber] : [])),
        foldedNames: input.citizens.filter((c) => !c.idNumber).map((c) => foldVn(c.fullName)),
        summary: input.summary,
        caseIds: linkIds,
      })
    const earlierCases = repeat ? await casesOfVisits(tx, [repeat.id]) : []
    if (earlierCases.some((c) => c.protectIdentity)) protect = true

    const id = newId()
    const reps = input.representatives ?? []
    await tx.insert(receptionVisits).values({
      id,
      organizationId: organization.id,
      provinceCode: province,
      visitedAt,
      visitDate,
      kind: input.kind,
      sessionId: input.sessionId ?? null,
      officerId: ctx.actor.userId,
      officerName: input.officerName ?? ctx.actor.fullName,
      groupSize: input.groupSize ?? input.citizens.length,
      appointment: input.appointment ?? null,
      summary: input.summary,
      contentKinds: [...new Set(input.contentKinds)],
      resolvedBy: input.resolvedBy ?? null,
      withinCompetence: input.withinCompetence,
      guidance: input.guidance ?? null,
      transferredTo: input.transferredTo ?? null,
      documentsReceived: input.documentsReceived ?? null,
      receiptIssued: input.receiptIssued ?? false,
      outcome: input.outcome,
      refusalGround: input.refusalGround ?? null,
      repeatOfId: repeat?.id ?? null,
      followUp: input.followUp ?? null,
      note: input.note ?? null,
      onlineLink: input.online?.link ?? null,
      recordingRef: input.online?.recordingRef ?? null,
      noticeSentOn: input.online?.noticeSentOn ?? null,
      identityProtected: protect,
      createdBy: ctx.actor.userId,
    })
    await tx.insert(receptionVisitCitizens).values(
      input.citizens.map((c, position) => ({
        id: newId(),
        visitId: id,
        provinceCode: province,
        position,
        ...visitorColumns(deps.secretKey, c, protect),
        representative: reps.some((r) =>
          r.idNumber && c.idNumber
            ? r.idNumber.toUpperCase() === c.idNumber.toUpperCase()
            : foldVn(r.fullName) === foldVn(c.fullName),
        ),
      })),
    )

    // Cases: the representatives first (they speak for the group), one letter for the whole visit.
    const ordered = [...input.citizens].sort(
      (a, b) =>
        Number(reps.some((r) => foldVn(r.fullName) === foldVn(b.fullName))) -
        Number(reps.some((r) => foldVn(r.fullName) === foldVn(a.fullName))),
    )
    const [first, ...others] = ordered
    const matterId = earlierCases.find((c) => c.matterId)?.matterId ?? undefined
    const inner: Context = { ...ctx, db: within(ctx.db, tx) }
    let letterId: string | undefined
    const links = new Map<string, 'created' | 'linked'>()
    for (const c of newCases) {
      const { row } = await intakeCase(
        inner,
        deps,
        {
          kind: c.kind,
          channel: 'in_person',
          receivedAt: input.visitedAt,
          citizen: first,
          otherCitizens: others.length ? others : undefined,
          summary: c.summary,
          content: c.content,
          field: c.field,
          instance: c.kind === 'complaint' ? c.instance : undefined,
          // The person who denounced at this desk is the same person in every letter taken here: a
          // complaint opened beside the denunciation must not show the name the denunciation hides.
          protectIdentity: protect ? true : c.protectIdentity,
          letterId,
          matterId,
        },
        organization.id,
      )
      letterId ??= row.letterId
      links.set(row.id, 'created')
    }
    for (const caseId of [...linkIds, ...earlierCases.map((c) => c.id)])
      if (!links.has(caseId)) links.set(caseId, 'linked')
    if (links.size)
      await tx
        .insert(receptionVisitCases)
        .values(
          [...links].map(([caseId, relation]) => ({ visitId: id, caseId, provinceCode: province, relation })),
        )

    if (ground?.notice && noticeDue)
      await tx.insert(receptionRefusalNotices).values({
        id: newId(),
        visitId: id,
        organizationId: organization.id,
        provinceCode: province,
        ground: ground.code,
        dueDate: noticeDue.due,
        dueRuleKey: noticeDue.ruleKey,
      })

    // The audit entry names the visit, never a citizen (NĐ 154 Art. 12(2): personal data kept secret).
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'reception.visit_recorded',
      entityType: 'reception_visit',
      entityId: id,
      organizationId: organization.id,
      provinceCode: province,
      summary: {
        kind: input.kind,
        outcome: input.outcome,
        groupSize: input.groupSize ?? input.citizens.length,
        identityProtected: protect,
        cases: [...links.keys()],
        repeatOf: repeat?.id ?? null,
        refusalGround: ground?.code ?? null,
        noticeDue: noticeDue?.due ?? null,
      },
      requestId: ctx.requestId,
    })
    return id
  })
}
