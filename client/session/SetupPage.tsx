import { useEffect, useState, type FormEvent } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { completeSetup, fetchSetupNeeded } from '../http/session'
import { ErrorMessage } from '../app/ErrorMessage'
import { TextField } from '../app/TextField'
import { usePageTitle } from '../app/usePageTitle'
import { useSession } from './SessionContext'
import './session.css'

/** The first administrator's account, made through the one-time link the server printed. */
export function SetupPage() {
  usePageTitle('Set up Kinmap')
  const { token = '' } = useParams()
  const { adopt, refresh } = useSession()
  const navigate = useNavigate()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Once the first administrator exists every setup link is spent: say so rather than offer a form.
  const [alreadySetUp, setAlreadySetUp] = useState(false)
  useEffect(() => {
    let current = true
    fetchSetupNeeded()
      .then(({ needed }) => current && setAlreadySetUp(!needed))
      .catch(() => {})
    return () => {
      current = false
    }
  }, [])

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (!name.trim() || !email.trim()) return setError('Enter your name and email address.')
    if (!password) return setError('Choose a password.')
    if (password !== confirmation) return setError('The two passwords do not match.')
    setBusy(true)
    setError(null)
    try {
      const done = await completeSetup({ token, name: name.trim(), email: email.trim(), password })
      adopt({ ...done, tldrawLicenseKey: null })
      // The setup answer has no licence key; the session answer does.
      await refresh()
      navigate('/', { replace: true })
    } catch (failure) {
      setError((failure as Error).message)
      setBusy(false)
    }
  }

  if (alreadySetUp) {
    return (
      <main id="main" className="sign-in">
        <div className="sign-in__panel">
          <p className="sign-in__brand">Kinmap</p>
          <h1>Kinmap is already set up</h1>
          <p>This setup link has been used. Ask your Kinmap administrator for an account, then sign in.</p>
          <p>
            <Link to="/sign-in">Go to sign in</Link>
          </p>
        </div>
      </main>
    )
  }

  return (
    <main id="main" className="sign-in">
      <div className="sign-in__panel">
        <p className="sign-in__brand">Kinmap</p>
        <h1>Set up Kinmap</h1>
        <p>Create the first administrator account. This link works once.</p>
        <form onSubmit={handleSubmit} className="form" noValidate>
          <ErrorMessage message={error} />
          <TextField id="setup-name" label="Your full name" autoComplete="name" required value={name} onValue={setName} />
          <TextField id="setup-email" label="Email address" type="email" autoComplete="username" required value={email} onValue={setEmail} />
          <TextField
            id="setup-password"
            label="Password"
            hint="At least 12 characters. A short sentence is easy to remember and hard to guess."
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onValue={setPassword}
          />
          <TextField
            id="setup-confirmation"
            label="Password again"
            type="password"
            autoComplete="new-password"
            required
            value={confirmation}
            onValue={setConfirmation}
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Setting up…' : 'Create account'}
          </button>
        </form>
      </div>
    </main>
  )
}
