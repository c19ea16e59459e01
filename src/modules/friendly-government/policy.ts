import { authorize, can, covers, type Actor } from '../../platform/access/actor.ts'
import { forbidden } from '../../platform/errors.ts'
import { messages } from './messages.ts'
import { findEvaluationTransition, evaluationTransitions, type EvaluationAction } from './lifecycle.ts'

/**
 * The level above: the reviewer's organization is an ancestor of the evaluated one, never the evaluated
 * organization itself (a commune does not rate itself). A system administrator is above everyone.
 */
export const isAbove = (actor: Actor, organizationPath: string): boolean =>
  actor.global || (covers(actor, organizationPath) && organizationPath !== actor.organizationPath)

/** The unit itself fills in and submits its self-assessment (a system administrator may act for it). */
export const isSelf = (actor: Actor, organizationPath: string): boolean =>
  actor.global || actor.organizationPath === organizationPath

/** Throws unless the actor may act as the evaluated unit: friendly.assess, at that very organization. */
export function assertAssessor(actor: Actor, organizationPath: string): void {
  authorize(actor, 'friendly.assess', { organizationPath })
  if (!isSelf(actor, organizationPath)) throw forbidden(messages.assessorNotSelf)
}

/** May this actor take the step on an evaluation of the organization at `organizationPath`? */
export function mayTake(actor: Actor, action: EvaluationAction, organizationPath: string): boolean {
  const t = evaluationTransitions.find((x) => x.action === action)
  if (!t) return false
  if (t.who === 'assessor') return can(actor, 'friendly.assess') && isSelf(actor, organizationPath)
  return can(actor, 'friendly.rate') && isAbove(actor, organizationPath)
}

/** The steps this actor can take now: allowed by the state and by who the actor is. */
export function availableActions(actor: Actor, status: string, organizationPath: string): EvaluationAction[] {
  return evaluationTransitions
    .filter((t) => findEvaluationTransition(status, t.action) && mayTake(actor, t.action, organizationPath))
    .map((t) => t.action)
}
