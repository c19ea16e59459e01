import type { Role } from '../../../platform/access/permissions.ts'

/** Khiếu nại, tố cáo, kiến nghị, phản ánh. */
export const caseKinds = ['complaint', 'denunciation', 'petition', 'feedback'] as const
export type CaseKind = (typeof caseKinds)[number]

/** Lần đầu / lần hai — only complaints have a second instance. */
export type Instance = 'first' | 'second'

/** Official documents a step produces (rendered by the documents module later). */
export type DocumentKind =
  | 'acceptance_notice'
  | 'refusal_notice'
  | 'guidance_letter'
  | 'forwarding_letter'
  | 'suspension_decision'
  | 'resumption_decision'
  | 'termination_decision'
  | 'extension_decision'
  | 'complaint_decision'
  | 'denunciation_conclusion'
  | 'petition_answer'
  | 'thank_you_letter'

/**
 * What a transition does to the legal clock. `start` names a rule-book key whose period starts on the day
 * of the step (judged by the rule in force that day); `stop` ends the running clock (suspension, final).
 */
export interface ClockEffect {
  start?: string
  stop?: boolean
}

export interface Transition {
  from: readonly string[]
  action: string
  to: string
  /** Who may take the step. */
  roles: readonly Role[]
  /** Body fields the step must carry (decision number, date, legal basis…). */
  required: readonly string[]
  document?: DocumentKind
  clock?: ClockEffect
  /** The law behind the step. */
  source: string
}

export interface StateInfo {
  terminal?: boolean
}

export interface Lifecycle {
  id: string
  kind: CaseKind
  instance: Instance | null
  initial: string
  /** The rule-book key whose clock runs from receipt. */
  intakeClock: string
  states: Record<string, StateInfo>
  transitions: readonly Transition[]
}
