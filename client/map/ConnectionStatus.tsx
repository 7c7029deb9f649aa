import type { ConnectionStatus as Status } from './useMapDocuments'

const TEXT: Record<Status['state'], string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting… your changes are kept and will be sent',
  closed: 'Not connected',
}

/** Whether changes are reaching everyone else, said in words (not colour alone). */
export function ConnectionStatus({ status }: { status: Status }) {
  return (
    <p role="status" className={`connection connection--${status.state}`}>
      <span className="connection__dot" aria-hidden="true" />
      {TEXT[status.state]}
    </p>
  )
}
