import { useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { usePageTitle } from '../app/usePageTitle'
import { fetchSession, redeemInvitation } from '../http/session'
import { useSession } from '../session/SessionContext'
import '../session/session.css'

/**
 * Where a family or network member's invitation link lands: `/join#<token>`. The token is in the
 * fragment, so it never reaches a server log; it is taken out of the address bar at once so it
 * does not sit in the browser's history either.
 */
export function JoinPage() {
  usePageTitle('Joining a map')
  const { adopt } = useSession()
  const navigate = useNavigate()
  const [problem, setProblem] = useState<string | null>(null)
  const token = useRef(location.hash.slice(1))
  const started = useRef(false)

  useEffect(() => {
    if (started.current) return
    started.current = true
    history.replaceState(null, '', location.pathname)
    if (!token.current) {
      setProblem('This link is missing its invitation. Open the whole link you were sent, or ask the worker who sent it for a new one.')
      return
    }
    redeemInvitation(token.current)
      .then(async ({ mapId }) => {
        adopt(await fetchSession())
        navigate(`/maps/${mapId}`, { replace: true })
      })
      .catch((failure: Error) => setProblem(failure.message))
  }, [adopt, navigate])

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__panel">
        <p className="sign-in__brand">Kinmap</p>
        {problem ? (
          <>
            <h1>This link cannot be opened</h1>
            <p role="alert">{problem}</p>
          </>
        ) : (
          <p role="status">Opening your invitation…</p>
        )}
      </div>
    </main>
  )
}
