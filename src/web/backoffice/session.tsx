import { createContext, useContext, type ReactNode } from 'react'
import type { Me, Permission } from './api/types'

const SessionContext = createContext<Me | null>(null)

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <SessionContext value={me}>{children}</SessionContext>
}

/** The logged-in user's `/api/me`; only usable inside the authenticated part of the app. */
export function useSession(): Me {
  const me = useContext(SessionContext)
  if (!me) throw new Error('useSession must be used inside SessionProvider')
  return me
}

export function useCan(): (permission: Permission) => boolean {
  const me = useSession()
  return (permission) => me.permissions.includes(permission)
}
