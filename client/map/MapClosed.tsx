import { Link } from 'react-router'
import { CLOSE_CODES } from '../../shared/sync-protocol'
import { usePageTitle } from '../app/usePageTitle'
import type { ConnectionStatus } from './useMapDocuments'
import { useSession } from '../session/SessionContext'

/** The server ended this person's connection to the map for good: say why, and show none of the map. */
export function MapClosed({ status }: { status: Extract<ConnectionStatus, { state: 'closed' }> }) {
  usePageTitle('Map closed')
  // A family member has no list of maps to go back to.
  const participating = useSession().session.status === 'participating'
  return (
    <main id="main" className="page page--narrow">
      <h1>Map closed</h1>
      <div role="alert" className="notice notice--error">
        <p>{status.message}</p>
      </div>
      <p>
        {status.code === CLOSE_CODES.sessionEnded ? (
          // Reloading asks the server afresh: a person whose session ended lands on the sign-in
          // page and comes back to this map afterwards.
          <button type="button" className="button button--primary" onClick={() => location.reload()}>
            Sign in again
          </button>
        ) : participating ? null : (
          <Link to="/">Go to your maps</Link>
        )}
      </p>
    </main>
  )
}
