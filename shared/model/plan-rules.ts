import * as Y from 'yjs'
import { z } from 'zod'
import { Id, PART_TEXT_MAX, PersonRef, Timestamp } from './schema.js'
import { peopleOf, statementsOf } from './layers.js'
import { checkItem, presentInList, readItems, removeFromList, withoutRepeats, type ItemLayout } from './item-layout.js'
import { writeParagraphs } from './rich-text.js'
import { newId, now } from './ids.js'

/**
 * Plan rules, in the shared layer (`planRules`), one `Y.Map` per rule, laid out like the analysis
 * items (`item-layout.ts`): its three texts are `Y.XmlFragment`s, so two people typing in one rule
 * merge character by character, and its statements and people are `Y.Array`s, so two people adding
 * at once both land. The validator refuses replacing any of them once the rule exists.
 *
 * A rule keeps the statements it answers even when one is deleted: the link is shown as needing
 * attention (`plan-coverage.ts`), never silently dropped.
 */

export const PlanText = z.string().max(PART_TEXT_MAX, `a part can be at most ${PART_TEXT_MAX} characters`)

export const PLAN_RULE_LAYOUT: ItemLayout = { texts: ['what', 'triggers', 'ifBroken'], lists: ['statementIds', 'personIds'] }
export type PlanRulePart = 'what' | 'triggers' | 'ifBroken'
/** What each written part of a rule is called, on screen, on a person's copy and in the export. */
export const RULE_PART_LABELS: Record<PlanRulePart, string> = {
  what: 'Who does what, and when',
  triggers: 'Trigger times and warning signs',
  ifBroken: 'What happens if it is broken',
}
export type PlanRuleList = 'statementIds' | 'personIds'

export const PlanRule = z
  .object({
    id: Id,
    /** Who does what, and when: "On the nights Sophie works, Ellie and Jack sleep at Maureen's flat." */
    what: PlanText,
    /** The trigger times and warning signs it is for. */
    triggers: PlanText,
    /** What happens if it is broken. */
    ifBroken: PlanText,
    /** The danger (worry) statements it answers. */
    statementIds: z.array(Id).max(20),
    /** Who is responsible for it: people on the map. */
    personIds: z.array(Id).max(40),
    /** Whose words it is: a family member when the family writes it, as the practice asks (R-SP-2). */
    writtenBy: PersonRef,
    createdAt: Timestamp,
  })
  .strict()
export type PlanRule = z.infer<typeof PlanRule>

export const planRulesOf = (shared: Y.Doc) => shared.getMap<Y.Map<unknown>>('planRules')

export function assertPeopleOnMap(shared: Y.Doc, personIds: readonly string[]): void {
  if (personIds.some((personId) => !peopleOf(shared).has(personId))) throw new Error('That person is no longer on the map.')
}

function assertStatementsOnMap(shared: Y.Doc, statementIds: readonly string[]): void {
  if (statementIds.some((statementId) => !statementsOf(shared).has(statementId))) throw new Error('That statement is no longer on the map.')
}

function assertWriterOnMap(shared: Y.Doc, writtenBy: PersonRef): void {
  if ('personId' in writtenBy) assertPeopleOnMap(shared, [writtenBy.personId])
}

export type NewPlanRule = Partial<Omit<PlanRule, 'writtenBy'>> & { writtenBy: PersonRef }

export function addPlanRule(shared: Y.Doc, input: NewPlanRule): string {
  const rule = PlanRule.parse({
    what: '',
    triggers: '',
    ifBroken: '',
    statementIds: [],
    personIds: [],
    ...input,
    id: input.id ?? newId(),
    createdAt: input.createdAt ?? now(),
  })
  assertStatementsOnMap(shared, rule.statementIds)
  assertPeopleOnMap(shared, rule.personIds)
  assertWriterOnMap(shared, rule.writtenBy)
  shared.transact(() => {
    const entry = new Y.Map<unknown>()
    planRulesOf(shared).set(rule.id, entry)
    entry.set('id', rule.id)
    entry.set('writtenBy', rule.writtenBy)
    entry.set('createdAt', rule.createdAt)
    for (const part of PLAN_RULE_LAYOUT.texts as PlanRulePart[]) {
      const text = new Y.XmlFragment()
      entry.set(part, text)
      if (rule[part]) writeParagraphs(text, rule[part])
    }
    for (const list of PLAN_RULE_LAYOUT.lists as PlanRuleList[]) {
      const values = new Y.Array<string>()
      entry.set(list, values)
      values.push(rule[list])
    }
  })
  return rule.id
}

function ruleEntry(shared: Y.Doc, ruleId: string): Y.Map<unknown> {
  const entry = planRulesOf(shared).get(ruleId)
  if (!entry) throw new Error('That rule is no longer in the plan.')
  return entry
}

/** The rich text of one part of a rule, for an editor to bind to. */
export function planRuleText(shared: Y.Doc, ruleId: string, part: PlanRulePart): Y.XmlFragment | undefined {
  const text = planRulesOf(shared).get(ruleId)?.get(part)
  return text instanceof Y.XmlFragment ? text : undefined
}

/** Ties a rule to a statement it answers, or names someone responsible for it. */
export function addToPlanRule(shared: Y.Doc, ruleId: string, list: PlanRuleList, id: string): void {
  const parsed = Id.parse(id)
  if (list === 'statementIds') assertStatementsOnMap(shared, [parsed])
  else assertPeopleOnMap(shared, [parsed])
  const values = ruleEntry(shared, ruleId).get(list) as Y.Array<string>
  if (!presentInList(values, String, parsed)) values.push([parsed])
}

/** Takes a statement or person off a rule; also how a link to a deleted statement is cleared. */
export function removeFromPlanRule(shared: Y.Doc, ruleId: string, list: PlanRuleList, id: string): void {
  const values = ruleEntry(shared, ruleId).get(list) as Y.Array<string>
  shared.transact(() => removeFromList(values, String, id))
}

export function deletePlanRule(shared: Y.Doc, ruleId: string): void {
  planRulesOf(shared).delete(ruleId)
}

export function planRuleProblems(entry: unknown, key: string): string[] {
  return checkItem(entry, key, PLAN_RULE_LAYOUT, PlanRule).problems
}

/** The rules as plain, validated data, oldest first: a rule's number is its place in this list. */
export function readPlanRules(shared: Y.Doc, unreadable: string[] = []): PlanRule[] {
  // Two people adding the same statement or person at the same moment leave it in the list twice.
  return readItems(planRulesOf(shared), PLAN_RULE_LAYOUT, PlanRule, unreadable).map((rule) => ({
    ...rule,
    statementIds: withoutRepeats(rule.statementIds, String),
    personIds: withoutRepeats(rule.personIds, String),
  }))
}
