import type * as Y from 'yjs'
import { writeParagraphs } from '../model/rich-text.js'
import { addPlanRule } from '../model/plan-rules.js'
import { addJournalEntry, addSafetyObjectChecker, contingencyText, createSafetyPlanParts, setNetworkRole, updateSafetyObject } from '../model/safety-plan.js'

/** The Hale family's people the plan names, by their ids on the map. */
interface PlanPeople {
  sophie: string
  maureen: string
  tasha: string
}

/**
 * The Hale family's safety plan, as Sophie and Maureen wrote it with Priya: two rules answering the
 * one danger statement, Tasha checking in, Ellie's blue bear as her safety object, a contingency and
 * two journal entries. Not agreed: agreeing is the family network meeting's to do. Invented, like
 * the rest of the family. Run by the server, which makes the plan's parts here if its migration
 * has not yet.
 */
export function seedFictionalSafetyPlan(shared: Y.Doc, people: PlanPeople, statementId: string, startedAt: Date): void {
  const at = (minutes: number) => new Date(startedAt.getTime() + minutes * 60_000).toISOString()
  createSafetyPlanParts(shared)
  const nights = addPlanRule(shared, {
    writtenBy: { personId: people.sophie },
    what: 'On the nights Sophie works, Ellie and Jack sleep at Maureen’s flat. Maureen collects them from school at 3.15 and takes them back the next morning.',
    triggers: 'Sophie’s night shifts, on Tuesdays and Thursdays. Any night Dean has been drinking.',
    ifBroken: 'If Maureen cannot have them, Sophie asks Tasha; if neither can, Sophie does not go to work and tells Priya the next day.',
    statementIds: [statementId],
    personIds: [people.sophie, people.maureen],
    createdAt: at(40),
  })
  addPlanRule(shared, {
    writtenBy: { personId: people.maureen },
    what: 'If Dean comes home after drinking, Sophie takes Ellie and Jack to Maureen’s flat straight away, and Ellie knows she can phone Maureen herself.',
    triggers: 'Dean smells of drink, is shouting, or comes home late on a Friday.',
    ifBroken: 'Maureen phones Priya, or the duty team after 5pm, the same day.',
    statementIds: [statementId],
    personIds: [people.sophie, people.maureen],
    createdAt: at(42),
  })
  writeParagraphs(
    contingencyText(shared)!,
    'If the plan cannot be kept, or Dean looks after the children on his own, Ellie and Jack go to stay with Maureen and Priya calls a family network meeting the same week.',
  )
  updateSafetyObject(shared, {
    description: 'Ellie’s blue bear',
    keptWhere: 'On her bedroom windowsill',
    movedMeans: 'Ellie has moved it because she feels frightened: the adult who sees it asks her quietly and phones Maureen.',
  })
  addSafetyObjectChecker(shared, people.maureen)
  addSafetyObjectChecker(shared, people.tasha)
  setNetworkRole(shared, people.maureen, {
    roles: ['looksAfterChildren', 'atTriggerTimes', 'childCanGoTo'],
    part: 'Has Ellie and Jack on Sophie’s work nights, and whenever Dean has been drinking.',
    mayBeTold: 'Everything in the danger statement: Sophie has agreed Maureen knows all the worries.',
  })
  setNetworkRole(shared, people.tasha, {
    roles: ['checksIn'],
    part: 'Knocks on Sophie’s door every evening at seven, and checks Ellie’s bear is on the windowsill.',
    mayBeTold: 'That the children stay with Maureen on Sophie’s work nights, and to phone Maureen if she hears shouting. Not about the police call.',
  })
  addJournalEntry(shared, { author: { personId: people.maureen }, on: '2026-11-17', ruleId: nights, kept: 'yes', note: 'Had Ellie and Jack Tuesday night. Ellie read to Jack.', createdAt: at(60) }, '2026-11-17')
  addJournalEntry(shared, { author: { personId: people.tasha }, on: '2026-11-19', ruleId: null, kept: 'yes', note: 'Knocked at seven. All calm; the bear was on the windowsill.', createdAt: at(62) }, '2026-11-19')
}
