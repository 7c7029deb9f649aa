import { useState, type FormEvent } from 'react'
import { putMember, removeMember } from '../http/maps'
import { MAP_ROLE_NAMES, MAP_ROLES, type MapRole } from '../../shared/map-roles'
import type { Member } from '../http/contract'
import { ErrorMessage } from '../app/ErrorMessage'
import { PanelHeading } from './PanelHeading'
import { TextField } from '../app/TextField'

interface MembersPanelProps {
  mapId: string
  members: Member[] | null
  error: string | null
  onMembersChanged(members: Member[]): void
  /** Owners manage membership; everyone else sees who is on the map. */
  isOwner: boolean
  onClose(): void
}

/** The staff who may open this map, and with what role. */
export function MembersPanel({ mapId, members, error, onMembersChanged, isOwner, onClose }: MembersPanelProps) {
  const [problem, setProblem] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)

  async function run(action: () => Promise<Member[]>): Promise<boolean> {
    setProblem(null)
    try {
      onMembersChanged(await action())
      return true
    } catch (failure) {
      setProblem((failure as Error).message)
      return false
    }
  }

  const changeRole = (member: Member, role: MapRole) => run(async () => (await putMember(mapId, member.email, role)).members)

  const remove = (member: Member) =>
    run(async () => {
      await removeMember(mapId, member.userId)
      setConfirming(null)
      return (members ?? []).filter((other) => other.userId !== member.userId)
    })

  return (
    <div className="panel-content">
      <PanelHeading title="Members" onClose={onClose} />
      <ErrorMessage message={problem ?? error} />
      {members === null && !error && <p role="status">Loading members…</p>}
      {members && (
        <ul className="member-list">
          {members.map((member) => (
            <li key={member.userId} className="member">
              <div className="member__who">
                <strong>{member.name}</strong>
                <span className="member__email">{member.email}</span>
              </div>
              {isOwner ? (
                <div className="member__actions">
                  <label htmlFor={`member-role-${member.userId}`} className="visually-hidden">
                    Role of {member.name}
                  </label>
                  <select
                    id={`member-role-${member.userId}`}
                    value={member.role}
                    onChange={(event) => void changeRole(member, event.target.value as MapRole)}
                  >
                    {MAP_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {MAP_ROLE_NAMES[role]}
                      </option>
                    ))}
                  </select>
                  {confirming === member.userId ? (
                    <span className="confirm" role="group" aria-label={`Remove ${member.name}?`}>
                      <span>Remove {member.name} from this map?</span>
                      <button type="button" className="button button--danger" onClick={() => void remove(member)}>
                        Yes, remove
                      </button>
                      {/* The keyboard starts on the safe answer. */}
                      <button type="button" className="button button--quiet" onClick={() => setConfirming(null)} autoFocus>
                        No, keep
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="button button--quiet" onClick={() => setConfirming(member.userId)}>
                      Remove<span className="visually-hidden"> {member.name}</span>
                    </button>
                  )}
                </div>
              ) : (
                <span className="member__role">{MAP_ROLE_NAMES[member.role]}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {isOwner && <AddMemberForm onAdd={(email, role) => run(async () => (await putMember(mapId, email, role)).members)} />}
    </div>
  )
}

function AddMemberForm({ onAdd }: { onAdd(email: string, role: MapRole): Promise<boolean> }) {
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<MapRole>('professional')
  const [busy, setBusy] = useState(false)

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (!email.trim()) return
    setBusy(true)
    const added = await onAdd(email.trim(), role)
    setBusy(false)
    if (added) setEmail('')
  }

  return (
    <form className="form add-member" onSubmit={handleSubmit}>
      <h3>Add a member of staff</h3>
      <TextField id="add-member-email" label="Email address" type="email" autoComplete="off" value={email} onValue={setEmail} />
      <div className="field">
        <label htmlFor="add-member-role">Role</label>
        <select id="add-member-role" value={role} onChange={(event) => setRole(event.target.value as MapRole)}>
          {MAP_ROLES.map((choice) => (
            <option key={choice} value={choice}>
              {MAP_ROLE_NAMES[choice]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        Add member
      </button>
    </form>
  )
}
