import type { Audience } from '../audience.js'
import { CHANGE_KINDS, type ChangeCount, type ChangeKind } from './meetings.js'
import { listInWords } from './pair-sentences.js'
import { movementInWords } from './scaling-words.js'

/** "What changed since the last meeting" in words: one wording for the meeting view, the shared screen and exports. */

const KIND_WORDS: Record<ChangeKind, Record<Audience, readonly [one: string, many: string]>> = {
  cards: { professional: ['card', 'cards'], family: ['card', 'cards'] },
  statements: {
    professional: ['statement and goal', 'statements and goals'],
    family: ['worry and what needs to be different', 'worries and what needs to be different'],
  },
  bottomLines: { professional: ['bottom line', 'bottom lines'], family: ['bottom line', 'bottom lines'] },
  nextSteps: { professional: ['next step', 'next steps'], family: ['next step', 'next steps'] },
  planRules: { professional: ['safety plan rule', 'safety plan rules'], family: ['rule of the plan', 'rules of the plan'] },
  people: { professional: ['person', 'people'], family: ['person', 'people'] },
}

export function countOfKind(kind: ChangeKind, count: number, audience: Audience): string {
  const [one, many] = KIND_WORDS[kind][audience]
  return `${count} ${count === 1 ? one : many}`
}

const HOW = { added: 'Added', changed: 'Changed', removed: 'Removed' } as const

/** "Added: 2 cards and 1 next step.", then changed, then removed: a line for each that has any. */
export function countsInWords(counts: Record<ChangeKind, ChangeCount>, audience: Audience): string[] {
  return (['added', 'changed', 'removed'] as const).flatMap((how) => {
    const parts = CHANGE_KINDS.filter((kind) => counts[kind][how] > 0).map((kind) => countOfKind(kind, counts[kind][how], audience))
    return parts.length === 0 ? [] : [`${HOW[how]}: ${listInWords(parts)}.`]
  })
}

/** "Maureen Hale: up 3, from 4 to 7", or "Maureen Hale: 7, their first number". */
export function scoreMovementInWords(name: string, from: number | null, to: number): string {
  return from === null ? `${name}: ${to}, their first number` : `${name}: ${movementInWords(from, to)}, from ${from} to ${to}`
}
