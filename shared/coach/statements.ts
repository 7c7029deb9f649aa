import type { Badge } from './badge.js'
import { isBlank, namesSomeone } from './parts.js'
import type { CoachPerson, DangerStatement, SafetyGoal } from './types.js'

/** Good practice is no more than four statements, with linked worries in one (R-DS-3). */
export const MOST_STATEMENTS = 4

/** The three parts every statement needs (R-DS-1). */
export function statementMissingParts(statement: DangerStatement, people: readonly CoachPerson[]): Badge[] {
  const missing = (part: string, message: string): Badge => ({ subject: { kind: 'statement', id: statement.id, part }, check: 'missing-part', message })
  const badges: Badge[] = []
  if (!namesSomeone(statement.worried, people)) badges.push(missing('worried', 'Name who is worried, each with their role: the social worker, the class teacher, a grandparent.'))
  if (isBlank(statement.behaviour)) badges.push(missing('behaviour', 'Say what someone does, or what is happening, that people are worried about.'))
  if (isBlank(statement.fear)) badges.push(missing('fear', 'Say what could happen to the child if nothing changes.'))
  return badges
}

export const goalIsEmpty = (goal: SafetyGoal) =>
  isBlank(goal.different) && isBlank(goal.howLong) && isBlank(goal.evidence) && goal.convinced.length === 0 && goal.networkPersonIds.length === 0

/** Every statement has a paired goal (R-DS-4); an empty one gets this badge instead of one per part. */
export function statementWithoutGoal(statement: DangerStatement): Badge[] {
  if (!goalIsEmpty(statement.goal)) return []
  return [
    {
      subject: { kind: 'statement', id: statement.id, part: 'goal' },
      check: 'no-goal',
      message: 'Write the goal that goes with this statement: what will be happening differently for the child, and who needs to see it.',
    },
  ]
}

/** More than four statements, naming two that draw on the same cards, as the likeliest to merge. */
export function tooManyStatements(statements: readonly DangerStatement[]): Badge[] {
  if (statements.length <= MOST_STATEMENTS) return []
  const pair = firstPairSharingCards(statements)
  const merge = pair
    ? `Statements ${pair[0] + 1} and ${pair[1] + 1} draw on the same cards: could they be one?`
    : 'Merge statements about linked worries into one.'
  return [
    {
      subject: { kind: 'map' },
      check: 'too-many-statements',
      message: `There are ${statements.length} statements; aim for no more than ${MOST_STATEMENTS}. ${merge}`,
    },
  ]
}

function firstPairSharingCards(statements: readonly DangerStatement[]): [number, number] | null {
  const firstWithCard = new Map<string, number>()
  for (const [index, statement] of statements.entries()) {
    for (const cardId of statement.linkedCardIds) {
      const earlier = firstWithCard.get(cardId)
      if (earlier === undefined) firstWithCard.set(cardId, index)
      else if (earlier !== index) return [earlier, index]
    }
  }
  return null
}
