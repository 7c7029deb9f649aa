import { useState, type ReactNode } from 'react'
import { Outlet, useNavigate } from 'react-router'
import { useSession } from '../session/SessionContext'
import './app.css'

interface AppBarProps {
  /** The name at the start of the bar: a link home for staff, plain text for a family member. */
  home: ReactNode
  /** Who is using this screen, in words. */
  who: ReactNode
  nav?: ReactNode
  leaveLabel: string
  /** Where the browser goes once the session has ended. */
  leaveTo: string
}

/** The bar above every page behind a session (staff or family): where you are, who you are, the way out. */
export function AppBar({ home, who, nav, leaveLabel, leaveTo }: AppBarProps) {
  const { signOut } = useSession()
  const navigate = useNavigate()
  const [leaving, setLeaving] = useState(false)

  async function leave() {
    setLeaving(true)
    try {
      await signOut()
    } finally {
      navigate(leaveTo, { replace: true })
    }
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-bar">
        {home}
        {nav}
        <p className="app-bar__user">{who}</p>
        <button type="button" className="button button--quiet" onClick={leave} disabled={leaving}>
          {leaveLabel}
        </button>
      </header>
      <Outlet />
    </div>
  )
}
