import type { Badge } from './badge.js'
import { isBlank } from './parts.js'
import type { CoachPerson, NextStep, StepOwner } from './types.js'

/**
 * Checks of one next step: what, by whom and by when (R-P-1). A step need not name a statement: it
 * may serve the whole plan. Only open steps are checked: one done or dropped is history, not a to-do.
 */

const subjectOf = (step: NextStep, part: string) => ({ kind: 'nextStep' as const, id: step.id, part })

function hasOwner(owner: StepOwner | null): boolean {
  if (!owner) return false
  if ('agency' in owner) return !isBlank(owner.agency)
  return 'personId' in owner || !isBlank(owner.name)
}

export function nextStepMissingParts(step: NextStep): Badge[] {
  if (step.status !== 'open') return []
  const missing = (part: string, message: string): Badge => ({ subject: subjectOf(step, part), check: 'missing-part', message })
  const badges: Badge[] = []
  if (isBlank(step.action)) badges.push(missing('action', 'Say what will be done, in a few plain words.'))
  if (!hasOwner(step.owner)) badges.push(missing('owner', 'Say who will do this: a person, or an agency.'))
  if (isBlank(step.due)) badges.push(missing('due', 'Give this step a date to be done by.'))
  return badges
}

/** Open and due before today. Dates are ISO (YYYY-MM-DD), so they compare as text. */
export function nextStepOverdue(step: NextStep, today: string, people: readonly CoachPerson[] = []): Badge[] {
  const due = step.due?.trim()
  if (step.status !== 'open' || !due || due.slice(0, 10) >= today.slice(0, 10)) return []
  const owner = ownerName(step.owner, people)
  return [
    {
      subject: subjectOf(step, 'due'),
      check: 'overdue',
      message: `This was due on ${longDate(due)} and is still open: mark it done, or agree a new date${owner ? ` with ${owner}` : ''}.`,
    },
  ]
}

function ownerName(owner: StepOwner | null, people: readonly CoachPerson[]): string {
  if (!owner) return ''
  if ('agency' in owner) return owner.agency.trim()
  if ('name' in owner) return owner.name.trim()
  return people.find((person) => person.id === owner.personId)?.name ?? ''
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2026-11-28" as "28 November 2026", the same in every browser and on the server. */
function longDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number)
  return MONTHS[month - 1] ? `${day} ${MONTHS[month - 1]} ${year}` : iso
}
