/**
 * A recorded conference — a small declared state machine. A record entered wrongly is corrected (the
 * figures replaced and checked again against the rule, the old ones kept in its history) or withdrawn (a
 * conference recorded that did not take place, or twice): a withdrawn record is kept, shown as withdrawn
 * and no longer counted in the coverage. Both need a reason. Anything else is INVALID_TRANSITION.
 */
export const conferenceStates = ['recorded', 'withdrawn'] as const
export type ConferenceState = (typeof conferenceStates)[number]
export const conferenceActions = ['correct', 'withdraw'] as const
export type ConferenceAction = (typeof conferenceActions)[number]

export interface ConferenceTransition {
  action: ConferenceAction
  from: readonly ConferenceState[]
  to: ConferenceState
}

export const conferenceTransitions: readonly ConferenceTransition[] = [
  { action: 'correct', from: ['recorded'], to: 'recorded' },
  { action: 'withdraw', from: ['recorded'], to: 'withdrawn' },
]

export const allowedConferenceActions = (state: string): ConferenceAction[] =>
  conferenceTransitions.filter((t) => (t.from as readonly string[]).includes(state)).map((t) => t.action)

export const findConferenceTransition = (state: string, action: string): ConferenceTransition | undefined =>
  conferenceTransitions.find((t) => t.action === action && (t.from as readonly string[]).includes(state))
