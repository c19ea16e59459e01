import { and, desc, eq, sql, type SQL } from 'drizzle-orm'
import { authorize, scopeOf, type Actor } from '../../platform/access/actor.ts'
import { recordAudit } from '../../platform/audit/audit.ts'
import { auditActor, type Context } from '../../platform/context.ts'
import { rows, type Database, newestFirst } from '../../platform/db/database.ts'
import { newId } from '../../platform/db/ids.ts'
import { AppError, validationFailed } from '../../platform/errors.ts'
import { cursorKey, pageOf } from '../../platform/http/pagination.ts'
import type { HotlineCallInput } from '../../contracts/hotline.ts'
import { caseCitizens, cases, intakeCase, stateLabels, type CaseDeps } from '../cases/index.ts'
import { findOrganization } from '../organizations/index.ts'
import { hotlineCalls } from './hotline.schema.ts'

type CallRow = typeof hotlineCalls.$inferSelect
const digits = (phone: string) => phone.replace(/\D/g, '').slice(-9)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const present = (r: CallRow, trackingCode: string | null = null) => ({
  id: r.id,
  organizationId: r.organizationId,
  callerNumber: r.callerNumber,
  callerName: r.callerName,
  calledAt: r.calledAt.toISOString(),
  summary: r.summary,
  kind: r.kind,
  field: r.field,
  outcome: r.outcome,
  answer: r.answer,
  caseId: r.caseId,
  trackingCode,
  operatorName: r.operatorName,
})

/**
 * Ghi nhận cuộc gọi đường dây nóng. The call is logged first (never lost); with outcome `case` it is then
 * taken in as a case through the ordinary intake (channel `hotline`, the caller's number as the phone) and
 * the call is linked to it.
 */
export async function logCall(ctx: Context, deps: CaseDeps, input: HotlineCallInput) {
  authorize(ctx.actor, 'hotline.log')
  const organizationId = ctx.actor.organizationId
  if (!organizationId) throw new AppError('FORBIDDEN', 'Tài khoản chưa thuộc đơn vị nào.')
  const organization = await findOrganization(ctx.db.db, organizationId)
  if (!organization) throw validationFailed([{ path: 'organization', message: 'Đơn vị không tồn tại.' }])
  const id = newId()
  const call = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(hotlineCalls)
      .values({
        id,
        organizationId,
        provinceCode: organization.provinceCode,
        callerNumber: input.callerNumber,
        callerName: input.callerName ?? null,
        calledAt: new Date(input.calledAt),
        summary: input.summary,
        kind: input.kind,
        field: input.field,
        outcome: input.outcome === 'case' ? 'pending' : input.outcome,
        answer: input.answer ?? null,
        operatorId: ctx.actor.userId,
        operatorName: ctx.actor.fullName,
      })
      .returning()
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'hotline.call_logged',
      entityType: 'hotline_call',
      entityId: id,
      organizationId,
      provinceCode: organization.provinceCode,
      summary: { kind: input.kind, outcome: input.outcome },
      requestId: ctx.requestId,
    })
    return row as CallRow
  })
  if (input.outcome !== 'case' || input.kind === 'inquiry') return present(call)
  const kind = input.kind
  const { row, dueDates } = await intakeCase(ctx, deps, {
    kind,
    channel: 'hotline',
    receivedAt: input.calledAt,
    summary: input.summary.slice(0, 500),
    content: `Cuộc gọi đường dây nóng từ số ${input.callerNumber}: ${input.summary}`,
    field: input.field,
    anonymous: input.anonymous ?? false,
    ...(input.anonymous
      ? {}
      : {
          citizen: {
            ...input.citizen,
            fullName: (input.citizen?.fullName ?? input.callerName) as string,
            phone: input.citizen?.phone ?? input.callerNumber,
          },
        }),
  })
  const linked = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(hotlineCalls)
      .set({ outcome: 'case', caseId: row.id })
      .where(eq(hotlineCalls.id, id))
      .returning()
    await recordAudit(tx, {
      actor: auditActor(ctx),
      action: 'hotline.call_to_case',
      entityType: 'hotline_call',
      entityId: id,
      organizationId,
      provinceCode: organization.provinceCode,
      summary: { trackingCode: row.trackingCode },
      requestId: ctx.requestId,
    })
    return updated as CallRow
  })
  return { ...present(linked, row.trackingCode), dueDates }
}

