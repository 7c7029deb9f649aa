import { formatCalendarDate } from '../../shared/london-time'
import { nameOf, type NextStep, type NextStepStatus, type Person } from '../../shared/model'

const STATUS_WORDS: Record<NextStepStatus, string> = { open: 'To do', done: 'Done', dropped: 'No longer needed' }

/** "Meet Sophie and Maureen. Priya Shah, by 28/11/2026. To do." */
export function nextStepInWords(step: NextStep, people: readonly Person[]): string {
  const owner = step.owner === null ? null : 'agency' in step.owner ? step.owner.agency : nameOf(step.owner, people)
  const who = [owner, step.due ? `by ${formatCalendarDate(step.due)}` : null].filter(Boolean).join(', ')
  return `${step.action.trim() || 'An action not written yet'}${who ? ` — ${who}` : ''}. ${STATUS_WORDS[step.status]}.`
}

/** Next steps read-only: what, who, by when, and whether it is done. */
export function NextStepsSaid({ steps, people, empty = 'No next steps yet.' }: { steps: readonly NextStep[]; people: readonly Person[]; empty?: string }) {
  if (steps.length === 0) return <p className="said-empty">{empty}</p>
  return (
    <ul className="said-list">
      {steps.map((step) => (
        <li key={step.id} className={`said-step said-step--${step.status}`}>
          {nextStepInWords(step, people)}
        </li>
      ))}
    </ul>
  )
}
