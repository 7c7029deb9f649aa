import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addPerson } from '../../shared/model/case-map.js'
import { createDangerStatement, deleteDangerStatement } from '../../shared/model/danger-statements.js'
import { migrateLayer } from '../../shared/model/migrations.js'
import { planCoverage, whatPlanLacks } from '../../shared/model/plan-coverage.js'
import { readDangerStatements } from '../../shared/model/danger-statements.js'
import { seedFictionalFamily } from '../../shared/demo/fictional-family.js'
import { agreedPlanOf, planChangedSinceAgreed } from '../../shared/model/plan-record.js'
import { addPlanRule, addToPlanRule, planRuleText, readPlanRules, removeFromPlanRule } from '../../shared/model/plan-rules.js'
import {
  addJournalEntry,
  addSafetyObjectChecker,
  contingencyText,
  readSafetyPlan,
  setNetworkRole,
  updateSafetyObject,
} from '../../shared/model/safety-plan.js'
import { problemsOf } from '../support/layer-probe.js'

const SERVER = Symbol('server')

/** A shared layer as the server leaves it: migrated (so the plan's parts exist), with the Hale family's people and one statement. */
function haleMap() {
  const shared = new Y.Doc()
  migrateLayer(shared, 'shared', SERVER)
  const person = (name: string, relationship: string, group: 'family' | 'network') => addPerson(shared, { name, relationship, agency: '', group })
  const people = { sophie: person('Sophie Hale', 'mother', 'family'), maureen: person('Maureen Hale', 'maternal grandmother', 'network'), tasha: person('Tasha Green', 'neighbour', 'network') }
  const drinking = createDangerStatement(shared, { createdBy: 'user-1', behaviour: 'When Dean has been drinking he shouts at Sophie.' })
  return { shared, people, drinking }
}

const typeInto = (fragment: Y.XmlFragment, text: string) => {
  const paragraph = new Y.XmlElement('paragraph')
  fragment.insert(fragment.length, [paragraph])
  paragraph.insert(0, [new Y.XmlText(text)])
}
const exchange = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))

