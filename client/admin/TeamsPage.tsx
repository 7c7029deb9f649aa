import { useCallback, useEffect, useState, type FormEvent } from 'react'
import type { StaffInTeams, Team } from '../http/contract'
import { createTeam, listTeams, placeInTeam } from '../http/teams'
import { ErrorMessage } from '../app/ErrorMessage'
import { TextField } from '../app/TextField'
import { usePageTitle } from '../app/usePageTitle'
import { useSignedInUser } from '../session/SessionContext'
import './admin.css'

const NO_TEAM = ''

/**
 * Administrators' page for teams: add a team; put each member of staff in a team, and say who
 * manages it. A manager reads their team's maps (the ones made by someone while in that team).
 */
export function TeamsPage() {
  usePageTitle('Teams')
  const user = useSignedInUser()
  const [teams, setTeams] = useState<Team[] | null>(null)
  const [staff, setStaff] = useState<StaffInTeams[]>([])
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState('')

  const load = useCallback(async () => {
    try {
      const answer = await listTeams()
      setTeams(answer.teams)
      setStaff(answer.staff)
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    }
  }, [])

  useEffect(() => {
    if (user.isAdmin) void load()
  }, [load, user.isAdmin])

  async function place(person: StaffInTeams, teamId: string | null, isManager: boolean) {
    setSaved('')
    try {
      const { user: placed } = await placeInTeam(person.id, teamId, teamId !== null && isManager)
      setStaff((current) => current.map((one) => (one.id === placed.id ? placed : one)))
      const team = teams?.find((one) => one.id === placed.teamId)
      setSaved(team ? `${placed.name} is in ${team.name}${placed.isManager ? ', as its manager' : ''}.` : `${placed.name} is in no team.`)
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    }
  }

  if (!user.isAdmin) {
    return (
      <main id="main" className="page">
        <h1>Teams</h1>
        <p>Only administrators can manage teams.</p>
      </main>
    )
  }

  return (
    <main id="main" className="page teams">
      <h1>Teams</h1>
      <p className="teams__intro">
        A team's manager can read the maps made by members of their team, without changing them. Nobody else gains access to a
        map through a team.
      </p>
      <ErrorMessage message={error} />
      <p role="status" className="teams__saved">
        {saved}
      </p>
      {teams === null && !error && <p role="status">Loading teams…</p>}
      {teams !== null && (
        <div className="teams__layout">
          <section aria-labelledby="staff-heading">
            <h2 id="staff-heading">Staff and their teams</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Team</th>
                  <th scope="col">Manages it</th>
                </tr>
              </thead>
              <tbody>
                {staff.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">
                      {person.name}
                      <span className="teams__email">{person.email}</span>
                    </th>
                    <td>
                      <label className="visually-hidden" htmlFor={`team-of-${person.id}`}>
                        Team of {person.name}
                      </label>
                      <select
                        id={`team-of-${person.id}`}
                        value={person.teamId ?? NO_TEAM}
                        onChange={(event) => void place(person, event.target.value || null, false)}
                      >
                        <option value={NO_TEAM}>No team</option>
                        {teams.map((team) => (
                          <option key={team.id} value={team.id}>
                            {team.name}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        id={`manager-${person.id}`}
                        aria-label={`${person.name} manages their team`}
                        checked={person.isManager}
                        disabled={person.teamId === null}
                        onChange={(event) => void place(person, person.teamId, event.target.checked)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <NewTeamForm onAdded={(team) => setTeams((current) => [...(current ?? []), team].sort((a, b) => a.name.localeCompare(b.name)))} />
        </div>
      )}
    </main>
  )
}

function NewTeamForm({ onAdded }: { onAdded(team: Team): void }) {
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      const { team } = await createTeam(name.trim())
      onAdded(team)
      setName('')
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="new-team-heading" className="panel">
      <h2 id="new-team-heading">New team</h2>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <ErrorMessage message={error} />
        <TextField id="new-team-name" label="Team name" required maxLength={80} value={name} onValue={setName} />
        <button type="submit" className="button button--primary" disabled={busy}>
          Add team
        </button>
      </form>
    </section>
  )
}
