import { z } from 'zod'

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

export function domainLabel(framework: Framework, domain: Domain): string {
  return DOMAIN_LABELS[framework][domain]
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
