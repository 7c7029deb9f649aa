import type { Framework } from '../../shared/framework'

/**
 * What the analysis objects are called under each framework. Signs of Safety speaks of danger and
 * safety; Signs of Wellbeing and Signs of Success speak of worry, wellbeing and success, because
 * their families would not recognise "danger" in what is asked of them.
 */
export interface AnalysisWording {
  /** "Danger statement". */
  statement: string
  /** "Safety goal". */
  goal: string
}

export const ANALYSIS_WORDING: Record<Framework, AnalysisWording> = {
  safety: { statement: 'Danger statement', goal: 'Safety goal' },
  wellbeing: { statement: 'Worry statement', goal: 'Wellbeing goal' },
  success: { statement: 'Worry statement', goal: 'Success goal' },
}

/** "danger statement" inside a sentence. */
export const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** The labels of a pair's parts: the questions the practice asks, the same in every framework. */
export const PART_LABELS = {
  worried: 'Who is worried',
  behaviour: 'What specific behaviour or circumstance are we worried about',
  fear: 'What we fear will happen to the child if nothing changes',
  linkedCardIds: 'What this rests on',
  different: 'What will be happening differently in the care of the child',
  convinced: 'Who needs to be convinced',
  howLong: 'For how long',
  evidence: 'What we need to see',
  networkPersonIds: 'Safety network',
  condition: 'Bottom line',
  contingency: 'What will happen if it is not met',
  action: 'Action',
} as const

export type PartName = keyof typeof PART_LABELS
