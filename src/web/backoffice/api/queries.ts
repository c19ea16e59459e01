import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { apiRequest, fetchAllPages, setCsrfToken } from './client'
import type { AdminUnit, AdminUnitDetail, AdminUnitSummary, Me, Organization, Page, User } from './types'

export const queryKeys = {
  me: ['me'] as const,
  organizations: ['organizations'] as const,
  users: ['users'] as const,
  audit: ['audit'] as const,
  tokens: ['tokens'] as const,
  calendar: ['calendar'] as const,
  rules: ['rules'] as const,
  adminUnits: ['admin-units'] as const,
}

export async function fetchMe(): Promise<Me> {
  const me = await apiRequest<Me>('/api/me')
  setCsrfToken(me.csrfToken)
  return me
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 60_000 })
}

export function useOrganizations(enabled = true) {
  return useQuery({
    queryKey: queryKeys.organizations,
    queryFn: () => fetchAllPages<Organization>('/api/organizations'),
    enabled,
  })
}

type Filters = Record<string, string | undefined>

/** A cursor-paged list; `items` holds every page loaded so far. */
export function usePagedList<T>(key: readonly string[], path: string, filters: Filters = {}, limit = 50) {
  const query = useInfiniteQuery({
    queryKey: [...key, filters],
    queryFn: ({ pageParam }) =>
      apiRequest<Page<T>>(path, { query: { ...filters, limit, cursor: pageParam } }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
  const items = query.data?.pages.flatMap((p) => p.items) ?? []
  return { ...query, items }
}

/** Users matching a search text, for pickers. */
export function useUserSearch(q: string) {
  return useQuery({
    queryKey: [...queryKeys.users, 'search', q],
    queryFn: () => apiRequest<Page<User>>('/api/users', { query: { q, limit: 20 } }),
    select: (page) => page.items,
  })
}

/** Units matching a text on a date (best match first), for the unit picker. */
export function useAdminUnitSearch(
  q: string,
  filters: { level?: string; at?: string; parent?: string } = {},
) {
  return useQuery({
    queryKey: [...queryKeys.adminUnits, 'search', q, filters],
    queryFn: () => apiRequest<Page<AdminUnit>>('/api/admin-units', { query: { q, ...filters, limit: 20 } }),
    select: (page) => page.items,
    enabled: q.length > 0,
    staleTime: 60_000,
  })
}

/** The unit a code named on a date, with its parents and history; null when none did. */
export function useAdminUnit(code: string | undefined, at?: string) {
  return useQuery({
    queryKey: [...queryKeys.adminUnits, 'detail', code, at],
    queryFn: () =>
      apiRequest<AdminUnitDetail>(`/api/admin-units/${encodeURIComponent(code ?? '')}`, { query: { at } }),
    enabled: Boolean(code),
    staleTime: 60_000,
  })
}

export function useAdminUnitSummary(at: string) {
  return useQuery({
    queryKey: [...queryKeys.adminUnits, 'summary', at],
    queryFn: () => apiRequest<AdminUnitSummary>('/api/admin-units/summary', { query: { at } }),
    staleTime: 60_000,
  })
}

export interface CaseField {
  code: string
  label: string
  builtin: boolean
  active: boolean
  organizationId: string | null
}

/** The field codes (lĩnh vực) offered to the user's organization: `labels` for display, `options` for pickers (active only). */
export function useCaseFields() {
  const query = useQuery({
    queryKey: ['case-fields'],
    queryFn: () => apiRequest<Page<CaseField>>('/api/case-fields'),
    staleTime: 5 * 60_000,
  })
  const items = query.data?.items ?? []
  return {
    labels: Object.fromEntries(items.map((f) => [f.code, f.label])) as Record<string, string>,
    options: items.filter((f) => f.active).map((f) => ({ value: f.code, label: f.label })),
  }
}
