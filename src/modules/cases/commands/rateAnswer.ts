import { and, eq, isNull } from 'drizzle-orm'
import { systemActor } from '../../../platform/access/actor.ts'
import { recordAudit } from '../../../platform/audit/audit.ts'
import type { Database } from '../../../platform/db/database.ts'
import { newId } from '../../../platform/db/ids.ts'
import { AppError, conflict, notFound } from '../../../platform/errors.ts'
import { cases } from '../cases.schema.ts'
import { findCaseByTrackingCode, insertEvent } from '../cases.repo.ts'
import { vietnamToday } from '../cases.present.ts'
import { messages } from '../messages.ts'
import { normalizeTrackingCode } from '../tracking-code.ts'

/** The citizen rates the written answer once, 1–5 with an optional comment (issue 6, "Answers and thanks"). */
export async function rateAnswer(
  db: Database,
  trackingCode: string,
  input: { rating: number; comment?: string },
  requestId: string,
): Promise<void> {
  const code = normalizeTrackingCode(trackingCode)
  if (!code) throw notFound(messages.trackingNotFound)
  await db.transaction(async (tx) => {
    const found = await findCaseByTrackingCode(tx, code)
    if (!found) throw notFound(messages.trackingNotFound)
    const { row } = found
    if (!row.publicAnswer) throw new AppError('INVALID_TRANSITION', messages.notAnswered, [], { allowed: [] })
    const [rated] = await tx
      .update(cases)
      .set({ rating: input.rating, ratingComment: input.comment ?? null, ratedAt: new Date() })
      .where(and(eq(cases.id, row.id), isNull(cases.rating)))
      .returning({ id: cases.id })
    if (!rated) throw conflict(messages.alreadyRated)
    await insertEvent(tx, {
      id: newId(),
      caseId: row.id,
      provinceCode: row.provinceCode,
      action: 'rated',
      fromStatus: row.status,
      toStatus: row.status,
      actorId: null,
      actorName: 'Công dân',
      stepDate: vietnamToday(),
      body: { rating: input.rating },
    })
    const actor = systemActor('Cổng tra cứu công khai')
    await recordAudit(tx, {
      actor: { id: null, name: actor.fullName },
      action: 'case.rated',
      entityType: 'case',
      entityId: row.id,
      organizationId: row.organizationId,
      provinceCode: row.provinceCode,
      summary: { trackingCode: row.trackingCode, rating: input.rating },
      requestId,
    })
  })
}
