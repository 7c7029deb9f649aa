import { useState } from 'react'
import { londonToday } from '../../shared/london-time'
import { MEETING_TYPE_NAMES, MEETING_TYPES, type MeetingType } from '../../shared/model'
import { CalendarDateInput } from '../app/CalendarDateInput'
import { ErrorMessage } from '../app/ErrorMessage'
import { sendScalingCommand } from '../http/scaling'
import { useScalingView } from './scalingContext'

/** A minimal meeting record: its type, date, facilitator and who is present (the meetings issue extends it). */
export function StartMeeting() {
  const { mapId, people, myPersonId } = useScalingView()
  const [type, setType] = useState<MeetingType>('family-network-meeting')
  const [date, setDate] = useState(londonToday)
  const [facilitator, setFacilitator] = useState(myPersonId ?? '')
  const [present, setPresent] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function start(event: React.FormEvent) {
    event.preventDefault()
    if (!facilitator) return setError('Choose who is facilitating the meeting.')
    setBusy(true)
    try {
      await sendScalingCommand(mapId, { type: 'start-meeting', meetingType: type, date, facilitator: { personId: facilitator }, present: present.map((personId) => ({ personId })) })
      setError(null)
      setDone(`${MEETING_TYPE_NAMES[type]} started. Open a scaling round in it below.`)
      setPresent([])
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="scaling-form" onSubmit={start} aria-labelledby="start-meeting-heading">
      <h2 id="start-meeting-heading">Start a meeting</h2>
      <div className="field">
        <label htmlFor="meeting-type">Type of meeting</label>
        <select id="meeting-type" value={type} onChange={(event) => setType(event.target.value as MeetingType)}>
          {MEETING_TYPES.map((each) => (
            <option key={each} value={each}>
              {MEETING_TYPE_NAMES[each]}
            </option>
          ))}
        </select>
      </div>
      <CalendarDateInput id="meeting-date" label="Date" kind="happened" value={date} onCommit={setDate} />
      <div className="field">
        <label htmlFor="meeting-facilitator">Facilitator</label>
        <select id="meeting-facilitator" value={facilitator} onChange={(event) => setFacilitator(event.target.value)}>
          <option value="">Choose…</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="scaling-checks">
        <legend>Who is present</legend>
        {people.map((person) => (
            <label key={person.id} className="scaling-check">
              <input
                type="checkbox"
                checked={present.includes(person.id)}
                onChange={(event) => setPresent(event.target.checked ? [...present, person.id] : present.filter((id) => id !== person.id))}
              />
              {person.name}
              {person.relationship && <span className="scaling-check__role"> ({person.relationship})</span>}
            </label>
          ))}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={busy}>
        Start the meeting
      </button>
      <p role="status" className="scaling-form__done">
        {done}
      </p>
      <ErrorMessage message={error} />
    </form>
  )
}