describe('the safety plan in the shared layer', () => {
  it('a migrated map has an empty plan, ready to write in', () => {
    const { shared } = haleMap()
    expect(readSafetyPlan(shared)).toEqual({
      rules: [],
      contingency: '',
      safetyObject: { description: '', keptWhere: '', movedMeans: '', checkerIds: [] },
      network: [],
      journal: [],
    })
    expect(contingencyText(shared)).toBeInstanceOf(Y.XmlFragment)
  })

  it('keeps a rule with its words, the statements it answers, who does it and whose words it is', () => {
    const { shared, people, drinking } = haleMap()
    const id = addPlanRule(shared, {
      writtenBy: { personId: people.sophie },
      what: 'On the nights Sophie works, Ellie and Jack sleep at Maureen’s flat.',
      triggers: 'Sophie’s night shifts; Dean’s pay day.',
      ifBroken: 'Maureen phones Priya the same day.',
    })
    addToPlanRule(shared, id, 'statementIds', drinking)
    addToPlanRule(shared, id, 'statementIds', drinking)
    addToPlanRule(shared, id, 'personIds', people.maureen)
    expect(readPlanRules(shared)).toEqual([
      expect.objectContaining({
        id,
        what: 'On the nights Sophie works, Ellie and Jack sleep at Maureen’s flat.',
        triggers: 'Sophie’s night shifts; Dean’s pay day.',
        ifBroken: 'Maureen phones Priya the same day.',
        statementIds: [drinking],
        personIds: [people.maureen],
        writtenBy: { personId: people.sophie },
      }),
    ])
    removeFromPlanRule(shared, id, 'personIds', people.maureen)
    expect(readPlanRules(shared)[0].personIds).toEqual([])
    expect(() => addToPlanRule(shared, id, 'statementIds', 'not-a-statement')).toThrow('That statement is no longer on the map.')
    expect(() => addToPlanRule(shared, id, 'personIds', 'nobody')).toThrow('That person is no longer on the map.')
  })

  it('keeps a rule’s link to a statement deleted afterwards, so coverage can show it needs attention', () => {
    const { shared, people, drinking } = haleMap()
    addPlanRule(shared, { writtenBy: { personId: people.sophie }, what: 'Maureen has the children.', statementIds: [drinking] })
    deleteDangerStatement(shared, drinking, { bottomLines: 'delete', nextSteps: 'delete' })
    const { rules } = readSafetyPlan(shared)
    expect(rules[0].statementIds).toEqual([drinking])
    expect(planCoverage([], rules).needingAttention).toEqual([{ rule: rules[0], number: 1, goneStatementIds: [drinking] }])
  })

  it('keeps the safety object, the network’s parts and the journal', () => {
    const { shared, people } = haleMap()
    updateSafetyObject(shared, { description: 'Ellie’s blue bear', keptWhere: 'On her bedroom windowsill' })
    addSafetyObjectChecker(shared, people.tasha)
    addSafetyObjectChecker(shared, people.tasha)
    setNetworkRole(shared, people.tasha, { roles: ['checksIn', 'checksIn'] })
    setNetworkRole(shared, people.tasha, { mayBeTold: 'That the children stay with Maureen on work nights.' })
    setNetworkRole(shared, people.maureen, { roles: ['looksAfterChildren'] })
    setNetworkRole(shared, people.maureen, { roles: [] })
    const rule = addPlanRule(shared, { writtenBy: { personId: people.maureen } })
    addJournalEntry(shared, { author: { personId: people.tasha }, on: '2026-11-20', ruleId: rule, kept: 'yes', note: 'Called at 7.' }, '2026-11-21')
    addJournalEntry(shared, { author: { personId: people.maureen }, on: '2026-11-21', ruleId: null, kept: 'partly', note: '' }, '2026-11-21')

    const plan = readSafetyPlan(shared)
    expect(plan.safetyObject).toEqual({ description: 'Ellie’s blue bear', keptWhere: 'On her bedroom windowsill', movedMeans: '', checkerIds: [people.tasha] })
    expect(plan.network).toEqual(
      [
        { personId: people.maureen, roles: [], part: '', mayBeTold: '' },
        { personId: people.tasha, roles: ['checksIn'], part: '', mayBeTold: 'That the children stay with Maureen on work nights.' },
      ].sort((a, b) => a.personId.localeCompare(b.personId)),
    )
    expect(plan.journal.map((entry) => [entry.on, entry.kept])).toEqual([
      ['2026-11-21', 'partly'],
      ['2026-11-20', 'yes'],
    ])
    expect(() => addJournalEntry(shared, { author: { personId: people.tasha }, on: '2026-11-22', ruleId: null, kept: 'yes', note: '' }, '2026-11-21')).toThrow(
      /a day that has happened/,
    )
  })

  it('says the plan has changed since it was agreed only when its words or links have', () => {
    const { shared, people, drinking } = haleMap()
    const id = addPlanRule(shared, { writtenBy: { personId: people.sophie }, what: 'Maureen has the children.', statementIds: [drinking], personIds: [people.maureen] })
    const agreement = { id: 'agreed-1', byUserId: 'user-1', at: '2026-11-21T10:00:00.000Z', meetingId: null, plan: agreedPlanOf(readSafetyPlan(shared)) }
    expect(planChangedSinceAgreed(readSafetyPlan(shared), agreement)).toBe(false)
    typeInto(planRuleText(shared, id, 'what')!, ' ')
    expect(planChangedSinceAgreed(readSafetyPlan(shared), agreement)).toBe(false)
    typeInto(planRuleText(shared, id, 'ifBroken')!, 'Maureen calls Priya.')
    expect(planChangedSinceAgreed(readSafetyPlan(shared), agreement)).toBe(true)
    expect(planChangedSinceAgreed(readSafetyPlan(shared), null)).toBe(false)
  })
})

describe('the Hale family’s plan (the demo map)', () => {
  it('answers their danger statement, names Tasha and Maureen, and is ready to agree', () => {
    const docs = { shared: new Y.Doc(), professional: new Y.Doc(), record: new Y.Doc() }
    seedFictionalFamily(docs, 'user-1')
    const unreadable: string[] = []
    const plan = readSafetyPlan(docs.shared, unreadable)
    expect(unreadable).toEqual([])
    expect(plan.rules).toHaveLength(2)
    expect(plan.safetyObject.description).toBe('Ellie’s blue bear')
    expect(plan.network.map((member) => member.roles)).toHaveLength(2)
    expect(plan.journal).toHaveLength(2)
    expect(whatPlanLacks(readDangerStatements(docs.shared), plan.rules, plan.contingency)).toEqual([])
  })
})

describe('two people writing one rule at the same moment', () => {
  it('merge character by character: both people’s words land', () => {
    const { shared: a, people } = haleMap()
    const b = new Y.Doc()
    const id = addPlanRule(a, { writtenBy: { personId: people.sophie }, what: 'Ellie and Jack sleep at Maureen’s flat.' })
    exchange(a, b)

    // Sophie adds when, at the start; Maureen adds what she will do, at the end; at the same moment.
    const inA = planRuleText(a, id, 'what')!.get(0) as Y.XmlElement
    const inB = planRuleText(b, id, 'what')!.get(0) as Y.XmlElement
    ;(inA.get(0) as Y.XmlText).insert(0, 'On the nights Sophie works, ')
    const textB = inB.get(0) as Y.XmlText
    textB.insert(textB.length, ' Maureen walks them to school.')
    exchange(a, b)
    exchange(b, a)

    const merged = 'On the nights Sophie works, Ellie and Jack sleep at Maureen’s flat. Maureen walks them to school.'
    expect(readPlanRules(a)[0].what).toBe(merged)
    expect(readPlanRules(b)[0].what).toBe(merged)
  })
})

