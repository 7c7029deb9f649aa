import { useState } from 'react'
import { Outlet, useNavigate } from 'react-router'
import { formatLondonDateTime } from '../app/londonTime'
import type { Participant } from '../http/contract'
import { useSession } from '../session/SessionContext'
import '../app/app.css'

/**
 * The bar above a family or network member's map: who they are taking part as, until when, and
 * the way out. No map list and no account: their invitation opens this one map only.
 */
export function ParticipantShell({ participant }: { participant: Participant }) {
  const { signOut } = useSession()
  const navigate = useNavigate()
  const [leaving, setLeaving] = useState(false)

  async function leave() {
    setLeaving(true)
    try {
      await signOut()
    } finally {
      navigate('/left', { replace: true })
    }
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-bar">
        <span className="app-bar__home">Kinmap</span>
        <p className="app-bar__user">
          Taking part as <strong>{participant.name}</strong>
          <span className="app-bar__until"> · your link works until {formatLondonDateTime(participant.expiresAt)}</span>
        </p>
        <button type="button" className="button button--quiet" onClick={leave} disabled={leaving}>
          Leave
        </button>
      </header>
      <Outlet />
    </div>
  )
}
