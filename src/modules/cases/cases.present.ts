import type { z } from 'zod'
import type { Actor } from '../../platform/access/actor.ts'
import type { caseEventView, caseListItem, CaseView, citizenView } from '../../contracts/cases.ts'
import { daysBetween, vietnamDateOf } from '../calendar/index.ts'
import { actionLabels, allowedActions, lifecycleById, stateLabels } from './lifecycles/index.ts'
import type { CaseRow, CitizenRow, EventRow } from './cases.repo.ts'

/** Today in Vietnam: the day deadlines are judged against. */
export const vietnamToday = (): string => vietnamDateOf(Date.now())

export function deadlineOf(row: Pick<CaseRow, 'dueDate' | 'dueRuleKey'>, today = vietnamToday()) {
  if (!row.dueDate || !row.dueRuleKey) return null
  const daysLeft = daysBetween(today, row.dueDate)
  return { ruleKey: row.dueRuleKey, due: row.dueDate, daysLeft, overdue: daysLeft < 0 }
}

export function presentListItem(row: CaseRow, today = vietnamToday()): z.infer<typeof caseListItem> {
  return {
    id: row.id,
    trackingCode: row.trackingCode,
    kind: row.kind,
    instance: row.instance,
    status: row.status,
    statusLabel: stateLabels[row.status] ?? row.status,
    channel: row.channel,
    receivedAt: row.receivedAt.toISOString(),
    organizationId: row.organizationId,
    field: row.field,
    summary: row.summary,
    citizenName: row.citizenDisplay,
    anonymous: row.anonymous,
    protectIdentity: row.protectIdentity,
    assigneeId: row.assigneeId,
    version: row.version,
    deadline: deadlineOf(row, today),
  }
}

/** A citizen as officials see them: a protected identity shows only its label. */
export function presentCitizen(c: CitizenRow): z.infer<typeof citizenView> {
  if (c.sealed)
    return {
      displayName: c.displayName,
      protected: true,
      fullName: null,
      idNumber: null,
      phone: null,
      email: null,
      address: null,
    }
  return {
    displayName: c.displayName,
    protected: false,
    fullName: c.fullName,
    idNumber: c.idNumber,
    phone: c.phone,
    email: c.email,
    address: c.unitCode || c.addressDetail ? { unitCode: c.unitCode, detail: c.addressDetail } : null,
  }
}

export function presentCase(
  row: CaseRow,
  citizens: CitizenRow[],
  actor: Actor,
  attachments: CaseView['attachments'] = [],
): CaseView {
  const lifecycle = lifecycleById(row.lifecycleId)
  const mayHandle = actor.permissions.has('cases.handle')
  return {
    ...presentListItem(row),
    lifecycleId: row.lifecycleId,
    content: row.content,
    complexity: row.complexity,
    remote: row.remote,
    extensionCount: row.extensionCount,
    letterId: row.letterId,
    matterId: row.matterId,
    forwarded: row.forwardedBy
      ? {
          body: row.forwardedBy,
          letterNumber: row.forwardedLetterNumber,
          letterDate: row.forwardedLetterDate,
        }
      : null,
    citizens: citizens.map(presentCitizen),
    allowedActions: mayHandle
      ? allowedActions(lifecycle, row.status, actor.roles).map((t) => ({
          action: t.action,
          label: actionLabels[t.action] ?? t.action,
          to: t.to,
          required: [...t.required],
        }))
      : [],
    publicAnswer: row.publicAnswer,
    rating: row.rating,
    ratingComment: row.ratingComment,
    attachments,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export const presentEvent = (e: EventRow): z.infer<typeof caseEventView> => ({
  id: e.id,
  action: e.action,
  label: actionLabels[e.action] ?? eventLabels[e.action] ?? e.action,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  actorName: e.actorName,
  at: e.at.toISOString(),
  stepDate: e.stepDate,
  body: (e.body ?? {}) as Record<string, unknown>,
  dueDate: e.dueDate,
  dueRuleKey: e.dueRuleKey,
})

/** Timeline entries that are not lifecycle actions. */
export const eventLabels: Record<string, string> = {
  intake: 'Tiếp nhận đơn',
  deadline_recomputed: 'Tính lại thời hạn do thay đổi lịch nghỉ',
  rated: 'Công dân đánh giá câu trả lời',
}
