import { PAIR_WORDING, type Framework } from '../../shared/framework'
import { formatLondonDateTime } from '../../shared/london-time'
import type { PlanAgreement, Person, RuleKept } from '../../shared/model'

/**
 * How the safety plan is worded, in one place: the Safety plan view, each person's copy, the canvas
 * and the three columns say it the same way. Its words are the practice's own (plan rules, trigger
 * times, contingency, safety object, safety journal) and plain enough for the family.
 */

export const KEPT_WORDS: Record<RuleKept, string> = {
  yes: 'Yes, it was kept',
  partly: 'Partly kept',
  no: 'No, it was not kept',
}

/** "Danger statement 1", or "Worry 1" in plain words. */
export function statementNamer(framework: Framework, plain: boolean): (number: number) => string {
  const name = plain ? 'Worry' : PAIR_WORDING[framework].statement
  return (number) => `${name} ${number}`
}

/** "22/11/2026": the London day of a moment the server recorded. */
export const dayOf = (at: string) => formatLondonDateTime(at).slice(0, 10)

/** Where the plan stands: agreed (by whom, when), changed since, or not agreed yet. */
export function planStanding(agreement: PlanAgreement | null, changed: boolean, memberNames: ReadonlyMap<string, string>, people: readonly Person[]): string {
  if (agreement === null) return 'Not agreed yet: this is a draft.'
  const by = memberNames.get(agreement.byUserId) ?? people.find((person) => person.userId === agreement.byUserId)?.name ?? 'a member of staff'
  if (changed) return `Changed since it was agreed on ${dayOf(agreement.at)}: it needs agreeing again.`
  return `Agreed on ${dayOf(agreement.at)} (recorded by ${by}).`
}

/** What the canvas and the three columns say of a pair's place in the plan: "Safety plan: 2 rules". */
export function rulesInWords(count: number): string {
  if (count === 0) return 'Safety plan: no rule answers this yet'
  return `Safety plan: ${count} ${count === 1 ? 'rule answers' : 'rules answer'} this`
}

/** The plan's page, and one person's printable copy. */
export const planPath = (mapId: string) => `/maps/${encodeURIComponent(mapId)}/plan`
export const copyPath = (mapId: string, personId: string) => `${planPath(mapId)}/copy/${encodeURIComponent(personId)}`
