import { useState } from 'react'
import { formatLondonDateTime } from '../../shared/london-time'
import { ErrorMessage } from '../app/ErrorMessage'
import { sendScalingCommand } from '../http/scaling'
import { useScalingView } from './scalingContext'
import { ScoreChoice } from './ScoreChoice'
import { DEFAULT_TEN, DEFAULT_ZERO } from '../../shared/model'

/** The professional's overall safety scale and its reason; each new one is kept with the earlier ones. */
export function Judgement() {
  const { scaling, words, mayRun, memberNames } = useScalingView()
  const current = scaling.judgements.at(-1)
  const earlier = scaling.judgements.slice(0, -1).reverse()
  return (
    <section className="scaling-section" aria-labelledby="judgement-heading">
      <h2 id="judgement-heading">{words.judgement}</h2>
      {current ? (
        <div className="judgement">
          <p className="judgement__score">
            <span className="judgement__number">{current.score}</span> out of 10
          </p>
          <p>{current.reason}</p>
          <p className="judgement__by">
            {memberNames.get(current.byUserId) ?? 'A member of staff'}, {formatLondonDateTime(current.at)}
          </p>
        </div>
      ) : (
        <p>No overall judgement recorded yet.</p>
      )}
      {earlier.length > 0 && (
        <details>
          <summary>Earlier judgements ({earlier.length})</summary>
          <ul>
            {earlier.map((judgement) => (
              <li key={judgement.id}>
                {formatLondonDateTime(judgement.at)}: {judgement.score} out of 10. {judgement.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {mayRun && <JudgementForm />}
    </section>
  )
}

function JudgementForm() {
  const { mapId, scaling } = useScalingView()
  const [score, setScore] = useState<number | null>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function record(event: React.FormEvent) {
    event.preventDefault()
    if (score === null) return setError('Choose a number from 0 to 10.')
    setBusy(true)
    try {
      await sendScalingCommand(mapId, { type: 'record-judgement', score, reason, meetingId: scaling.meetings.at(-1)?.id ?? null })
      setError(null)
      setScore(null)
      setReason('')
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="scaling-form" onSubmit={record} aria-label="Record the overall judgement">
      <ScoreChoice name="judgement-score" legend="Overall Safety Scale" zero={DEFAULT_ZERO} ten={DEFAULT_TEN} value={score} onValue={setScore} />
      <div className="field">
        <label htmlFor="judgement-reason">Case Scale Reason</label>
        <textarea id="judgement-reason" rows={4} required value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        Record the judgement
      </button>
      <ErrorMessage message={error} />
    </form>
  )
}
