import { and, inArray, sql } from 'drizzle-orm'
import { recordAudit } from '../../../platform/audit/audit.ts'
import type { Database } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { shiftIsoDate } from '../../calendar/index.ts'
import { dueDate } from '../../rules/index.ts'
import { users } from '../../users/index.ts'
import { caseCitizens, caseEvents, cases } from '../cases.schema.ts'
import { vietnamToday } from '../cases.present.ts'
import { citizenDisplay, citizenRow, type CaseDeps } from '../identity.ts'
import { allowedActions, lifecycleFor, type Transition } from '../lifecycles/index.ts'
import { newTrackingCode } from '../tracking-code.ts'
import {
  between,
  pick,
  prng,
  sampleCitizen,
  sampleContent,
  sampleKind,
  sampleStepBody,
  type Random,
} from './generator.ts'

export interface DemoUnit {
  id: string
  unitCode: string
  provinceCode: string | null
}

/** Steps that move a case forward are taken more often than refusals and withdrawals, as in practice. */
const weight = (t: Transition): number =>
  ['refuse', 'guide', 'forward', 'file', 'withdraw', 'terminate', 'sue', 'appeal'].includes(t.action) ? 1 : 6

function choose(random: Random, open: Transition[]): Transition | undefined {
  const total = open.reduce((sum, t) => sum + weight(t), 0)
  let r = random() * total
  for (const t of open) if ((r -= weight(t)) < 0) return t
  return open.at(-1)
}

const toRows = async <T>(items: T[], size: number, insert: (batch: T[]) => Promise<unknown>) => {
  for (let i = 0; i < items.length; i += size) await insert(items.slice(i, i + size))
}

/**
 * A few hundred demo cases per run, generated deterministically (seed 6) by walking the lifecycles from
 * intake, with due dates from the rule book as the commands compute them. Skipped when the demo units
 * already have cases. Inserted in batches, with one audit entry per unit.
 */