describe('what a client may write to the safety plan', () => {
  const seed = (doc: Y.Doc) => migrateLayer(doc, 'shared', SERVER)

  it('accepts everything the accessors write', () => {
    let personId = ''
    const problems = problemsOf(
      'shared',
      (doc) => {
        const rule = addPlanRule(doc, { writtenBy: { personId }, what: 'Maureen has the children.', personIds: [personId] })
        typeInto(planRuleText(doc, rule, 'triggers')!, 'Pay day.')
        typeInto(contingencyText(doc)!, 'Maureen has the children to stay.')
        updateSafetyObject(doc, { description: 'Ellie’s blue bear' })
        addSafetyObjectChecker(doc, personId)
        setNetworkRole(doc, personId, { roles: ['atTriggerTimes'], mayBeTold: 'Everything.' })
        addJournalEntry(doc, { author: { personId }, on: '2026-11-20', ruleId: rule, kept: 'no', note: 'Dean came round.' }, '2026-11-21')
      },
      (doc) => {
        seed(doc)
        personId = addPerson(doc, { name: 'Maureen Hale', relationship: 'maternal grandmother', agency: '', group: 'network' })
      },
    )
    expect(problems).toEqual([])
  })

  it('refuses making, replacing or removing the plan’s parts: only the server makes them', () => {
    const plan = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('safetyPlan').get('plan')!
    expect(problemsOf('shared', (doc) => plan(doc).set('contingency', new Y.XmlFragment()), seed)).toEqual([
      'safetyPlan plan: "contingency" was made with it and cannot be replaced or removed, only edited',
    ])
    expect(problemsOf('shared', (doc) => doc.getMap('safetyPlan').delete('plan'), seed)).toEqual(["safetyPlan plan: only the server makes the safety plan's parts"])
    expect(problemsOf('shared', (doc) => doc.getMap('safetyPlan').set('plan', new Y.Map()))).toEqual(
      expect.arrayContaining(["safetyPlan plan: only the server makes the safety plan's parts"]),
    )
    expect(problemsOf('shared', (doc) => (plan(doc).get('safetyObject') as Y.Map<unknown>).set('description', 42), seed)).toEqual([
      'safetyPlan plan: safetyObject.description: Invalid input: expected string, received number',
    ])
  })

  it('refuses a rule that is not what the editors make, and a journal entry changed or removed once written', () => {
    let personId = ''
    let ruleId = ''
    let entryId = ''
    const withRule = (doc: Y.Doc) => {
      seed(doc)
      personId = addPerson(doc, { name: 'Tasha Green', relationship: 'neighbour', agency: '', group: 'network' })
      ruleId = addPlanRule(doc, { writtenBy: { personId } })
      entryId = addJournalEntry(doc, { author: { personId }, on: '2026-11-20', ruleId: null, kept: 'yes', note: '' }, '2026-11-21')
    }
    const rule = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('planRules').get(ruleId)!
    expect(problemsOf('shared', (doc) => rule(doc).set('what', 'plain text, not rich text'), withRule)).toEqual([
      `planRules ${ruleId}: "what" was made with it and cannot be replaced or removed, only edited`,
      `planRules ${ruleId}: what must be rich text`,
    ])
    expect(problemsOf('shared', (doc) => rule(doc).set('writtenBy', null), withRule)).toEqual([expect.stringMatching(new RegExp(`^planRules ${ruleId}: writtenBy: `))])
    const journal = (doc: Y.Doc) => doc.getMap<Record<string, unknown>>('safetyJournal')
    expect(problemsOf('shared', (doc) => journal(doc).set(entryId, { ...journal(doc).get(entryId), kept: 'no' }), withRule)).toEqual([
      `safetyJournal ${entryId}: a safety journal entry cannot be changed or removed once written`,
    ])
    expect(problemsOf('shared', (doc) => journal(doc).delete(entryId), withRule)).toEqual([
      `safetyJournal ${entryId}: a safety journal entry cannot be changed or removed once written`,
    ])
    expect(problemsOf('shared', (doc) => doc.getMap('networkRoles').set(personId, { personId, roles: ['boss'], part: '', mayBeTold: '' }), withRule)).toEqual([
      expect.stringMatching(new RegExp(`^networkRoles ${personId}: roles.0: `)),
    ])
  })

  it('refuses a client writing the plan’s agreements or copies', () => {
    expect(problemsOf('record', (doc) => doc.getMap('planCopies').set('copy-1', { id: 'copy-1' }))).toEqual(
      expect.arrayContaining(['only the server may change "planCopies"']),
    )
  })
})
