import type { Permission } from '../../platform/access/permissions.ts'

/**
 * Đăng ký thi đua — declared lifecycle: registered at the start of the year → self-assessed at year end
 * against each target → reviewed by the emulation council and the mobilization board → commended or not.
 * Giao ước thi đua — signed → assessed at year end against each criterion.
 */
export const registrationStatuses = [
  'registered',
  'self_assessed',
  'reviewed',
  'commended',
  'not_commended',
] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]

export const pactStatuses = ['signed', 'assessed'] as const
export type PactStatus = (typeof pactStatuses)[number]

export interface Transition<S extends string> {
  action: string
  from: readonly S[]
  to: S
  permission: Permission
  required: readonly string[]
}

export const registrationTransitions: readonly Transition<RegistrationStatus>[] = [
  {
    action: 'self_assess',
    from: ['registered'],
    to: 'self_assessed',
    permission: 'emulation.manage',
    required: ['results'],
  },
  {
    action: 'review',
    from: ['self_assessed'],
    to: 'reviewed',
    permission: 'emulation.review',
    required: ['councilOpinion', 'boardOpinion', 'proposal'],
  },
  {
    action: 'commend',
    from: ['reviewed'],
    to: 'commended',
    permission: 'emulation.review',
    required: ['commendationTitle', 'awardedBy', 'decisionNumber', 'decidedOn'],
  },
  {
    action: 'not_commend',
    from: ['reviewed'],
    to: 'not_commended',
    permission: 'emulation.review',
    required: ['reason'],
  },
]

export const pactTransitions: readonly Transition<PactStatus>[] = [
  {
    action: 'assess',
    from: ['signed'],
    to: 'assessed',
    permission: 'emulation.manage',
    required: ['results'],
  },
]

export function allowedActions<S extends string>(
  transitions: readonly Transition<S>[],
  status: string,
): string[] {
  return transitions.filter((t) => (t.from as readonly string[]).includes(status)).map((t) => t.action)
}

export function findTransition<S extends string>(
  transitions: readonly Transition<S>[],
  status: string,
  action: string,
): Transition<S> | undefined {
  return transitions.find((t) => t.action === action && (t.from as readonly string[]).includes(status))
}
