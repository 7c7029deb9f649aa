import { useEffect, useState, type FormEvent } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { fetchSetupNeeded, signIn } from '../http/session'
import { councilSignInAddress, fetchSignInOptions } from '../http/council'
import type { SignInOptions } from '../http/contract'
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
  const [options, setOptions] = useState<SignInOptions>({ council: null })

  // Where the person was going before sign-in interrupted them.
  const from = (location.state as { from?: string } | null)?.from ?? '/'

  useEffect(() => {
    fetchSetupNeeded()
      .then(({ needed }) => setSetupNeeded(needed))
      .catch(() => setSetupNeeded(false))
    fetchSignInOptions()
      .then(setOptions)
      .catch(() => setOptions({ council: null }))
  }, [])

  // A council sign-in that did not end in a session comes back here with its reason.
  const councilProblem = new URLSearchParams(location.search).get('council')
  const councilMessage = councilProblem ? (COUNCIL_PROBLEMS[councilProblem] ?? COUNCIL_PROBLEMS.failed) : null

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
        {notice && !error && !councilMessage && <p className="notice notice--info">{notice}</p>}
        {councilMessage && !error && (
          <p className="notice notice--error" role="alert">
            {councilMessage}
          </p>
        )}
        {setupNeeded && (
          <p className="notice notice--info">
            Kinmap has not been set up yet. Open the one-time setup link the server printed when it started.
          </p>
        )}
        {options.council && (
          <div className="sign-in__council">
            <a className="button button--primary" href={councilSignInAddress(from)}>
              {options.council.label}
            </a>
            <p className="sign-in__or">Or sign in with your Kinmap password:</p>
          </div>
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

/** Why a council sign-in came back without a session, in words for the person (server/auth/oidc.ts). */
const COUNCIL_PROBLEMS: Record<string, string> = {
  cancelled: 'Council sign-in was cancelled. You can try again, or sign in with your Kinmap password if you have one.',
  expired: 'Council sign-in took too long, or was started in another window. Please try again.',
  failed:
    'Council sign-in could not be completed safely, so you are not signed in. Please try again; if it keeps happening, tell your Kinmap administrator.',
  unavailable:
    "The council's sign-in service cannot be reached just now. Try again in a few minutes, or sign in with your Kinmap password if you have one.",
  'not-recognised':
    'Your council account is not set up to use Kinmap. Ask a Kinmap administrator to add you, using the email address of your council account.',
  'already-linked':
    'The Kinmap account with your email address is already linked to a different council account. Ask a Kinmap administrator to check it.',
}
