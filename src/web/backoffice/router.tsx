// A tiny history-based router: the app is served under /app and has a handful of flat routes.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react'

export const BASE_PATH = '/app'

export const routes = {
  home: `${BASE_PATH}`,
  login: `${BASE_PATH}/login`,
  users: `${BASE_PATH}/users`,
  organizations: `${BASE_PATH}/organizations`,
  audit: `${BASE_PATH}/audit`,
  tokens: `${BASE_PATH}/tokens`,
  profile: `${BASE_PATH}/profile`,
  calendar: `${BASE_PATH}/calendar`,
  deadline: `${BASE_PATH}/deadline`,
  rules: `${BASE_PATH}/rules`,
  adminUnits: `${BASE_PATH}/admin-units`,
  localUnits: `${BASE_PATH}/local-units`,
  cases: `${BASE_PATH}/cases`,
  caseNew: `${BASE_PATH}/cases/new`,
  receptionDesk: `${BASE_PATH}/reception/desk`,
  receptionVisits: `${BASE_PATH}/reception/visits`,
  receptionSchedules: `${BASE_PATH}/reception/schedules`,
  activities: `${BASE_PATH}/activities`,
  activityNew: `${BASE_PATH}/activities/new`,
  activitySummary: `${BASE_PATH}/activities/summary`,
  commitments: `${BASE_PATH}/commitments`,
  search: `${BASE_PATH}/search`,
  hotline: `${BASE_PATH}/hotline`,
  mail: `${BASE_PATH}/mail`,
  documentTemplates: `${BASE_PATH}/document-templates`,
  models: `${BASE_PATH}/models`,
  modelNew: `${BASE_PATH}/models/new`,
  modelSummary: `${BASE_PATH}/models/summary`,
  emulationRegistrations: `${BASE_PATH}/emulation/registrations`,
  emulationPacts: `${BASE_PATH}/emulation/pacts`,
  friendlyEvaluations: `${BASE_PATH}/friendly/evaluations`,
  friendlySummary: `${BASE_PATH}/friendly/summary`,
  democracyConferences: `${BASE_PATH}/democracy/conferences`,
  democracyCoverage: `${BASE_PATH}/democracy/coverage`,
  democracyRules: `${BASE_PATH}/democracy/rules`,
  democracyEnterprises: `${BASE_PATH}/democracy/enterprises`,
} as const

/** `/app/friendly/evaluations/<uuid>` → the evaluation id. */
export function evaluationIdOf(path: string): string | null {
  const match = /^\/app\/friendly\/evaluations\/([0-9a-f-]{36})$/.exec(path)
  return match?.[1] ?? null
}

/** `/app/activities/<uuid>` → the activity id. */
export function activityIdOf(path: string): string | null {
  const match = /^\/app\/activities\/([0-9a-f-]{36})$/.exec(path)
  return match?.[1] ?? null
}

export const activityPath = (id: string): string => `${routes.activities}/${id}`

/** `/app/models/<uuid>` → the model id. */
export function modelIdOf(path: string): string | null {
  const match = /^\/app\/models\/([0-9a-f-]{36})$/.exec(path)
  return match?.[1] ?? null
}

export const modelPath = (id: string): string => `${routes.models}/${id}`

/** `/app/models/<uuid>/edit` → the id of the model to edit. */
export function modelEditIdOf(path: string): string | null {
  const match = /^\/app\/models\/([0-9a-f-]{36})\/edit$/.exec(path)
  return match?.[1] ?? null
}

export const modelEditPath = (id: string): string => `${routes.models}/${id}/edit`

/** `/app/cases/<uuid>` → the case id. */
export function caseIdOf(path: string): string | null {
  const match = /^\/app\/cases\/([0-9a-f-]{36})$/.exec(path)
  return match?.[1] ?? null
}

export const casePath = (id: string): string => `${routes.cases}/${id}`

const NAVIGATE_EVENT = 'danvan:navigate'

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback)
  window.addEventListener(NAVIGATE_EVENT, callback)
  return () => {
    window.removeEventListener('popstate', callback)
    window.removeEventListener(NAVIGATE_EVENT, callback)
  }
}

/** The current path without a trailing slash (`/app/` → `/app`). */
export function normalizePath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
}

function currentPath(): string {
  return normalizePath(window.location.pathname)
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath)
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return
  if (options.replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
  window.scrollTo(0, 0)
}

/** Where to go after logging in: `?next=` when it points inside the app, else the dashboard. */
export function nextPathAfterLogin(): string {
  const next = new URLSearchParams(window.location.search).get('next')
  return next && next.startsWith(`${BASE_PATH}/`) && !next.startsWith(routes.login) ? next : routes.home
}

export function loginPathFor(currentPathname: string): string {
  return currentPathname === routes.home || currentPathname === routes.login
    ? routes.login
    : `${routes.login}?next=${encodeURIComponent(currentPathname)}`
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; children: ReactNode }

/** A real `<a href>` (keyboard, middle click, copy link all work) that navigates without reloading. */
export function Link({ to, children, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (event.defaultPrevented) return
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(to)
  }
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  )
}
