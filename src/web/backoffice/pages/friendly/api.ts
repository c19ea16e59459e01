import { useQuery } from '@tanstack/react-query'
import { apiRequest } from '../../api/client'

export interface Criterion {
  code: string
  group: string
  text: string
  maxPoints: number
  evidenceTypes: string[]
  evidenceLabels: string[]
  source: string
}

export interface CriteriaSet {
  id: string
  code: string
  name: string
  issuer: string
  effectiveFrom: string
  effectiveTo: string | null
  isExample: boolean
  note: string | null
  maxTotal: number
  criteria: Criterion[]
  thresholds: { rating: string; minScore: number; label: string }[]
}

export interface EvaluationItem {
  id: string
  organizationId: string
  organizationName: string
  year: number
  status: string
  statusLabel: string
  selfTotal: number | null
  finalTotal: number | null
  rating: string | null
  ratingLabel: string | null
  version: number
  availableActions: string[]
}

export interface ScoreView {
  criterion: string
  group: string | null
  text: string | null
  maxPoints: number | null
  selfScore: number | null
  evidence: string | null
  links: string[]
  files: { id: string; fileName: string }[]
  reviewedScore: number | null
  reviewNote: string | null
  source: string | null
}

export interface EvaluationView extends EvaluationItem {
  selfSummary: string | null
  reviewComment: string | null
  reviewerName: string | null
  criteriaSet: CriteriaSet
  scores: ScoreView[]
  editable: boolean
  allowedActions: string[]
  history: { action: string; actionLabel: string; actorName: string; at: string; comment: string | null }[]
}

export function useEvaluation(id: string) {
  return useQuery({
    queryKey: ['friendly', 'evaluation', id],
    queryFn: () => apiRequest<EvaluationView>(`/api/friendly-government/evaluations/${id}`),
  })
}

/** The rating a total earns under a set's thresholds (the same rule as the server's). */
export function ratingFor(total: number, thresholds: CriteriaSet['thresholds']): string {
  const sorted = [...thresholds].sort((a, b) => b.minScore - a.minScore)
  return sorted.find((t) => total >= t.minScore)?.label ?? '—'
}

export const ratingColors: Record<string, string> = {
  good: 'green',
  fair: 'blue',
  average: 'orange',
  not_met: 'red',
}
