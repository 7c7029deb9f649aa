import type { Badge } from './badge.js'
import { isBlank, namesSomeone } from './parts.js'
import { serviceLanguageBadges } from './service-language.js'
import { hasTimePeriod } from './time-period.js'
import type { CoachPerson, SafetyGoal } from './types.js'

/**
 * Checks of one safety goal. A goal is paired with exactly one statement, so its badges carry the
 * statement's id.
 */

const subjectOf = (statementId: string, part: string) => ({ kind: 'goal' as const, id: statementId, part })

/** What, who must be convinced, and what we need to see (R-G-1); how long is `goalWithoutTimePeriod`. */
export function goalMissingParts(goal: SafetyGoal, statementId: string, people: readonly CoachPerson[]): Badge[] {
  const missing = (part: string, message: string): Badge => ({ subject: subjectOf(statementId, part), check: 'missing-part', message })
  const badges: Badge[] = []
  if (isBlank(goal.different)) badges.push(missing('different', 'Say what will be happening differently in the care of the child.'))
  if (!namesSomeone(goal.convinced, people)) badges.push(missing('convinced', 'Name who needs to be convinced that it is happening, with their role.'))
  if (isBlank(goal.evidence))
    badges.push(missing('evidence', 'Say what you need to see to know the child is safe: what people will be doing, day to day.'))
  return badges
}

/** No "for how long", and the goal's own words give no time period either (R-G-5). */
export function goalWithoutTimePeriod(goal: SafetyGoal, statementId: string): Badge[] {
  if (!isBlank(goal.howLong) || hasTimePeriod(`${goal.different}\n${goal.evidence}`)) return []
  return [
    {
      subject: subjectOf(statementId, 'howLong'),
      check: 'no-time-period',
      message: 'Say for how long this needs to keep happening, for example "for the next six months".',
    },
  ]
}

/**
 * Every safety goal names a safety network (R-G-3): people on the map's people list. The network is
 * the family's own adults, who are there when professionals are not, so a network of professionals
 * only is flagged too, and so is one of the children the map is about (`goalNamesAChild`).
 */
export function goalWithoutNetwork(goal: SafetyGoal, statementId: string, people: readonly CoachPerson[], childIds: readonly string[]): Badge[] {
  const members = people.filter((person) => goal.networkPersonIds.includes(person.id))
  const badge = (message: string): Badge[] => [{ subject: subjectOf(statementId, 'networkPersonIds'), check: 'no-network', message }]
  if (goal.networkPersonIds.length === 0) return badge('Name the safety network: the family and friends who will help keep the child safe.')
  if (members.length === 0)
    return badge('The safety network names no one on the people list: add them to the people list, or choose who is in the network.')
  if (members.every((person) => person.group === 'professional' || childIds.includes(person.id)))
    return badge('Add family or friends to the safety network: professionals cannot be there every day and night, and a child cannot keep themselves safe.')
  return []
}

/** A child the map is about, named in the safety network: the network is the adults who keep them safe. */
export function goalNamesAChild(goal: SafetyGoal, statementId: string, people: readonly CoachPerson[], childIds: readonly string[]): Badge[] {
  const children = people.filter((person) => childIds.includes(person.id) && goal.networkPersonIds.includes(person.id))
  return children.map((child) => ({
    subject: subjectOf(statementId, 'networkPersonIds'),
    check: 'child-in-network',
    message: `Take ${child.name} out of the safety network: a safety network is the adults who will keep the children safe, and ${child.name} is one of the children.`,
  }))
}

/** What the family will be doing, not the services they attend (R-G-2). */
export function goalServiceLanguage(goal: SafetyGoal, statementId: string): Badge[] {
  return [
    ...serviceLanguageBadges(goal.different, subjectOf(statementId, 'different')),
    ...serviceLanguageBadges(goal.evidence, subjectOf(statementId, 'evidence')),
  ]
}
