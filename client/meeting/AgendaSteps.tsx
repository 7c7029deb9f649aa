import type { Audience } from '../../shared/audience'
import type { Framework } from '../../shared/framework'
import { agendaFor, stepLabel, type AgendaStep, type Meeting, type MeetingFlow } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { useMeetingCommand } from './useMeetingCommand'

const TIMER_CHOICES = [5, 10, 15, 20, 30, 45, 60] as const

interface AgendaStepsProps {
  mapId: string
  meeting: Meeting & { flow: MeetingFlow }
  framework: Framework
  audience: Audience
  mayRun: boolean
}

/** The meeting's agenda, the step it is on marked; those running it can go to any step and give a step a timer. */
export function AgendaSteps({ mapId, meeting, framework, audience, mayRun }: AgendaStepsProps) {
  const { busy, error, run } = useMeetingCommand(mapId)
  const { step: current, timers } = meeting.flow
  const label = (step: AgendaStep) => stepLabel(step, framework, audience)
  return (
    <section className="meeting-agenda" aria-labelledby="agenda-heading">
      <h3 id="agenda-heading">Agenda</h3>
      <ol className="meeting-agenda__steps">
        {agendaFor(meeting.type).map((step) => (
          <li key={step} className={step === current ? 'meeting-agenda__step meeting-agenda__step--current' : 'meeting-agenda__step'} aria-current={step === current ? 'step' : undefined}>
            <span className="meeting-agenda__label">
              {label(step)}
              {step === current && <strong> (now)</strong>}
            </span>
            {mayRun && step !== current && (
              <button type="button" className="button button--quiet" disabled={busy} onClick={() => run({ type: 'move-meeting-step', meetingId: meeting.id, fromStep: current, toStep: step })}>
                Go to this step<span className="visually-hidden">: {label(step)}</span>
              </button>
            )}
            {mayRun ? (
              <label className="meeting-agenda__timer">
                Timer<span className="visually-hidden"> for {label(step)}</span>
                <select
                  value={timers[step] ?? ''}
                  disabled={busy}
                  onChange={(event) => run({ type: 'set-step-timer', meetingId: meeting.id, step, minutes: event.target.value === '' ? null : Number(event.target.value) })}
                >
                  <option value="">None</option>
                  {TIMER_CHOICES.map((minutes) => (
                    <option key={minutes} value={minutes}>
                      {minutes} minutes
                    </option>
                  ))}
                  {timers[step] !== undefined && !(TIMER_CHOICES as readonly number[]).includes(timers[step]) && <option value={timers[step]}>{timers[step]} minutes</option>}
                </select>
              </label>
            ) : (
              timers[step] !== undefined && <span className="meeting-agenda__minutes">{timers[step]} minutes</span>
            )}
          </li>
        ))}
      </ol>
      <ErrorMessage message={error} />
    </section>
  )
}
