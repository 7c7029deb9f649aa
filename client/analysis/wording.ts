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
