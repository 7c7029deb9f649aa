import { AppBar } from '../app/AppBar'
import type { Participant } from '../http/contract'
import { formatLondonDateTime } from '../../shared/london-time'

/**
 * A family or network member's pages: who they are taking part as, until when, and the way out.
 * No map list and no account: their invitation opens this one map only.
 */
export function ParticipantShell({ participant }: { participant: Participant }) {
  return (
    <AppBar
      home={<span className="app-bar__home">Kinmap</span>}
      who={
        <>
          Taking part as <strong>{participant.name}</strong>
          <span> · your link works until {formatLondonDateTime(participant.expiresAt)}</span>
        </>
      }
      leaveLabel="Leave"
      leaveTo="/left"
    />
  )
}
