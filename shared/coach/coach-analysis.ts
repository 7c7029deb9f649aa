import type { Badge, BadgeSubject } from './badge.js'
import { bottomLineMissingParts } from './bottom-lines.js'
import { goalMissingParts, goalNamesAChild, goalServiceLanguage, goalWithoutNetwork, goalWithoutTimePeriod } from './goals.js'
import { nextStepMissingParts, nextStepOverdue } from './next-steps.js'
import { goalIsEmpty, statementMissingParts, statementWithoutGoal, tooManyStatements } from './statements.js'
import type { CoachInput, CoachOptions } from './types.js'
import { wordingBadges } from './wording.js'

/**
 * Every badge for a map's statements, goals, bottom lines and next steps. Overdue next steps come
 * first, so they stand out; the rest follow the map's order. A statement whose goal is still empty
 * gets one "no goal" badge rather than one for every part of the goal.
 */
export function coachAnalysis(input: CoachInput, options: CoachOptions = {}): Badge[] {
  const wording = (text: string, subject: BadgeSubject) => wordingBadges(text, subject, options)
  const badges: Badge[] = [...tooManyStatements(input.statements)]
  const childIds = input.childIds ?? []

  for (const statement of input.statements) {
    const { id, goal } = statement
    badges.push(
      ...statementMissingParts(statement, input.people),
      ...wording(statement.behaviour, { kind: 'statement', id, part: 'behaviour' }),
      ...wording(statement.fear, { kind: 'statement', id, part: 'fear' }),
    )
    if (goalIsEmpty(goal)) {
      badges.push(...statementWithoutGoal(statement))
      continue
    }
    badges.push(
      ...goalMissingParts(goal, id, input.people),
      ...goalWithoutTimePeriod(goal, id),
      ...goalWithoutNetwork(goal, id, input.people, childIds),
      ...goalNamesAChild(goal, id, input.people, childIds),
      ...goalServiceLanguage(goal, id),
      ...wording(goal.different, { kind: 'goal', id, part: 'different' }),
      ...wording(goal.howLong, { kind: 'goal', id, part: 'howLong' }),
      ...wording(goal.evidence, { kind: 'goal', id, part: 'evidence' }),
    )
  }

  for (const bottomLine of input.bottomLines) {
    const { id } = bottomLine
    badges.push(
      ...bottomLineMissingParts(bottomLine),
      ...wording(bottomLine.condition, { kind: 'bottomLine', id, part: 'condition' }),
      ...wording(bottomLine.contingency, { kind: 'bottomLine', id, part: 'contingency' }),
    )
  }

  const overdue: Badge[] = []
  for (const step of input.nextSteps) {
    overdue.push(...nextStepOverdue(step, input.today, input.people))
    badges.push(...nextStepMissingParts(step), ...wording(step.action, { kind: 'nextStep', id: step.id, part: 'action' }))
  }
  return [...overdue, ...badges]
}
