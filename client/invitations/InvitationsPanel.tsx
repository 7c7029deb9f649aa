import { useState } from 'react'
import type * as Y from 'yjs'
import type { Person } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { formatLondonDateTime } from '../../shared/london-time'
import type { Invitation } from '../http/contract'
import { inviteToMap, withdrawInvitation } from '../http/invitations'
import { PanelHeading } from '../map/PanelHeading'
import { peopleToChoose } from '../map/peopleToChoose'
import { usePeople } from '../map/usePeople'
import { InviteLink } from './InviteLink'
import { WithdrawInvitation } from './WithdrawInvitation'
import { useInvitations } from './useInvitations'
import './invitations.css'

const STATE_WORDS: Record<Invitation['state'], string> = {
  waiting: 'Sent, not opened yet',
  'in-use': 'Opened',
  expired: 'Expired',
  withdrawn: 'Withdrawn',
}
const DURATIONS = [1, 7, 14, 28] as const

/**
 * Inviting the family and their network to take part from their own devices: one link per person,
 * for a limited time, on one device, withdrawn at any moment.
 */
export function InvitationsPanel({ mapId, shared, onClose }: { mapId: string; shared: Y.Doc; onClose(): void }) {
  const { invitations, error, reload } = useInvitations(mapId)
  // Someone already invited stays listed, so their link can still be withdrawn.
  const invited = (invitations ?? []).map((invitation) => invitation.personId)
  const people = peopleToChoose(usePeople(shared), invited).filter((person) => person.group !== 'professional')
  const [link, setLink] = useState<{ personId: string; link: string; expiresAt: string } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  async function invite(person: Person, days: number) {
    setProblem(null)
    try {
      const made = await inviteToMap(mapId, person.id, days)
      setLink({ personId: person.id, link: made.link, expiresAt: made.invitation.expiresAt })
      await reload()
    } catch (failure) {
      setProblem((failure as Error).message)
    }
  }

  async function withdraw(invitation: Invitation) {
    setProblem(null)
    try {
      await withdrawInvitation(mapId, invitation.id)
      if (link?.personId === invitation.personId) setLink(null)
      await reload()
    } catch (failure) {
      setProblem((failure as Error).message)
    }
  }

  return (
    <div className="panel-content">
      <PanelHeading title="Invitations" onClose={onClose} />
      <p>
        Each link lets one person from the family or network take part from their own phone or computer. It opens this map only, never what is
        marked professional only, and works on the first device that opens it.
      </p>
      <ErrorMessage message={error ?? problem} />
      {people.length === 0 && <p>Add the family and their network in People first.</p>}
      <ul className="invitation-list">
        {people.map((person) => (
          <PersonInvitations
            key={person.id}
            person={person}
            invitations={(invitations ?? []).filter((invitation) => invitation.personId === person.id)}
            link={link?.personId === person.id ? link : null}
            onInvite={(days) => invite(person, days)}
            onWithdraw={withdraw}
          />
        ))}
      </ul>
    </div>
  )
}

interface PersonInvitationsProps {
  person: Person
  invitations: Invitation[]
  link: { link: string; expiresAt: string } | null
  onInvite(days: number): Promise<void>
  onWithdraw(invitation: Invitation): Promise<void>
}

function PersonInvitations({ person, invitations, link, onInvite, onWithdraw }: PersonInvitationsProps) {
  const [days, setDays] = useState<number>(7)
  const [busy, setBusy] = useState(false)
  const live = invitations.filter((invitation) => invitation.state === 'waiting' || invitation.state === 'in-use')
  const selectId = `invite-days-${person.id}`

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    try {
      await action()
    } finally {
      setBusy(false)
    }
  }

  return (
    <li className="invitation-person">
      <h3>
        {person.name}
        {person.relationship && <span className="person__description"> {person.relationship}</span>}
      </h3>
      {live.map((invitation) => (
        <p key={invitation.id} className="invitation">
          <span>
            {STATE_WORDS[invitation.state]} · works until {formatLondonDateTime(invitation.expiresAt)}
          </span>
          <WithdrawInvitation person={person} onWithdraw={() => onWithdraw(invitation)} />
        </p>
      ))}
      {link && <InviteLink person={person} link={link.link} expiresAt={link.expiresAt} />}
      <div className="invitation-new">
        <label htmlFor={selectId}>Link works for</label>
        <select id={selectId} value={days} onChange={(event) => setDays(Number(event.target.value))}>
          {DURATIONS.map((option) => (
            <option key={option} value={option}>
              {option === 1 ? '1 day' : `${option} days`}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={busy} onClick={() => run(() => onInvite(days))}>
          {live.length > 0 ? 'New link' : 'Invite'}
          <span className="visually-hidden"> {person.name}</span>
        </button>
      </div>
    </li>
  )
}
