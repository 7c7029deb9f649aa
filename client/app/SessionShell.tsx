import { ParticipantShell } from '../join/ParticipantShell'
import { useSession } from '../session/SessionContext'
import { AppShell } from './AppShell'

/** Staff get the full app bar; a family or network member gets theirs. */
export function SessionShell() {
  const { session } = useSession()
  return session.status === 'participating' ? <ParticipantShell participant={session.participant} /> : <AppShell />
}
