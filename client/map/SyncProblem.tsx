import type { SyncNotice } from '../../shared/sync-protocol'

/** What the server told this person about a change it did not take. */
export function SyncProblem({ notice, onDismiss }: { notice: SyncNotice | null; onDismiss(): void }) {
  if (!notice) return null
  // After a refused change this device holds something the server does not: reloading shows the map as saved.
  const offerReload = notice.code !== 'read-only'
  return (
    <div role="alert" className="notice notice--warning map-notice">
      <p>{notice.message}</p>
      {offerReload && (
        <button type="button" className="button" onClick={() => location.reload()}>
          Reload the map
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        Dismiss<span className="visually-hidden"> message</span>
      </button>
    </div>
  )
}
