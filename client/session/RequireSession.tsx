import { Navigate, Outlet, useLocation } from 'react-router'
import { useSession } from './SessionContext'

/** Pages behind sign-in: a person without a session goes to the sign-in page and comes back after. */
export function RequireSession() {
  const { session } = useSession()
  const location = useLocation()
  if (session.status === 'loading') {
    return (
      <p className="page-message" role="status">
        Loading…
      </p>
    )
  }
  if (session.status === 'signed-out') {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />
  }
  if (session.status === 'participating') {
    // An invitation opens one map: anywhere else, a family member is taken back to it.
    const home = `/maps/${session.participant.mapId}`
    if (location.pathname !== home && !location.pathname.startsWith(`${home}/`)) return <Navigate to={home} replace />
  }
  return <Outlet />
}
