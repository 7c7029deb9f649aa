import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Session, User } from '../http/contract'
import { onSessionLost, setCsrfToken } from '../http/request'
import * as sessionApi from '../http/session'
import { userColour } from './userColour'

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason?: string }
  | { status: 'signed-in'; user: User; tldrawLicenseKey: string | null }

/** The person as collaborators see them: carets, presence and the canvas all use this one object. */
export interface PresenceUser {
  id: string
  name: string
  color: string
}

interface SessionContextValue {
  session: SessionState
  /** Adopts a session the server has just granted (sign-in or first-admin setup). */
  adopt(session: Session): void
  refresh(): Promise<void>
  signOut(): Promise<void>
}

const SessionContext = createContext<SessionContextValue | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' })

  const adopt = useCallback((granted: Session) => {
    setCsrfToken(granted.csrfToken)
    setSession({ status: 'signed-in', user: granted.user, tldrawLicenseKey: granted.tldrawLicenseKey ?? null })
  }, [])

  const forget = useCallback((reason?: string) => {
    setCsrfToken(null)
    setSession({ status: 'signed-out', reason })
  }, [])

  const refresh = useCallback(async () => {
    try {
      adopt(await sessionApi.fetchSession())
    } catch {
      forget()
    }
  }, [adopt, forget])

  const signOut = useCallback(async () => {
    try {
      await sessionApi.signOut()
    } finally {
      forget()
    }
  }, [forget])

  useEffect(() => {
    void refresh()
    onSessionLost(() => forget('Your session has ended. Please sign in again.'))
    return () => onSessionLost(null)
  }, [refresh, forget])

  const value = useMemo(() => ({ session, adopt, refresh, signOut }), [session, adopt, refresh, signOut])
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession is used outside SessionProvider.')
  return value
}

/** The signed-in person; only for pages behind RequireSession. */
export function useSignedInUser(): User & { tldrawLicenseKey: string | null } {
  const { session } = useSession()
  if (session.status !== 'signed-in') throw new Error('useSignedInUser is used on a page that does not require sign-in.')
  return { ...session.user, tldrawLicenseKey: session.tldrawLicenseKey }
}

export function usePresenceUser(): PresenceUser {
  const { id, name } = useSignedInUser()
  return useMemo(() => ({ id, name, color: userColour(id) }), [id, name])
}
