/**
 * Đánh giá "Chính quyền thân thiện" — a declared state machine. The unit fills its scores in `draft`
 * (or `returned`), submits them; the level above returns them with a comment or rates them. Anything else
 * is INVALID_TRANSITION with the allowed actions. `who` says which side may take the step: the evaluated
 * unit (`assessor`, permission friendly.assess) or the level above it (`reviewer`, friendly.rate).
 */
export const evaluationStatuses = ['draft', 'submitted', 'returned', 'rated'] as const
export type EvaluationStatus = (typeof evaluationStatuses)[number]
export const evaluationActions = ['submit', 'return', 'rate', 'reopen'] as const
export type EvaluationAction = (typeof evaluationActions)[number]

export interface EvaluationTransition {
  action: EvaluationAction
  from: readonly EvaluationStatus[]
  to: EvaluationStatus
  who: 'assessor' | 'reviewer'
  /** Body fields the step needs. */
  required: readonly string[]
}

export const evaluationTransitions: readonly EvaluationTransition[] = [
  { action: 'submit', from: ['draft', 'returned'], to: 'submitted', who: 'assessor', required: [] },
  { action: 'return', from: ['submitted'], to: 'returned', who: 'reviewer', required: ['comment'] },
  { action: 'rate', from: ['submitted'], to: 'rated', who: 'reviewer', required: ['comment'] },
  /** A rating found wrong is reopened by the level above, with the reason, and rated again. */
  { action: 'reopen', from: ['rated'], to: 'submitted', who: 'reviewer', required: ['comment'] },
]

/** States in which the unit may still change its own scores and evidence. */
export const editableStatuses: readonly EvaluationStatus[] = ['draft', 'returned']

export function allowedEvaluationActions(status: string): EvaluationAction[] {
  return evaluationTransitions
    .filter((t) => (t.from as readonly string[]).includes(status))
    .map((t) => t.action)
}

export function findEvaluationTransition(status: string, action: string): EvaluationTransition | undefined {
  return evaluationTransitions.find(
    (t) => t.action === action && (t.from as readonly string[]).includes(status),
  )
}
