/**
 * Cam kết / kiến nghị — a small declared state machine. Each action names the states it starts from,
 * where it leads and the body fields it needs; everything else is INVALID_TRANSITION with the allowed
 * actions. A recommendation (supervision, social criticism) is completed by the supervised body's written
 * response (legal-facts §8), so `complete` needs its reference there.
 */
export const commitmentStatuses = ['open', 'extended', 'done', 'cancelled'] as const
export type CommitmentStatus = (typeof commitmentStatuses)[number]
export const commitmentActions = ['complete', 'extend', 'cancel', 'reopen'] as const
export type CommitmentAction = (typeof commitmentActions)[number]

export interface CommitmentTransition {
  action: CommitmentAction
  from: readonly CommitmentStatus[]
  to: CommitmentStatus
  /** Fields the body must carry; `responseReference` only for recommendations. */
  required: readonly string[]
}

export const commitmentTransitions: readonly CommitmentTransition[] = [
  { action: 'complete', from: ['open', 'extended'], to: 'done', required: ['result'] },
  { action: 'extend', from: ['open', 'extended'], to: 'extended', required: ['reason'] },
  { action: 'cancel', from: ['open', 'extended'], to: 'cancelled', required: ['reason'] },
  { action: 'reopen', from: ['done', 'cancelled'], to: 'open', required: ['reason'] },
]

export const isOpenStatus = (status: string): boolean => status === 'open' || status === 'extended'

export function allowedCommitmentActions(status: string): CommitmentAction[] {
  return commitmentTransitions
    .filter((t) => (t.from as readonly string[]).includes(status))
    .map((t) => t.action)
}

export function findTransition(status: string, action: string): CommitmentTransition | undefined {
  return commitmentTransitions.find(
    (t) => t.action === action && (t.from as readonly string[]).includes(status),
  )
}

export function requiredFields(transition: CommitmentTransition, kind: string): string[] {
  return transition.action === 'complete' && kind === 'recommendation'
    ? [...transition.required, 'responseReference']
    : [...transition.required]
}
