import type { Actor } from '../../platform/access/actor.ts'
import { daysBetween } from '../calendar/index.ts'
import type { ActivityRow, CommitmentEventRow, CommitmentRow } from './activities.repo.ts'
import { allowedCommitmentActions, isOpenStatus } from './commitment-lifecycle.ts'
import { kinds, type ActivityKind } from './kinds.ts'
import { commitmentStatusLabels, groupLabels, kindLabels, levelLabels } from './messages.ts'

export function presentCommitment(
  c: CommitmentRow,
  today: string,
  actor: Actor,
  activity?: { title: string; kind: string; startsOn: string },
) {
  const open = isOpenStatus(c.status)
  const daysLeft = daysBetween(today, c.dueDate)
  return {
    id: c.id,
    activityId: c.activityId,
    activityTitle: activity?.title ?? null,
    activityKind: activity?.kind ?? null,
    activityDate: activity?.startsOn ?? null,
    organizationId: c.organizationId,
    kind: c.kind,
    question: c.question,
    content: c.content,
    ownerOrganizationId: c.ownerOrganizationId,
    ownerUserId: c.ownerUserId,
    ownerName: c.ownerName,
    committedOn: c.committedOn,
    dueDate: c.dueDate,
    dueRuleKey: c.dueRuleKey,
    status: c.status,
    statusLabel: commitmentStatusLabels[c.status as keyof typeof commitmentStatusLabels] ?? c.status,
    overdue: open && daysLeft < 0,
    daysLeft: open ? daysLeft : null,
    extensionCount: c.extensionCount,
    completedOn: c.completedOn,
    result: c.result,
    responseReference: c.responseReference,
    published: c.published,
    version: c.version,
    allowedActions: actor.permissions.has('commitments.manage') ? allowedCommitmentActions(c.status) : [],
  }
}

export const presentCommitmentEvent = (e: CommitmentEventRow) => ({
  id: e.id,
  action: e.action,
  fromStatus: e.fromStatus,
  toStatus: e.toStatus,
  actorName: e.actorName,
  at: e.at.toISOString(),
  stepDate: e.stepDate,
  dueDate: e.dueDate,
  body: e.body as Record<string, unknown>,
})

export function presentActivityItem(a: ActivityRow, organizationName: string) {
  return {
    id: a.id,
    kind: a.kind,
    kindLabel: kindLabels[a.kind as ActivityKind] ?? a.kind,
    organizationId: a.organizationId,
    organizationName,
    level: a.level,
    levelLabel: levelLabels[a.level as keyof typeof levelLabels] ?? a.level,
    unitCode: a.adminUnitCode,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    startTime: a.startTime,
    status: a.status,
    title: a.title,
    place: a.place,
    participantsTotal: a.participantsTotal,
    published: a.published,
  }
}

export function presentActivity(
  a: ActivityRow,
  organizationName: string,
  participants: Record<string, number>,
  unit: { code: string; name: string; inForceToday: boolean } | null,
  commitmentViews: ReturnType<typeof presentCommitment>[],
) {
  const kind = kinds[a.kind as ActivityKind]
  return {
    ...presentActivityItem(a, organizationName),
    unit,
    details: a.details as Record<string, unknown>,
    participants,
    participantGroups: kind.groups.map((g) => ({ code: g, label: groupLabels[g] })),
    publicSummary: a.publicSummary,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    version: a.version,
    followUp: kind.followUp?.kind ?? null,
    commitments: commitmentViews,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  }
}
