import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addBottomLine,
  addNextStep,
  addPerson,
  addToPair,
  agreedPairOf,
  changedSinceAgreed,
  createCard,
  createDangerStatement,
  deleteDangerStatement,
  fragmentText,
  itemsNeedingAttention,
  linkBottomLine,
  pairStage,
  pairText,
  readBottomLines,
  readCaseMap,
  readDangerStatements,
  readNextSteps,
  readPairStatus,
  readPeople,
  recordPairAgreed,
  recordPairShared,
  removeFromPair,
  removePersonFromMap,
  setHowLong,
  todayInTheUK,
  updateNextStep,
  whatPairLacks,
  writeSettings,
} from '../../shared/model/index.js'
import { aCard } from '../support/cards.js'

const author = 'user-1'

/** The Hale family's people, and a harm card the family can see, in a fresh shared layer. */
function haleMap() {
  const shared = new Y.Doc()
  const person = (name: string, relationship: string, group: 'family' | 'network' | 'professional') =>
    addPerson(shared, { name, relationship, agency: '', group })
  const people = {
    sophie: person('Sophie Hale', 'mother', 'family'),
    maureen: person('Maureen Hale', 'maternal grandmother', 'network'),
    priya: person('Priya Shah', 'social worker', 'professional'),
  }
  const bruise = createCard(shared, 'shared', { ...aCard(author), domain: 'harm', text: 'Ellie came to school with a bruise.' })
  return { shared, people, bruise }
}

/** A pair with every part filled, as the Hale family's map would hold it. */
function wholePair(shared: Y.Doc, people: ReturnType<typeof haleMap>['people'], bruise: string) {
  return createDangerStatement(shared, {
    createdBy: author,
    worried: [{ personId: people.priya }, { name: 'Gareth Owusu', role: 'class teacher' }],
    behaviour: 'When Dean has been drinking he shouts at Sophie and grabs her.',
    fear: 'Ellie and Jack could be hurt if they are near, and will keep being frightened at home.',
    linkedCardIds: [bruise],
    goal: {
      different: 'Ellie and Jack will be looked after by a sober adult every day and night.',
      convinced: [{ personId: people.priya }],
      howLong: 'six months',
      evidence: 'Maureen checks in every evening Sophie works nights.',
      networkPersonIds: [people.maureen],
    },
  })
}

describe('danger statements and their goals', () => {
  it('a statement made with its goal reads back as plain text, in one piece', () => {
    const { shared, people, bruise } = haleMap()
    const id = wholePair(shared, people, bruise)
    const [statement] = readDangerStatements(shared)
    expect(statement).toMatchObject({
      id,
      worried: [{ personId: people.priya }, { name: 'Gareth Owusu', role: 'class teacher' }],
      behaviour: 'When Dean has been drinking he shouts at Sophie and grabs her.',
      linkedCardIds: [bruise],
      createdBy: author,
      goal: { howLong: 'six months', networkPersonIds: [people.maureen], convinced: [{ personId: people.priya }] },
    })
    expect(statement.goal.evidence).toBe('Maureen checks in every evening Sophie works nights.')
  })

  it('a new statement starts as an empty draft, with its goal already there to fill in', () => {
    const { shared } = haleMap()
    const id = createDangerStatement(shared, { createdBy: author })
    expect(readDangerStatements(shared)[0]).toMatchObject({
      id,
      worried: [],
      behaviour: '',
      fear: '',
      goal: { different: '', convinced: [], howLong: '', evidence: '', networkPersonIds: [] },
    })
    const typing = pairText(shared, id, 'different')!
    typing.insert(0, [new Y.XmlElement('paragraph')])
    ;(typing.get(0) as Y.XmlElement).insert(0, [new Y.XmlText('Dean will not drink at home.')])
    expect(readDangerStatements(shared)[0].goal.different).toBe('Dean will not drink at home.')
  })

  it('people and cards join and leave a pair once each, however often they are added', () => {
    const { shared, people } = haleMap()
    const id = createDangerStatement(shared, { createdBy: author })
    addToPair(shared, id, 'worried', { personId: people.sophie })
    addToPair(shared, id, 'worried', { personId: people.sophie })
    addToPair(shared, id, 'networkPersonIds', people.maureen)
    addToPair(shared, id, 'convinced', { name: 'Lin Roberts', role: 'health visitor' })
    setHowLong(shared, id, '  six months ')
    expect(readDangerStatements(shared)[0]).toMatchObject({
      worried: [{ personId: people.sophie }],
      goal: { networkPersonIds: [people.maureen], convinced: [{ name: 'Lin Roberts', role: 'health visitor' }], howLong: 'six months' },
    })
    removeFromPair(shared, id, 'worried', { personId: people.sophie })
    expect(readDangerStatements(shared)[0].worried).toEqual([])
  })

  it('rests only on harm and complicating-factor cards the family can see, and names only people on the map', () => {
    const { shared } = haleMap()
    const id = createDangerStatement(shared, { createdBy: author })
    const strength = createCard(shared, 'shared', { ...aCard(author), domain: 'existingStrengths' })
    expect(() => addToPair(shared, id, 'linkedCardIds', strength)).toThrow(/harm and complicating-factor cards/)
    expect(() => addToPair(shared, id, 'linkedCardIds', 'a-professionals-only-card')).toThrow(/the family can see/)
    expect(() => addToPair(shared, id, 'networkPersonIds', 'nobody')).toThrow(/no longer on the map/)
    expect(() => addToPair(shared, id, 'worried', { name: 'Gareth Owusu', role: '' })).toThrow(/role/)
    expect(() => setHowLong(shared, id, 'x'.repeat(81))).toThrow()
    expect(readDangerStatements(shared)[0]).toMatchObject({ worried: [], linkedCardIds: [], goal: { networkPersonIds: [], howLong: '' } })
  })
})

