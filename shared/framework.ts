import { z } from 'zod'
import type { Audience } from './audience.js'

/** The practice frameworks a map can use; each relabels some of the seven domains. */
export const FRAMEWORKS = ['safety', 'wellbeing', 'success'] as const
export const Framework = z.enum(FRAMEWORKS)
export type Framework = z.infer<typeof Framework>

export const FRAMEWORK_NAMES: Record<Framework, string> = {
  safety: 'Signs of Safety',
  wellbeing: 'Signs of Wellbeing',
  success: 'Signs of Success',
}

/** The three questions, in the order they sit on the map. */
export const QUESTIONS = ['worried', 'workingWell', 'needsToHappen'] as const
export type Question = (typeof QUESTIONS)[number]

export const QUESTION_TEXT: Record<Question, string> = {
  worried: 'What are we worried about?',
  workingWell: "What's working well?",
  needsToHappen: 'What needs to happen?',
}

/** The seven analysis domains, in map order. */
export const DOMAINS = [
  'harm',
  'danger',
  'complicatingFactors',
  'existingStrengths',
  'existingSafety',
  'safetyGoals',
  'nextSteps',
] as const
export const Domain = z.enum(DOMAINS)
export type Domain = z.infer<typeof Domain>

export const DOMAIN_QUESTION: Record<Domain, Question> = {
  harm: 'worried',
  danger: 'worried',
  complicatingFactors: 'worried',
  existingStrengths: 'workingWell',
  existingSafety: 'workingWell',
  safetyGoals: 'needsToHappen',
  nextSteps: 'needsToHappen',
}

const SAFETY_LABELS: Record<Domain, string> = {
  harm: 'Harm',
  danger: 'Danger',
  complicatingFactors: 'Complicating factors',
  existingStrengths: 'Existing strengths',
  existingSafety: 'Existing safety',
  safetyGoals: 'Safety goals',
  nextSteps: 'Next steps',
}

/** Domain wording by framework (DOMAIN.md, "The map"). */
export const DOMAIN_LABELS: Record<Framework, Record<Domain, string>> = {
  safety: SAFETY_LABELS,
  wellbeing: {
    ...SAFETY_LABELS,
    harm: 'Wellbeing concerns (past)',
    danger: 'Critical worries (future)',
    existingSafety: 'Existing wellbeing',
    safetyGoals: 'Wellbeing goals',
  },
  success: {
    ...SAFETY_LABELS,
    harm: 'Worrying behaviour (past)',
    danger: 'Critical worries (future)',
    existingSafety: 'Existing success',
    safetyGoals: 'Success goals',
  },
}

/**
 * The domains in the family's words, for the family audience: what a parent or grandmother would
 * call them, without the practice's terms.
 */
const FAMILY_LABELS: Record<Domain, string> = {
  harm: 'What has happened',
  danger: 'What we worry could happen',
  complicatingFactors: 'What makes things harder',
  existingStrengths: 'What is going well',
  existingSafety: 'What already keeps the children safe',
  safetyGoals: 'What we want to see',
  nextSteps: 'Who will do what next',
}

export const FAMILY_DOMAIN_LABELS: Record<Framework, Record<Domain, string>> = {
  safety: FAMILY_LABELS,
  wellbeing: { ...FAMILY_LABELS, existingSafety: 'What already helps the children to be well' },
  success: { ...FAMILY_LABELS, existingSafety: 'What already helps the young person do well' },
}

export function domainLabel(framework: Framework, domain: Domain, audience: Audience = 'professional'): string {
  return (audience === 'family' ? FAMILY_DOMAIN_LABELS : DOMAIN_LABELS)[framework][domain]
}

export function domainsOf(question: Question): Domain[] {
  return DOMAINS.filter((domain) => DOMAIN_QUESTION[domain] === question)
}

/** The judgement scale beneath the columns. */
export const JUDGEMENT_LABEL: Record<Framework, string> = {
  safety: 'Judgement: how safe is the child? (0-10)',
  wellbeing: 'Judgement: how well are things going for the child? (0-10)',
  success: 'Judgement: how well are things going for the young person? (0-10)',
}

/**
 * What a statement and goal pair is called under each framework, and what its goal aims at. Signs
 * of Safety speaks of danger and safety; Signs of Wellbeing and Signs of Success speak of worry,
 * wellbeing and success, because their families would not recognise "danger" in what is asked of
 * them (REQUIREMENTS.md 1.3).
 */
export interface PairWording {
  /** "Danger statement". */
  statement: string
  /** "Safety goal". */
  goal: string
  /** How the children must be for the map to close: "... are safe enough for this map to close". */
  goalAim: string
}

export const PAIR_WORDING: Record<Framework, PairWording> = {
  safety: { statement: 'Danger statement', goal: 'Safety goal', goalAim: 'safe enough for this map to close' },
  wellbeing: { statement: 'Worry statement', goal: 'Wellbeing goal', goalAim: 'healthy and well, so this map can close' },
  success: { statement: 'Worry statement', goal: 'Success goal', goalAim: 'doing well, so this map can close' },
}

/** What a pair is called on the family's screen: the same in every framework, in plain words. */
const FAMILY_PAIR_WORDING: Omit<PairWording, 'goalAim'> = { statement: 'What we are worried about', goal: 'What needs to be different' }

/** What each side of a pair is called, for whoever the screen is showing to. */
export function pairKind(framework: Framework, side: PairSide, audience: Audience = 'professional'): string {
  return (audience === 'family' ? FAMILY_PAIR_WORDING : PAIR_WORDING[framework])[side]
}

/** The domain each side of a pair belongs to: statements in Danger, their goals in Safety goals. */
export const PAIR_DOMAIN = { statement: 'danger', goal: 'safetyGoals' } as const satisfies Record<string, Domain>
export type PairSide = keyof typeof PAIR_DOMAIN
