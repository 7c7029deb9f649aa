import { domainLabel, PAIR_WORDING, type Framework } from '../framework.js'
import type { Audience } from '../audience.js'
import type { AgendaStep, MeetingType } from './meetings.js'

/**
 * Each kind of meeting's agenda, as the practice runs it (REQUIREMENTS.md section 3):
 * - group supervision builds the mapping: the genogram, what is known, the statements and goals,
 *   a judgement, then best questions and next steps (3.1);
 * - a family network meeting shares the draft statements and goals, everyone scales, and the
 *   network builds its plan of who does what (3.2);
 * - a core group, care team or team around the family starts by sharing the statements and goals
 *   and rescaling them, then reviews the plan and what changed (3.3 to 3.5);
 * - a review goes over the same ground and checks the plan still holds.
 */
const AGENDAS: Record<MeetingType, readonly AgendaStep[]> = {
  'group-supervision': ['genogram', 'what-we-know', 'statements', 'scaling', 'best-questions'],
  'family-network-meeting': ['statements', 'scaling', 'network', 'plan', 'next-steps'],
  'core-group': ['statements', 'scaling', 'progress', 'changes', 'next-steps'],
  'care-team': ['statements', 'scaling', 'progress', 'changes', 'next-steps'],
  'team-around-the-family': ['statements', 'scaling', 'progress', 'changes', 'next-steps'],
  review: ['statements', 'scaling', 'progress', 'changes', 'plan', 'next-steps'],
  other: ['statements', 'scaling', 'next-steps'],
}

export function agendaFor(type: MeetingType): readonly AgendaStep[] {
  return AGENDAS[type]
}

/** What a step is called: the practice's words for staff, plain words for the family and a shared screen. */
export function stepLabel(step: AgendaStep, framework: Framework, audience: Audience): string {
  const family = audience === 'family'
  switch (step) {
    case 'genogram':
      return family ? 'Who is in the family' : 'Genogram'
    case 'what-we-know':
      return family ? 'What we are worried about and what is going well' : 'What we know: worries and what’s working well'
    case 'statements': {
      if (family) return 'What we are worried about and what needs to be different'
      const { statement, goal } = PAIR_WORDING[framework]
      return `${statement}s and ${goal.toLowerCase()}s`
    }
    case 'scaling':
      return family ? 'Everyone’s numbers from 0 to 10' : 'Everyone scales'
    case 'best-questions':
      return family ? 'Questions to ask, and what happens next' : 'Best questions and next steps'
    case 'network':
      return family ? 'Who can help with what' : 'Who in the network can help with what'
    case 'plan':
      return family ? 'The plan and its rules' : 'The safety plan and its rules'
    case 'progress':
      return family ? 'How the next steps have gone' : 'Progress on next steps'
    case 'changes':
      return family ? 'What has changed since last time' : 'What changed since the last meeting'
    case 'next-steps':
      return family ? domainLabel(framework, 'nextSteps', 'family') : 'New next steps'
  }
}

/** The step before or after this one in its agenda, or null at either end. */
export function neighbourStep(type: MeetingType, step: AgendaStep, direction: 'previous' | 'next'): AgendaStep | null {
  const agenda = agendaFor(type)
  const at = agenda.indexOf(step)
  if (at < 0) return null
  return agenda[direction === 'next' ? at + 1 : at - 1] ?? null
}