describe('deleting a statement', () => {
  function withPlan() {
    const { shared, people, bruise } = haleMap()
    const id = wholePair(shared, people, bruise)
    const other = createDangerStatement(shared, { createdBy: author })
    addBottomLine(shared, { statementId: id, condition: 'Dean does not look after the children alone.', contingency: 'We will ask a court to decide.' })
    addBottomLine(shared, { statementId: other, condition: 'Another pair' })
    addNextStep(shared, { statementId: id, action: 'Priya meets Maureen about the nights Sophie works.', owner: { personId: people.priya }, due: '2026-11-28' })
    addNextStep(shared, { action: 'Everyone gets a copy of the plan.', owner: { agency: "Children's Services" } })
    return { shared, id }
  }

  it('takes its goal, bottom lines and next steps with it when the person chooses to delete them', () => {
    const { shared, id } = withPlan()
    deleteDangerStatement(shared, id, { bottomLines: 'delete', nextSteps: 'delete' })
    expect(readDangerStatements(shared).map((statement) => statement.id)).not.toContain(id)
    expect(readBottomLines(shared).map((line) => line.condition)).toEqual(['Another pair'])
    expect(readNextSteps(shared).map((step) => step.action)).toEqual(['Everyone gets a copy of the plan.'])
  })

  it('keeps bottom lines and next steps unlinked when chosen; kept bottom lines need attention until tied to a pair', () => {
    const { shared, id } = withPlan()
    deleteDangerStatement(shared, id, { bottomLines: 'keepUnlinked', nextSteps: 'keepUnlinked' })
    const map = readCaseMap({ shared, record: new Y.Doc() })
    expect(map.bottomLines.map((line) => line.statementId)).toContain(null)
    expect(map.nextSteps.map((step) => step.statementId)).toEqual([null, null])
    const attention = itemsNeedingAttention(map)
    expect(attention.bottomLines.map((line) => line.condition)).toEqual(['Dean does not look after the children alone.'])
    expect(attention.nextSteps).toEqual([])
    linkBottomLine(shared, attention.bottomLines[0].id, map.statements[0].id)
    expect(itemsNeedingAttention(readCaseMap({ shared, record: new Y.Doc() })).bottomLines).toEqual([])
  })
})

