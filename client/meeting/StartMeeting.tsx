import { useState } from 'react'
import { londonToday } from '../../shared/london-time'
import { MEETING_TYPE_NAMES, MEETING_TYPES, type MeetingType, type Person, type PersonRef } from '../../shared/model'
import { CalendarDateInput } from '../app/CalendarDateInput'
import { ErrorMessage } from '../app/ErrorMessage'
import { peopleToChoose, personName } from '../map/peopleToChoose'
import { useMeetingCommand } from './useMeetingCommand'
import './meeting-form.css'

interface StartMeetingProps {
  mapId: string
  people: readonly Person[]
  /** The person on the map this screen's user is: the facilitator unless someone else is chosen. */
  myPersonId: string | null
  /** What to say once it has started, after "<type> started.". */
  startedHint: string
}

type Guest = { name: string; role: string }

/**
 * Starts a meeting: its type (which gives it its agenda), date, who facilitates and who is present,
 * from the map's people and guests who are not on it (a name with a role). A meeting is part of
 * the map's record, written by the server.
 */
export function StartMeeting({ mapId, people, myPersonId, startedHint }: StartMeetingProps) {
  const [type, setType] = useState<MeetingType>('family-network-meeting')
  const [date, setDate] = useState(londonToday)
  const [facilitator, setFacilitator] = useState(myPersonId ?? '')
  const [present, setPresent] = useState<string[]>([])
  const [guests, setGuests] = useState<Guest[]>([])
  const [guest, setGuest] = useState<Guest>({ name: '', role: '' })
  const [done, setDone] = useState<string | null>(null)
  const { busy, error, setError, run } = useMeetingCommand(mapId)
  // Only those who can take part: no pregnancies, nobody who has died.
  const choices = peopleToChoose(people)

  // The facilitator is a person on the map ("<id>") or one of the guests ("guest:<n>").
  const facilitatorRef = (): PersonRef | null => {
    if (facilitator.startsWith('guest:')) return guests[Number(facilitator.slice(6))] ?? null
    return facilitator ? { personId: facilitator } : null
  }

  function addGuest() {
    if (!guest.name.trim() || !guest.role.trim()) return setError('Give the guest’s name and their role or relationship.')
    setGuests([...guests, { name: guest.name.trim(), role: guest.role.trim() }])
    setGuest({ name: '', role: '' })
    setError(null)
  }

  async function start(event: React.FormEvent) {
    event.preventDefault()
    const chosen = facilitatorRef()
    if (!chosen) return setError('Choose who is facilitating the meeting.')
    const started = await run({ type: 'start-meeting', meetingType: type, date, facilitator: chosen, present: [...present.map((personId) => ({ personId })), ...guests] })
    if (!started) return
    setDone(`${MEETING_TYPE_NAMES[type]} started. ${startedHint}`)
    setPresent([])
    setGuests([])
  }

  return (
    <form className="meeting-form" onSubmit={start} aria-labelledby="start-meeting-heading">
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
      <fieldset className="meeting-form__people">
        <legend>Who is present</legend>
        {choices.map((person) => (
          <label key={person.id} className="meeting-form__person">
            <input
              type="checkbox"
              checked={present.includes(person.id)}
              onChange={(event) => setPresent(event.target.checked ? [...present, person.id] : present.filter((id) => id !== person.id))}
            />
            {personName(person)}
            {person.relationship && <span className="meeting-form__role"> ({person.relationship})</span>}
          </label>
        ))}
        {guests.map((each, index) => (
          <p key={`${each.name} ${index}`} className="meeting-form__person">
            {each.name} <span className="meeting-form__role">({each.role}), a guest</span>
            <button type="button" className="button button--quiet" onClick={() => {
                setGuests(guests.filter((_, at) => at !== index))
                // Guests are chosen by their place in the list, which has just changed.
                if (facilitator.startsWith('guest:')) setFacilitator('')
              }}>
              Remove<span className="visually-hidden"> {each.name}</span>
            </button>
          </p>
        ))}
      </fieldset>
      <fieldset className="meeting-form__guest">
        <legend>A guest who is not on the map</legend>
        <div className="field">
          <label htmlFor="guest-name">Who is the guest</label>
          <input id="guest-name" value={guest.name} maxLength={120} onChange={(event) => setGuest({ ...guest, name: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="guest-role">Their role, or relationship to the child</label>
          <input id="guest-role" value={guest.role} maxLength={120} onChange={(event) => setGuest({ ...guest, role: event.target.value })} />
        </div>
        <button type="button" className="button" onClick={addGuest}>
          Add the guest
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor="meeting-facilitator">Facilitator</label>
        <select id="meeting-facilitator" value={facilitator} onChange={(event) => setFacilitator(event.target.value)}>
          <option value="">Choose…</option>
          {choices.map((person) => (
            <option key={person.id} value={person.id}>
              {personName(person)}
            </option>
          ))}
          {guests.map((each, index) => (
            <option key={`guest ${index}`} value={`guest:${index}`}>
              {each.name} ({each.role})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        Start the meeting
      </button>
      <p role="status" className="meeting-form__done">
        {done}
      </p>
      <ErrorMessage message={error} />
    </form>
  )
}
