import { Link } from 'react-router'
import { useSignedInUser } from '../session/SessionContext'
import { AppBar } from './AppBar'

/** A member of staff's pages: their maps, and the administration their account allows. */
export function AppShell() {
  const user = useSignedInUser()
  return (
    <AppBar
      home={
        <Link to="/" className="app-bar__home">
          Kinmap
        </Link>
      }
      nav={
        <nav aria-label="Kinmap" className="app-bar__nav">
          <Link to="/">Your maps</Link>
          {user.isAdmin && <Link to="/admin/teams">Teams</Link>}
          {(user.isAdmin || user.isManager) && <Link to="/audit">Audit trail</Link>}
        </nav>
      }
      who={
        <>
          Signed in as <strong>{user.name}</strong>
        </>
      }
      leaveLabel="Sign out"
      leaveTo="/sign-in"
    />
  )
}
