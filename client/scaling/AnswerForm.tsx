import { useState } from 'react'
import type { ScalingQuestion, ScalingRound } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { peopleToChoose, personName } from '../map/peopleToChoose'
import { sendScalingCommand } from '../http/scaling'
import { useScalingView } from './scalingContext'
import { ScoreChoice } from './ScoreChoice'

/**
 * One person's number and reason for one question. A family member answers as themselves; staff
 * answer as themselves or, on a shared screen, for someone in the room. A number entered for
 * someone else in a sealed round is cleared from the form once sent and never shown again here
 * until the reveal (the server does not send it back).
 */
export function AnswerForm({ round, question }: { round: ScalingRound; question: ScalingQuestion }) {
  const { mapId, people, myPersonId, mayRun, words, plain, nameOf } = useScalingView()
  const meetingPresent = useMeetingPresent(round)
  const [personId, setPersonId] = useState(myPersonId ?? '')
  const [score, setScore] = useState<number | null>(null)
  const [noNumber, setNoNumber] = useState(false)
  const [reason, setReason] = useState('')
  const [noReason, setNoReason] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = `answer-${round.id}-${question.id}`
  const forSomeoneElse = personId !== '' && personId !== myPersonId
  // People present first, then everyone else on the map.
  const choices = peopleToChoose(people, myPersonId ? [myPersonId] : []).sort((a, b) => Number(meetingPresent.has(b.id)) - Number(meetingPresent.has(a.id)))

  async function send(event: React.FormEvent) {
    event.preventDefault()
    if (!personId) return setError('Choose whose number this is.')
    if (score === null && !noNumber) return setError('Choose a number from 0 to 10, or “prefer not to give a number”.')
    setBusy(true)
    try {
      await sendScalingCommand(mapId, {
        type: 'answer-scaling',
        roundId: round.id,
        questionId: question.id,
        person: { personId },
        score: noNumber ? null : score,
        reason: noReason ? null : reason,
      })
      setError(null)
      const who = nameOf({ personId })
      setSent(forSomeoneElse ? `${who}’s answer is in${round.mode === 'sealed' ? ', hidden until the reveal' : ''}.` : 'Your answer is in.')
      setScore(null)
      setReason('')
      setNoNumber(false)
      setNoReason(false)
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="answer-form" onSubmit={send} aria-label={`${words.giveNumber}: ${question.question}`}>
      {mayRun ? (
        <div className="field">
          <label htmlFor={`${id}-person`}>Whose number</label>
          <select id={`${id}-person`} value={personId} onChange={(event) => setPersonId(event.target.value)}>
            <option value="">Choose…</option>
            {choices.map((person) => (
              <option key={person.id} value={person.id}>
                {person.id === myPersonId ? `${personName(person)} (you)` : personName(person)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ScoreChoice
        name={`${id}-score`}
        legend={mayRun && forSomeoneElse ? `${nameOf({ personId })}’s number` : plain ? 'Your number, from 0 to 10' : 'Your number'}
        zero={question.zero}
        ten={question.ten}
        value={noNumber ? null : score}
        onValue={(value) => {
          setScore(value)
          setNoNumber(false)
        }}
      />
      <label className="scaling-check">
        <input type="checkbox" checked={noNumber} onChange={(event) => setNoNumber(event.target.checked)} />
        Prefer not to give a number
      </label>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{words.reasonLabel}</label>
        <textarea id={`${id}-reason`} rows={2} value={reason} disabled={noReason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <label className="scaling-check">
        <input type="checkbox" checked={noReason} onChange={(event) => setNoReason(event.target.checked)} />
        Prefer not to say why
      </label>
      <button type="submit" className="button button--primary" disabled={busy}>
        {mayRun && forSomeoneElse ? `Enter ${nameOf({ personId })}’s answer` : 'Give my answer'}
      </button>
      <p role="status" className="scaling-form__done">
        {sent}
      </p>
      <ErrorMessage message={error} />
    </form>
  )
}

function useMeetingPresent(round: ScalingRound): Set<string> {
  const { scaling } = useScalingView()
  const meeting = scaling.meetings.find((each) => each.id === round.meetingId)
  return new Set((meeting?.present ?? []).flatMap((ref) => ('personId' in ref ? [ref.personId] : [])))
}