describe('next steps', () => {
  it('read back with their owner, due date, pair and status, and change field by field', () => {
    const { shared, people, bruise } = haleMap()
    const pair = wholePair(shared, people, bruise)
    const id = addNextStep(shared, { action: 'Maureen to have the children on Tuesday nights.', owner: { personId: people.maureen }, due: '2026-12-01', statementId: pair })
    expect(readNextSteps(shared)).toEqual([
      { id, action: 'Maureen to have the children on Tuesday nights.', owner: { personId: people.maureen }, due: '2026-12-01', statementId: pair, status: 'open' },
    ])
    updateNextStep(shared, id, { status: 'done' })
    updateNextStep(shared, id, { owner: { agency: 'Oakfield Primary School' }, due: null })
    expect(readNextSteps(shared)[0]).toMatchObject({ status: 'done', owner: { agency: 'Oakfield Primary School' }, due: null, statementId: pair })
  })

  it('refuses a date that is not a date, a status outside the list, and a pair that is not on the map', () => {
    const { shared } = haleMap()
    const id = addNextStep(shared, { action: 'Call Dean.' })
    expect(() => updateNextStep(shared, id, { due: '28/11/2026' })).toThrow()
    expect(() => updateNextStep(shared, id, { status: 'maybe' as never })).toThrow()
    expect(() => updateNextStep(shared, id, { statementId: 'gone' })).toThrow(/no longer on the map/)
    expect(readNextSteps(shared)[0]).toMatchObject({ due: null, status: 'open', statementId: null })
  })

  it('leave the "Next steps" domain cards as they were: the two live side by side', () => {
    const { shared } = haleMap()
    createCard(shared, 'shared', { ...aCard(author), domain: 'nextSteps', text: 'Priya to meet Sophie by 28/11/2026.' })
    addNextStep(shared, { action: 'Priya to meet Sophie.' })
    const map = readCaseMap({ shared, record: new Y.Doc() })
    expect(map.cards.filter((card) => card.domain === 'nextSteps')).toHaveLength(1)
    expect(map.nextSteps).toHaveLength(1)
  })
})

describe('agreeing a pair', () => {
  it('names every part still missing from an empty draft', () => {
    const { shared } = haleMap()
    createDangerStatement(shared, { createdBy: author })
    expect(whatPairLacks(readDangerStatements(shared)[0], readPeople(shared), [])).toEqual([
      'who is worried',
      'the behaviour or circumstance we are worried about',
      'what we fear will happen to the child if nothing changes',
      'what will be happening differently in the care of the child',
      'who needs to be convinced',
      'for how long',
      'what we need to see',
      'an adult from the family or their network, on the map, in the safety network',
    ])
  })

  it('needs nothing more from a whole pair', () => {
    const { shared, people, bruise } = haleMap()
    wholePair(shared, people, bruise)
    expect(whatPairLacks(readDangerStatements(shared)[0], readPeople(shared), [])).toEqual([])
  })

  it('does not count a child the map is about as their own safety network', () => {
    const { shared, people, bruise } = haleMap()
    const ellie = addPerson(shared, { name: 'Ellie Hale', relationship: 'child', agency: '', group: 'family' })
    const id = wholePair(shared, people, bruise)
    removeFromPair(shared, id, 'networkPersonIds', people.maureen)
    addToPair(shared, id, 'networkPersonIds', ellie)
    const statement = readDangerStatements(shared)[0]
    expect(whatPairLacks(statement, readPeople(shared), [ellie])).toEqual(['an adult from the family or their network, on the map, in the safety network'])
    addToPair(shared, id, 'networkPersonIds', people.sophie)
    expect(whatPairLacks(readDangerStatements(shared)[0], readPeople(shared), [ellie])).toEqual([])
  })

  it('needs a safety network of family or network people who are still on the map', () => {
    const { shared, people, bruise } = haleMap()
    const id = wholePair(shared, people, bruise)
    removePersonFromMap({ shared }, people.maureen, { relationships: 'remove', mentions: 'keepName' })
    addToPair(shared, id, 'networkPersonIds', people.priya)
    expect(whatPairLacks(readDangerStatements(shared)[0], readPeople(shared), [])).toEqual([
      'an adult from the family or their network, on the map, in the safety network',
    ])
  })
})

