import { useState } from 'react'
import { Link, Outlet, useNavigate } from 'react-router'
import { useSession, useSignedInUser } from '../session/SessionContext'
import './app.css'

/** The bar above every signed-in page: where you are, who you are, and the way out. */
export function AppShell() {
  const user = useSignedInUser()
  const { signOut } = useSession()
  const navigate = useNavigate()
  const [signingOut, setSigningOut] = useState(false)

  async function handleSignOut() {
    setSigningOut(true)
    try {
      await signOut()
    } finally {
      navigate('/sign-in', { replace: true })
    }
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-bar">
        <Link to="/" className="app-bar__home">
          Kinmap
        </Link>
        <nav aria-label="Kinmap" className="app-bar__nav">
          <Link to="/">Your maps</Link>
          {user.isAdmin && <Link to="/admin/teams">Teams</Link>}
          {(user.isAdmin || user.isManager) && <Link to="/audit">Audit trail</Link>}
        </nav>
        <p className="app-bar__user">
          Signed in as <strong>{user.name}</strong>
        </p>
        <button type="button" className="button button--quiet" onClick={handleSignOut} disabled={signingOut}>
          Sign out
        </button>
      </header>
      <Outlet />
    </div>
  )
}
