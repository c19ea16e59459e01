import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError, setCsrfToken } from './api/client'
import { loginPathFor, navigate, normalizePath, routes } from './router'

function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500
}

/** The session is gone (expired, logged out elsewhere): forget everything and go to the login page. */
function onUnauthenticated(error: unknown): void {
  if (!(error instanceof ApiError) || error.status !== 401) return
  const path = normalizePath(window.location.pathname)
  if (path === routes.login) return
  setCsrfToken(null)
  navigate(loginPathFor(path), { replace: true })
  queryClient.removeQueries()
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onUnauthenticated }),
  mutationCache: new MutationCache({
    // A 401 on a mutation can mean "current password is wrong"; only a lost session sends us to login.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401 && error.code === 'UNAUTHENTICATED') {
        void queryClient.invalidateQueries({ queryKey: ['me'] })
      }
    },
  }),
  defaultOptions: {
    queries: {
      retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      refetchOnWindowFocus: false,
    },
  },
})
