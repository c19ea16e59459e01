import { useQuery } from '@tanstack/react-query'
import { apiRequest } from '../../api/client'

export interface KindInfo {
  code: string
  label: string
  groups: { code: string; label: string }[]
  followUp: { kind: 'commitment' | 'recommendation'; ruleKey: string } | null
}

export interface CommitmentView {
  id: string
  activityId: string
  activityTitle: string | null
  kind: 'commitment' | 'recommendation'
  question: string
  content: string
  ownerOrganizationId: string | null
  ownerName: string
  committedOn: string
  dueDate: string
  dueRuleKey: string | null
  status: string
  statusLabel: string
  overdue: boolean
  daysLeft: number | null
  extensionCount: number
  completedOn: string | null
  result: string | null
  responseReference: string | null
  version: number
  allowedActions: string[]
}

export interface ActivityItem {
  id: string
  kind: string
  kindLabel: string
  organizationName: string
  level: string
  levelLabel: string
  unitCode: string | null
  startsOn: string
  startTime: string | null
  status: string
  title: string
  place: string | null
  participantsTotal: number
}

export interface ActivityView extends ActivityItem {
  unit: { code: string; name: string; inForceToday: boolean } | null
  details: Record<string, unknown>
  participants: Record<string, number>
  participantGroups: { code: string; label: string }[]
  publicSummary: string | null
  published: boolean
  version: number
  followUp: 'commitment' | 'recommendation' | null
  commitments: CommitmentView[]
  checks: { ruleKey: string; ok: boolean; message: string; source: string }[]
  attachments: { id: string; fileName: string; size: number; createdAt: string }[]
}

export function useKinds() {
  return useQuery({
    queryKey: ['activities', 'kinds'],
    queryFn: () => apiRequest<{ items: KindInfo[] }>('/api/activities/kinds'),
    staleTime: Infinity,
    select: (d) => d.items,
  })
}

/** Nested get/set over `details` (paths like ['host', 'name'] or ['parties', 0]). */
export function getIn(target: unknown, path: (string | number)[]): unknown {
  let value: unknown = target
  for (const key of path) value = value == null ? undefined : (value as Record<string | number, unknown>)[key]
  return value
}

export function setIn(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value
    else {
      const next = path[i + 1]
      node[key] ??= typeof next === 'number' ? [] : {}
      node = node[key] as Record<string | number, unknown>
    }
  })
}
