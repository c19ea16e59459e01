/**
 * An enterprise in the register: followed (`active`, it must hold its workers' conference and counts in
 * the coverage) or no longer followed (`inactive`: dissolved, moved away, merged — with the reason). It is
 * never deleted: its conferences keep pointing at it. Anything else is INVALID_TRANSITION.
 */
export const enterpriseStatuses = ['active', 'inactive'] as const
export type EnterpriseStatus = (typeof enterpriseStatuses)[number]
export const enterpriseActions = ['deactivate', 'reactivate'] as const
export type EnterpriseAction = (typeof enterpriseActions)[number]

export interface EnterpriseTransition {
  action: EnterpriseAction
  from: readonly EnterpriseStatus[]
  to: EnterpriseStatus
  required: readonly string[]
}

export const enterpriseTransitions: readonly EnterpriseTransition[] = [
  { action: 'deactivate', from: ['active'], to: 'inactive', required: ['reason'] },
  { action: 'reactivate', from: ['inactive'], to: 'active', required: [] },
]

export const allowedEnterpriseActions = (status: string): EnterpriseAction[] =>
  enterpriseTransitions.filter((t) => (t.from as readonly string[]).includes(status)).map((t) => t.action)

export const findEnterpriseTransition = (status: string, action: string): EnterpriseTransition | undefined =>
  enterpriseTransitions.find((t) => t.action === action && (t.from as readonly string[]).includes(status))
