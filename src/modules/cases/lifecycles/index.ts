import type { Role } from '../../../platform/access/permissions.ts'
import { AppError, validationFailed } from '../../../platform/errors.ts'
import { complaintFirst, complaintSecond } from './complaint.ts'
import { anonymousDenunciation, denunciation } from './denunciation.ts'
import { feedback, petition } from './petition.ts'
import { actionLabels, stateLabels } from './messages.ts'
import type { CaseKind, Instance, Lifecycle, Transition } from './types.ts'

export type { CaseKind, Instance, Lifecycle, Transition, DocumentKind, ClockEffect } from './types.ts'
export { caseKinds } from './types.ts'
export { actionLabels, stateLabels } from './messages.ts'

/** Every case lifecycle: the one declaration the API, the UI and the tests read. */
export const lifecycles: readonly Lifecycle[] = [
  complaintFirst,
  complaintSecond,
  denunciation,
  anonymousDenunciation,
  petition,
  feedback,
]

/** The lifecycle of a case; an anonymous denunciation has its own (Law on Denunciations Art. 25). */
export function lifecycleFor(kind: CaseKind, instance: Instance | null = null, anonymous = false): Lifecycle {
  const id =
    kind === 'complaint'
      ? `complaint.${instance ?? 'first'}`
      : kind === 'denunciation' && anonymous
        ? 'denunciation.anonymous'
        : kind
  const found = lifecycles.find((l) => l.id === id)
  if (!found) throw new Error(`no lifecycle ${id}`)
  return found
}

const mayTake = (t: Transition, roles: readonly Role[]): boolean =>
  roles.includes('system_admin') || t.roles.some((r) => roles.includes(r))

/** The actions open from a state; with `roles`, only those these roles may take. */
export function allowedActions(lifecycle: Lifecycle, state: string, roles?: readonly Role[]): Transition[] {
  return lifecycle.transitions.filter((t) => t.from.includes(state) && (!roles || mayTake(t, roles)))
}

/**
 * The transition an action takes from a state, checked before anything else about the request: an
 * action the machine does not allow here is INVALID_TRANSITION with the allowed actions; one the roles
 * may not take is FORBIDDEN; a missing required field is VALIDATION_FAILED naming it.
 */
export function planTransition(
  lifecycle: Lifecycle,
  state: string,
  action: string,
  roles: readonly Role[],
  body: Record<string, unknown> = {},
): Transition {
  const open = allowedActions(lifecycle, state)
  const transition = open.find((t) => t.action === action)
  if (!transition) {
    const allowed = open.map((t) => t.action)
    const where = stateLabels[state] ?? state
    const message = allowed.length
      ? `Không thể "${actionLabels[action] ?? action}" khi hồ sơ đang ở trạng thái "${where}". Các thao tác được phép: ${allowed.map((a) => actionLabels[a] ?? a).join(', ')}.`
      : `Hồ sơ đã kết thúc ở trạng thái "${where}"; không còn thao tác nào.`
    throw new AppError('INVALID_TRANSITION', message, [], { allowed })
  }
  if (!mayTake(transition, roles))
    throw new AppError('FORBIDDEN', 'Vai trò của bạn không được thực hiện thao tác này.')
  const missing = transition.required.filter(
    (field) => body[field] === undefined || body[field] === null || body[field] === '',
  )
  if (missing.length)
    throw validationFailed(missing.map((path) => ({ path, message: 'Trường này là bắt buộc.' })))
  return transition
}

export const lifecycleById = (id: string): Lifecycle => {
  const found = lifecycles.find((l) => l.id === id)
  if (!found) throw new Error(`no lifecycle ${id}`)
  return found
}

/** The published transition table (GET /api/cases/lifecycles). */
export const transitionTable = () =>
  lifecycles.map((l) => ({
    id: l.id,
    kind: l.kind,
    instance: l.instance,
    initial: l.initial,
    intakeClock: l.intakeClock,
    states: Object.entries(l.states).map(([code, info]) => ({
      code,
      label: stateLabels[code] ?? code,
      terminal: Boolean(info.terminal),
    })),
    transitions: l.transitions.flatMap((t) =>
      t.from.map((from) => ({
        from,
        action: t.action,
        label: actionLabels[t.action] ?? t.action,
        to: t.to,
        roles: [...t.roles],
        required: [...t.required],
        document: t.document ?? null,
        clockStarts: t.clock?.start ?? null,
        clockStops: Boolean(t.clock?.stop),
        source: t.source,
      })),
    ),
  }))
