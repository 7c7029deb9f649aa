import { Link } from 'react-router'
import type { Audience } from '../../shared/audience'
import type { Framework } from '../../shared/framework'
import { agendaFor, meetingInWords, neighbourStep, stepLabel, type AgendaStep, type Meeting, type MeetingFlow } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { timeLeftInWords, useNow } from './timer'
import { useMeetingCommand } from './useMeetingCommand'
import './meeting-bar.css'

interface MeetingBarProps {
  mapId: string
  meeting: Meeting & { flow: MeetingFlow }
  framework: Framework
  audience: Audience
  /** Owners and professionals move the meeting on; everyone else follows it. */
  mayRun: boolean
  follow: boolean
  onFollow(follow: boolean): void
}

/**
 * The running meeting across the top of every view of the map: which step it is on (announced
 * politely when it moves), the step's timer, moving it on or back, following it, and the shared
 * screen. A move carries the step this screen showed, so two facilitators moving at once cannot
 * both win; the one refused is told where the meeting went, and both bars show the record's step.
 */
export function MeetingBar({ mapId, meeting, framework, audience, mayRun, follow, onFollow }: MeetingBarProps) {
  const { flow } = meeting
  const agenda = agendaFor(meeting.type)
  const now = useNow()
  const { busy, error, run } = useMeetingCommand(mapId)
  const label = (step: AgendaStep) => stepLabel(step, framework, audience)
  const minutes = flow.timers[flow.step]
  const move = (toStep: AgendaStep) => run({ type: 'move-meeting-step', meetingId: meeting.id, fromStep: flow.step, toStep })
  const previous = neighbourStep(meeting.type, flow.step, 'previous')
  const next = neighbourStep(meeting.type, flow.step, 'next')
  const base = `/maps/${encodeURIComponent(mapId)}`

  return (
    <section className="meeting-bar" aria-label="The meeting">
      <p className="meeting-bar__now" role="status">
        <span className="meeting-bar__what">{meetingInWords(meeting)}.</span> Step {agenda.indexOf(flow.step) + 1} of {agenda.length}: <strong>{label(flow.step)}</strong>
        {minutes !== undefined && <span className="meeting-bar__timer"> {timeLeftInWords(flow.stepStartedAt, minutes, now)}.</span>}
      </p>
      {mayRun && (
        <div className="meeting-bar__moves" role="group" aria-label="Move the meeting">
          {previous && (
            <button type="button" className="button" disabled={busy} onClick={() => move(previous)}>
              Back to: {label(previous)}
            </button>
          )}
          {next && (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => move(next)}>
              Next: {label(next)}
            </button>
          )}
        </div>
      )}
      <label className="meeting-bar__follow">
        <input type="checkbox" checked={follow} onChange={(event) => onFollow(event.target.checked)} />
        Follow the meeting
      </label>
      <Link to={`${base}/meeting`}>{mayRun ? 'Run the meeting' : 'The meeting'}</Link>
      {mayRun && (
        <a href={`${base}/present`} target="_blank" rel="noopener">
          Open the shared screen<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      )}
      <ErrorMessage message={error} />
    </section>
  )
}
