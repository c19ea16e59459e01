import { useQuery } from '@tanstack/react-query'
import { apiRequest } from '../../api/client'

export interface ModelItem {
  id: string
  kind: string
  kindLabel: string
  organizationName: string
  unitCode: string | null
  unitName: string | null
  fieldCode: string
  fieldLabel: string
  title: string
  personName: string | null
  personPosition: string | null
  goal: string
  mobilisation: string
  results: { label: string; value: number; unit?: string }[]
  resultsText: string | null
  periodFrom: string
  periodTo: string | null
  status: string
  statusLabel: string
  currentLevel: string | null
  levelLabel: string | null
  recognisedOn: string | null
  version: number
  allowedActions: { action: string; label: string }[]
  /** The caller may correct it (a draft or a returned model). */
  editable: boolean
}

export interface ModelView extends ModelItem {
  recognitions: {
    id: string
    level: string
    levelLabel: string
    decidingBody: string
    decisionNumber: string
    decidedOn: string
  }[]
  awards: {
    id: string
    form: string
    formLabel: string
    awardedBy: string
    decisionNumber: string
    awardedOn: string
  }[]
  history: { action: string; actionLabel: string; toStatus: string; actorName: string; at: string }[]
  attachments: { id: string; fileName: string; size: number; createdAt: string }[]
  /** Levels above the current one at which the caller's organization records a recognition. */
  recordableLevels: string[]
}

export interface ModelField {
  code: string
  label: string
  active: boolean
}

export function useModelFields() {
  return useQuery({
    queryKey: ['models', 'fields'],
    queryFn: () => apiRequest<{ items: ModelField[] }>('/api/models/fields'),
    staleTime: 5 * 60_000,
    select: (d) => d.items,
  })
}
