import type { PlainWord } from './plain-words.js'

/**
 * The plain data the coach reads. These are structural: the records that shared/model's read
 * functions return satisfy them, so the coach needs nothing from the model but this shape.
 */

export type PersonRef = { personId: string } | { name: string; role: string }

export interface CoachPerson {
  id: string
  name: string
  group: 'family' | 'network' | 'professional'
}

export interface SafetyGoal {
  /** What will be happening differently in the care of the child. */
  different: string
  /** Who needs to be convinced. */
  convinced: readonly PersonRef[]
  /** For how long. */
  howLong: string
  /** Based on what we need to see. */
  evidence: string
  /** The safety network: people on the map. */
  networkPersonIds: readonly string[]
}

export interface DangerStatement {
  id: string
  /** Who is worried. */
  worried: readonly PersonRef[]
  /** The specific behaviour or circumstance. */
  behaviour: string
  /** What people fear will happen to the child if nothing changes. */
  fear: string
  linkedCardIds: readonly string[]
  goal: SafetyGoal
}

export interface BottomLine {
  id: string
  /** Null when its statement was deleted and the bottom line kept. */
  statementId: string | null
  condition: string
  contingency: string
}

export type StepOwner = PersonRef | { agency: string }

export interface NextStep {
  id: string
  action: string
  owner: StepOwner | null
  /** ISO date (YYYY-MM-DD). */
  due: string | null
  /** Null for a step that serves the whole plan. */
  statementId: string | null
  status: 'open' | 'done' | 'dropped'
}

export interface CoachInput {
  statements: readonly DangerStatement[]
  bottomLines: readonly BottomLine[]
  nextSteps: readonly NextStep[]
  people: readonly CoachPerson[]
  /** The people the map is about (settings.childIds): children, so never their own safety network. */
  childIds?: readonly string[]
  /** ISO date (YYYY-MM-DD) the map is being looked at. */
  today: string
}

export interface CoachOptions {
  /** The Flesch-Kincaid grade above which family-facing text is flagged; 3 unless a council says otherwise. */
  readabilityGrade?: number
  /** A council's own jargon, added to ours (see plain-words.ts). */
  plainWords?: readonly PlainWord[]
}