export async function listCalls(
  db: Database,
  actor: Actor,
  q: { phone?: string; from?: string; to?: string; cursor?: string; limit: number },
) {
  authorize(actor, 'hotline.read')
  const where: SQL[] = [scopeOf(actor, hotlineCalls.organizationId)]
  if (q.phone && digits(q.phone).length >= 3)
    where.push(
      sql`regexp_replace(${hotlineCalls.callerNumber}, '[^0-9]', '', 'g') like ${'%' + digits(q.phone) + '%'}`,
    )
  if (q.from) where.push(sql`(${hotlineCalls.calledAt} at time zone 'Asia/Ho_Chi_Minh')::date >= ${q.from}`)
  if (q.to) where.push(sql`(${hotlineCalls.calledAt} at time zone 'Asia/Ho_Chi_Minh')::date <= ${q.to}`)
  const key = cursorKey(q.cursor)
  if (key) {
    const [at, id] = key.split('|')
    if (!id || !UUID.test(id) || Number.isNaN(new Date(at ?? '').getTime()))
      throw validationFailed([{ path: 'cursor', message: 'Con trỏ phân trang không hợp lệ.' }])
    where.push(sql`(${hotlineCalls.calledAt}, ${hotlineCalls.id}) < (${at}::timestamptz, ${id}::uuid)`)
  }
  const found = await db.db
    .select({ call: hotlineCalls, trackingCode: cases.trackingCode })
    .from(hotlineCalls)
    .leftJoin(cases, eq(cases.id, hotlineCalls.caseId))
    .where(and(...where))
    .orderBy(newestFirst(hotlineCalls.calledAt), newestFirst(hotlineCalls.id))
    .limit(q.limit + 1)
  const page = pageOf(found, q.limit, (r) => `${r.call.calledAt.toISOString()}|${r.call.id}`)
  return { items: page.rows.map((r) => present(r.call, r.trackingCode)), nextCursor: page.nextCursor }
}

/** Hồ sơ trước đây của người gọi: the cases in scope whose citizen has this phone number. */
export async function casesByPhone(db: Database, actor: Actor, phone: string) {
  authorize(actor, 'hotline.read')
  authorize(actor, 'cases.read')
  if (digits(phone).length < 8)
    throw validationFailed([{ path: 'phone', message: 'Số điện thoại cần ít nhất 8 chữ số.' }])
  const found = await db.db
    .selectDistinct({
      id: cases.id,
      trackingCode: cases.trackingCode,
      kind: cases.kind,
      status: cases.status,
      summary: cases.summary,
      receivedAt: cases.receivedAt,
      citizenName: cases.citizenDisplay,
    })
    .from(caseCitizens)
    .innerJoin(cases, eq(cases.id, caseCitizens.caseId))
    .where(
      and(
        scopeOf(actor, cases.organizationId),
        sql`${caseCitizens.phone} is not null`,
        sql`right(regexp_replace(${caseCitizens.phone}, '[^0-9]', '', 'g'), 9) = ${digits(phone)}`,
      ),
    )
    .orderBy(desc(cases.receivedAt))
    .limit(50)
  return {
    items: found.map((c) => ({
      ...c,
      statusLabel: stateLabels[c.status] ?? c.status,
      receivedAt: c.receivedAt.toISOString(),
    })),
    nextCursor: null,
  }
}

/** Số cuộc gọi theo kỳ (ngày, tuần, tháng theo giờ Việt Nam), tách theo kết quả. */
export async function callCounts(
  db: Database,
  actor: Actor,
  q: { period: 'day' | 'week' | 'month'; from: string; to: string },
) {
  authorize(actor, 'hotline.read')
  if (q.from > q.to) throw validationFailed([{ path: 'to', message: 'Ngày kết thúc phải sau ngày bắt đầu.' }])
  const local = sql`(${hotlineCalls.calledAt} at time zone 'Asia/Ho_Chi_Minh')`
  const bucket = sql`to_char(date_trunc(${q.period}, ${local}), 'YYYY-MM-DD')`
  const found = await rows<{
    period: string
    total: number
    answered: number
    cases: number
    pending: number
  }>(
    db.db,
    sql`select ${bucket} as period, count(*)::int as total,
               count(*) filter (where ${hotlineCalls.outcome} = 'answered')::int as answered,
               count(*) filter (where ${hotlineCalls.outcome} = 'case')::int as cases,
               count(*) filter (where ${hotlineCalls.outcome} = 'pending')::int as pending
          from ${hotlineCalls}
         where ${scopeOf(actor, hotlineCalls.organizationId)}
           and ${local}::date between ${q.from} and ${q.to}
         group by 1 order by 1`,
  )
  return { items: found, nextCursor: null }
}