describe('where a pair stands (the record layer)', () => {
  it('is a draft, then shared on a date, then agreed; the latest sharing is kept, and agreeing the same words again records nothing', () => {
    const { shared, people, bruise } = haleMap()
    const id = wholePair(shared, people, bruise)
    const pair = agreedPairOf(readDangerStatements(shared)[0])
    const record = new Y.Doc()
    expect(pairStage(readPairStatus(record)[id])).toBe('draft')
    recordPairShared(record, id, '2026-11-20')
    recordPairShared(record, id, '2026-11-02')
    expect(readPairStatus(record)[id]).toEqual({ sharedOn: '2026-11-20', agreed: null })
    expect(pairStage(readPairStatus(record)[id])).toBe('shared')
    const first = { byUserId: 'user-1', at: '2026-11-20T10:00:00.000Z', meetingId: null, pair }
    expect(recordPairAgreed(record, id, first)).toBe(true)
    expect(recordPairAgreed(record, id, { ...first, byUserId: 'user-2' })).toBe(false)
    expect(readPairStatus(record)[id]).toEqual({ sharedOn: '2026-11-20', agreed: first })
    expect(pairStage(readPairStatus(record)[id])).toBe('agreed')
  })

  it('knows when the words have changed since they were agreed, but not for spacing or the order people were added in', () => {
    const { shared, people, bruise } = haleMap()
    const id = wholePair(shared, people, bruise)
    const record = new Y.Doc()
    recordPairAgreed(record, id, { byUserId: 'user-1', at: '2026-11-20T10:00:00.000Z', meetingId: null, pair: agreedPairOf(readDangerStatements(shared)[0]) })
    const changed = () => changedSinceAgreed(readDangerStatements(shared)[0], readPairStatus(record)[id])
    expect(changed()).toBe(false)
    removeFromPair(shared, id, 'worried', { personId: people.priya })
    addToPair(shared, id, 'worried', { personId: people.priya })
    expect(changed()).toBe(false)
    setHowLong(shared, id, 'nine months')
    expect(changed()).toBe(true)
    setHowLong(shared, id, 'six months')
    addToPair(shared, id, 'networkPersonIds', people.sophie)
    expect(changed()).toBe(true)
  })

  it('an agreement recorded before the words were kept never claims the pair changed', () => {
    const { shared, people, bruise } = haleMap()
    wholePair(shared, people, bruise)
    const status = { sharedOn: null, agreed: { byUserId: 'user-1', at: '2026-11-20T10:00:00.000Z', meetingId: null } }
    expect(changedSinceAgreed(readDangerStatements(shared)[0], status)).toBe(false)
  })

  it('agreeing changed words is a new agreement, and the record keeps the earlier ones, oldest first', () => {
    const { shared, people, bruise } = haleMap()
    const id = wholePair(shared, people, bruise)
    const record = new Y.Doc()
    const agree = (byUserId: string, at: string) =>
      recordPairAgreed(record, id, { byUserId, at, meetingId: null, pair: agreedPairOf(readDangerStatements(shared)[0]) })
    agree('user-1', '2026-11-20T10:00:00.000Z')
    setHowLong(shared, id, 'nine months')
    expect(agree('user-2', '2026-11-27T10:00:00.000Z')).toBe(true)
    setHowLong(shared, id, 'a year')
    expect(agree('user-1', '2026-12-04T10:00:00.000Z')).toBe(true)
    const status = readPairStatus(record)[id]
    expect(status.agreed).toMatchObject({ byUserId: 'user-1', at: '2026-12-04T10:00:00.000Z', pair: { goal: { howLong: 'a year' } } })
    expect(status.earlier!.map((earlier) => [earlier.at, earlier.pair!.goal.howLong])).toEqual([
      ['2026-11-20T10:00:00.000Z', 'six months'],
      ['2026-11-27T10:00:00.000Z', 'nine months'],
    ])
    expect(changedSinceAgreed(readDangerStatements(shared)[0], status)).toBe(false)
  })

  it("today is the UK's date, not the server clock's zone", () => {
    expect(todayInTheUK(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02')
    expect(todayInTheUK(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01')
  })
})

describe('reading the whole map', () => {
  it('carries statements, bottom lines, next steps and where each pair stands', () => {
    const { shared, people, bruise } = haleMap()
    const record = new Y.Doc()
    writeSettings(record, { title: 'Ellie and Jack Hale', framework: 'safety', childIds: [] })
    const id = wholePair(shared, people, bruise)
    addBottomLine(shared, { statementId: id, condition: 'Dean does not look after the children alone.', contingency: 'We will ask a court to decide.' })
    recordPairShared(record, id, '2026-11-20')
    const map = readCaseMap({ shared, record })
    expect(map.statements.map((statement) => statement.id)).toEqual([id])
    expect(map.bottomLines).toEqual([
      { id: map.bottomLines[0].id, statementId: id, condition: 'Dean does not look after the children alone.', contingency: 'We will ask a court to decide.' },
    ])
    expect(map.pairStatus).toEqual({ [id]: { sharedOn: '2026-11-20', agreed: null } })
    expect(map.unreadable).toEqual([])
  })

  it('lists a broken statement as unreadable while the rest still reads', () => {
    const { shared, people, bruise } = haleMap()
    wholePair(shared, people, bruise)
    const broken = new Y.Map<unknown>()
    shared.getMap('statements').set('broken', broken)
    broken.set('id', 'broken')
    const map = readCaseMap({ shared, record: new Y.Doc() })
    expect(map.statements).toHaveLength(1)
    expect(map.unreadable).toEqual(['broken'])
    expect(fragmentText(pairText(shared, map.statements[0].id, 'fear')!)).toMatch(/frightened/)
  })
})