export async function loadDemoCases(
  db: Database,
  deps: CaseDeps,
  units: DemoUnit[],
  perUnit = 100,
): Promise<number> {
  const ids = units.map((u) => u.id)
  const [existing] = await db.db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(inArray(cases.organizationId, ids))
  if ((existing?.n ?? 0) > 0) return 0
  const handlers = await db.db
    .select({ id: users.id, organizationId: users.organizationId })
    .from(users)
    .where(and(inArray(users.organizationId, ids), sql`'handler' = any(${users.roles})`))
  const random = prng(6)
  const today = vietnamToday()
  const caseRows: (typeof cases.$inferInsert)[] = []
  const citizenRows: (typeof caseCitizens.$inferInsert)[] = []
  const eventRows: (typeof caseEvents.$inferInsert)[] = []

  for (const unit of units)
    for (let n = 0; n < perUnit; n++) {
      const kind = sampleKind(random)
      const anonymous = kind === 'denunciation' && random() < 0.1
      const instance = kind === 'complaint' ? (random() < 0.15 ? 'second' : 'first') : null
      const lifecycle = lifecycleFor(kind, instance, anonymous)
      const complexity =
        kind === 'denunciation' || kind === 'complaint'
          ? pick(random, ['normal', 'normal', 'normal', 'complex', 'especially_complex'] as const)
          : 'normal'
      const remote = unit.unitCode === '04930' && random() < 0.3
      const options = { complex: complexity !== 'normal', remote, province: unit.provinceCode }
      const receivedOn = shiftIsoDate(today, -between(random, 0, 200))
      const receivedAt = new Date(
        `${receivedOn}T${String(between(random, 7, 16)).padStart(2, '0')}:${String(between(random, 0, 59)).padStart(2, '0')}:00+07:00`,
      )
      const protect = kind === 'denunciation' && !anonymous
      const people = anonymous ? [] : [sampleCitizen(random, unit.unitCode)]
      const citizens = people.map((p, i) =>
        citizenRow(deps.secretKey, p, i, protect, kind, unit.provinceCode),
      )
      const content = sampleContent(random, kind)
      const id = newId()
      const intakeDue = await dueDate(db, lifecycle.intakeClock, receivedOn, options)
      const row: typeof cases.$inferInsert = {
        id,
        trackingCode: newTrackingCode(),
        kind,
        instance,
        lifecycleId: lifecycle.id,
        status: lifecycle.initial,
        version: 1,
        channel: pick(random, [
          'in_person',
          'in_person',
          'post',
          'portal',
          'hotline',
          'email',
          'forwarded',
        ] as const),
        receivedAt,
        receivedOn,
        organizationId: unit.id,
        provinceCode: unit.provinceCode,
        ...content,
        citizenDisplay: citizenDisplay(citizens[0], 0, anonymous),
        anonymous,
        protectIdentity: protect,
        complexity,
        remote,
        letterId: newId(),
        clockKey: lifecycle.intakeClock,
        clockStart: receivedOn,
        dueDate: intakeDue.due,
        dueRuleKey: intakeDue.ruleKey,
        extensionCount: 0,
      }
      // Sent on the portal: consent recorded then, and the citizen let the answer be published (issue 9).
      if (row.channel === 'portal') Object.assign(row, { consentedAt: receivedAt, publishConsent: true })
      if (row.channel === 'forwarded')
        Object.assign(row, {
          forwardedBy: 'Văn phòng Đoàn ĐBQH và HĐND thành phố Hà Nội',
          forwardedLetterNumber: `${between(random, 10, 999)}/CV-VP`,
          forwardedLetterDate: shiftIsoDate(receivedOn, -3),
        })
      citizenRows.push(...citizens.map((c) => ({ ...c, id: newId(), caseId: id })))
      const event = (action: string, from: string | null, stepDate: string, body: Record<string, unknown>) =>
        eventRows.push({
          id: newId(),
          caseId: id,
          provinceCode: unit.provinceCode,
          action,
          fromStatus: from,
          toStatus: row.status ?? '',
          actorId: null,
          actorName: 'Dữ liệu mẫu',
          at: new Date(`${stepDate}T10:00:00+07:00`),
          stepDate,
          body,
          dueDate: row.dueDate ?? null,
          dueRuleKey: row.dueRuleKey ?? null,
        })
      event('intake', null, receivedOn, { channel: row.channel })

      let stepDate = receivedOn
      const steps = between(random, 0, 9)
      const handler = handlers.find((h) => h.organizationId === unit.id)
      for (let s = 0; s < steps; s++) {
        const open = allowedActions(lifecycle, row.status ?? '').filter(
          (t) =>
            (t.action !== 'assign' || handler) &&
            (t.action !== 'extend' ||
              (complexity !== 'normal' && (row.extensionCount ?? 0) < (complexity === 'complex' ? 1 : 2))),
        )
        const t = choose(random, open)
        const next = shiftIsoDate(stepDate, between(random, 1, 12))
        if (!t || next > today) break
        stepDate = next
        const body: Record<string, unknown> = sampleStepBody(random, t.required, stepDate)
        if (t.action === 'assign' && handler) {
          body.assigneeId = handler.id
          row.assigneeId = handler.id
        }
        if (t.action === 'answer')
          Object.assign(row, {
            publicAnswer: body.answer,
            answeredAt: new Date(`${stepDate}T15:00:00+07:00`),
          })
        if (t.action === 'extend') row.extensionCount = (row.extensionCount ?? 0) + 1
        if (t.clock?.start) {
          const start = t.action === 'extend' && row.dueDate ? row.dueDate : stepDate
          const due = await dueDate(db, t.clock.start, start, options)
          Object.assign(row, {
            clockKey: t.clock.start,
            clockStart: start,
            dueDate: due.due,
            dueRuleKey: due.ruleKey,
          })
        } else if (t.clock?.stop)
          Object.assign(row, { clockKey: null, clockStart: null, dueDate: null, dueRuleKey: null })
        const from = row.status ?? null
        row.status = t.to
        row.version = (row.version ?? 1) + 1
        event(t.action, from, stepDate, body)
      }
      caseRows.push(row)
    }

  await db.transaction(async (tx) => {
    await toRows(caseRows, 200, (b) => tx.insert(cases).values(b))
    await toRows(citizenRows, 500, (b) => tx.insert(caseCitizens).values(b))
    await toRows(eventRows, 500, (b) => tx.insert(caseEvents).values(b))
    for (const unit of units)
      await recordAudit(tx, {
        actor: { id: null, name: 'Dữ liệu mẫu' },
        action: 'case.demo_loaded',
        entityType: 'organization',
        entityId: unit.id,
        organizationId: unit.id,
        provinceCode: unit.provinceCode,
        summary: { cases: caseRows.filter((c) => c.organizationId === unit.id).length },
        requestId: null,
      })
  })
  return caseRows.length
}
