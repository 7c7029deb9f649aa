import { useEffect, useState, type FormEvent } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { fetchSetupNeeded, signIn } from '../http/session'
import { usePageTitle } from '../app/usePageTitle'
import { ErrorMessage } from '../app/ErrorMessage'
import { TextField } from '../app/TextField'
import { useSession } from './SessionContext'
import './session.css'

export function SignInPage() {
  usePageTitle('Sign in')
  const { session, adopt } = useSession()
  const navigate = useNavigate()
  const location = useLocation()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [setupNeeded, setSetupNeeded] = useState(false)

  // Where the person was going before sign-in interrupted them.
  const from = (location.state as { from?: string } | null)?.from ?? '/'

  useEffect(() => {
    fetchSetupNeeded()
      .then(({ needed }) => setSetupNeeded(needed))
      .catch(() => setSetupNeeded(false))
  }, [])

  if (session.status === 'signed-in') return <Navigate to={from} replace />

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      adopt(await signIn(email.trim(), password))
      navigate(from, { replace: true })
    } catch (failure) {
      setError((failure as Error).message)
      setBusy(false)
    }
  }

  const notice = session.status === 'signed-out' ? session.reason : undefined

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__panel">
        <p className="sign-in__brand">Kinmap</p>
        <h1>Sign in</h1>
        {notice && !error && <p className="notice notice--info">{notice}</p>}
        {setupNeeded && (
          <p className="notice notice--info">
            Kinmap has not been set up yet. Open the one-time setup link the server printed when it started.
          </p>
        )}
        <form onSubmit={handleSubmit} className="form" noValidate>
          <ErrorMessage message={error} />
          <TextField id="sign-in-email" label="Email address" type="email" autoComplete="username" required value={email} onValue={setEmail} />
          <TextField id="sign-in-password" label="Password" type="password" autoComplete="current-password" required value={password} onValue={setPassword} />
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  )
}
