import { useState } from 'react'
import type { RoundMode } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { sendScalingCommand } from '../http/scaling'
import { useScalingView } from './scalingContext'
import { meetingInWords } from './wording'

/** The facilitator opens a round in a meeting, on one or more questions, open or sealed. */
export function OpenRound() {
  const { mapId, scaling } = useScalingView()
  const latest = scaling.meetings.at(-1)
  const [meetingId, setMeetingId] = useState('')
  const [chosen, setChosen] = useState<string[] | null>(null)
  const [mode, setMode] = useState<RoundMode>('sealed')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Until someone chooses, the latest meeting and every question.
  const meeting = meetingId || latest?.id || ''
  const questionIds = chosen ?? scaling.questions.map((question) => question.id)

  if (scaling.meetings.length === 0 || scaling.questions.length === 0) {
    return (
      <section className="scaling-form" aria-labelledby="open-round-heading">
        <h2 id="open-round-heading">Open a scaling round</h2>
        <p>{scaling.questions.length === 0 ? 'Add a scaling question first (below).' : 'Start a meeting first.'}</p>
      </section>
    )
  }

  async function open(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      await sendScalingCommand(mapId, { type: 'open-scaling-round', meetingId: meeting, questionIds, mode })
      setError(null)
      setChosen(null)
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="scaling-form" onSubmit={open} aria-labelledby="open-round-heading">
      <h2 id="open-round-heading">Open a scaling round</h2>
      <div className="field">
        <label htmlFor="round-meeting">Meeting</label>
        <select id="round-meeting" value={meeting} onChange={(event) => setMeetingId(event.target.value)}>
          {[...scaling.meetings].reverse().map((each) => (
            <option key={each.id} value={each.id}>
              {meetingInWords(each)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="scaling-checks">
        <legend>Questions</legend>
        {scaling.questions.map((question) => (
          <label key={question.id} className="scaling-check">
            <input
              type="checkbox"
              checked={questionIds.includes(question.id)}
              onChange={(event) => setChosen(event.target.checked ? [...questionIds, question.id] : questionIds.filter((id) => id !== question.id))}
            />
            {question.question}
          </label>
        ))}
      </fieldset>
      <fieldset className="scaling-checks">
        <legend>How numbers are shown</legend>
        <label className="scaling-check">
          <input type="radio" name="round-mode" checked={mode === 'sealed'} onChange={() => setMode('sealed')} />
          Sealed: hidden until you reveal them, so nobody anchors on someone else’s number
        </label>
        <label className="scaling-check">
          <input type="radio" name="round-mode" checked={mode === 'open'} onChange={() => setMode('open')} />
          Open: each number shows as it is given
        </label>
      </fieldset>
      <button type="submit" className="button button--primary" disabled={busy || questionIds.length === 0}>
        Open the round
      </button>
      <ErrorMessage message={error} />
    </form>
  )
}
