import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Participant, Session, User } from '../http/contract'
import { onSessionLost, setCsrfToken } from '../http/request'
import * as sessionApi from '../http/session'
import { userColour } from './userColour'

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason?: string }
  | { status: 'signed-in'; user: User; tldrawLicenseKey: string | null }
  /** A family or network member, in through their invitation: one map, no account. */
  | { status: 'participating'; participant: Participant; tldrawLicenseKey: string | null }

/** The person as collaborators see them: carets, presence and the canvas all use this one object. */
export interface PresenceUser {
  id: string
  name: string
  color: string
}

interface SessionContextValue {
  session: SessionState
  /** Adopts a session the server has just granted (sign-in, first-admin setup, an invitation). */
  adopt(session: Session): void
  refresh(): Promise<void>
  signOut(): Promise<void>
}

const SessionContext = createContext<SessionContextValue | null>(null)

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' })

  const adopt = useCallback((granted: Session) => {
    setCsrfToken(granted.csrfToken)
    const tldrawLicenseKey = granted.tldrawLicenseKey ?? null
    if ('user' in granted) setSession({ status: 'signed-in', user: granted.user, tldrawLicenseKey })
    else setSession({ status: 'participating', participant: granted.participant, tldrawLicenseKey })
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

/** The signed-in member of staff; only for staff pages (behind RequireSession, in AppShell). */
export function useSignedInUser(): User & { tldrawLicenseKey: string | null } {
  const { session } = useSession()
  if (session.status !== 'signed-in') throw new Error('useSignedInUser is used on a page that is not for staff.')
  return { ...session.user, tldrawLicenseKey: session.tldrawLicenseKey }
}

/** Whoever has the session, staff or family: for the pages both use (a map). */
export function useSessionPerson(): { id: string; name: string; tldrawLicenseKey: string | null } {
  const { session } = useSession()
  if (session.status === 'signed-in') return { id: session.user.id, name: session.user.name, tldrawLicenseKey: session.tldrawLicenseKey }
  if (session.status === 'participating') {
    // The server names a participant's presence by their invitation, so the caret colours match.
    const { invitationId, name } = session.participant
    return { id: invitationId, name, tldrawLicenseKey: session.tldrawLicenseKey }
  }
  throw new Error('useSessionPerson is used on a page that does not require a session.')
}

export function usePresenceUser(): PresenceUser {
  const { id, name } = useSessionPerson()
  return useMemo(() => ({ id, name, color: userColour(id) }), [id, name])
}
