import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addPerson,
  cardBody,
  cardShapeId,
  canvasOf,
  createCard,
  deleteCard,
  fragmentText,
  markNoneIdentified,
  moveCardToDomain,
  readCaseMap,
  readCards,
  readNoneIdentified,
  updateCard,
  writeSettings,
  type NewCard,
} from '../../shared/model/index.js'
import { domainLabel } from '../../shared/framework.js'

const author = 'user-1'
const observation: Omit<NewCard, 'domain'> = { knowledge: 'observation', source: null, agency: '', childIds: [], childsWords: null, createdBy: author }

describe('cards', () => {
  it('a card created in a domain reads back with its text and who said it', () => {
    const shared = new Y.Doc()
    const grandmother = addPerson(shared, { name: 'Maureen Hale', relationship: 'maternal grandmother', agency: '', group: 'family' })
    const id = createCard(shared, 'shared', {
      ...observation,
      domain: 'existingStrengths',
      knowledge: 'opinion',
      source: { personId: grandmother },
      text: 'Ellie is collected from school on time every day.',
    })
    const [card] = readCards(shared, 'shared')
    expect(card).toMatchObject({ id, domain: 'existingStrengths', knowledge: 'opinion', source: { personId: grandmother }, layer: 'shared' })
    expect(card.text).toBe('Ellie is collected from school on time every day.')
  })

  it('third-party information cannot be put where the family can see it', () => {
    const shared = new Y.Doc()
    expect(() => createCard(shared, 'shared', { ...observation, domain: 'harm', knowledge: 'thirdParty' })).toThrow(/professionals-only/)
    expect(readCards(shared, 'shared')).toEqual([])
    const professional = new Y.Doc()
    createCard(professional, 'professional', { ...observation, domain: 'harm', knowledge: 'thirdParty' })
    expect(readCards(professional, 'professional')).toHaveLength(1)
  })

  it("the child's own words need who heard them and when", () => {
    const shared = new Y.Doc()
    expect(() => createCard(shared, 'shared', { ...observation, domain: 'harm', knowledge: 'childsWords' })).toThrow(/heard/)
    const id = createCard(shared, 'shared', {
      ...observation,
      domain: 'harm',
      knowledge: 'childsWords',
      childsWords: { heardBy: { name: 'Priya Shah', role: 'social worker' }, heardOn: '2026-11-02' },
      text: 'I hide under my bed when they shout.',
    })
    expect(readCards(shared, 'shared')[0]).toMatchObject({ id, childsWords: { heardOn: '2026-11-02' } })
  })

  it('changing a card to the wrong kind for its layer is refused and changes nothing', () => {
    const shared = new Y.Doc()
    const id = createCard(shared, 'shared', { ...observation, domain: 'danger' })
    expect(() => updateCard(shared, 'shared', id, { knowledge: 'thirdParty' })).toThrow()
    expect(() => updateCard(shared, 'shared', id, { agency: 'x'.repeat(500) })).toThrow()
    expect(readCards(shared, 'shared')[0]).toMatchObject({ knowledge: 'observation', agency: '' })
  })

  it('moving a card to another domain drops its shape so every canvas places it in the new zone', () => {
    const shared = new Y.Doc()
    const id = createCard(shared, 'shared', { ...observation, domain: 'harm' }, { x: 10, y: 20, w: 280, h: 170 })
    expect(canvasOf(shared).get(cardShapeId(id))).toMatchObject({ props: { cardId: id } })
    moveCardToDomain(shared, id, 'complicatingFactors')
    expect(readCards(shared, 'shared')[0].domain).toBe('complicatingFactors')
    expect(canvasOf(shared).get(cardShapeId(id))).toBeUndefined()
  })

  it('deleting a card removes its shape too', () => {
    const shared = new Y.Doc()
    const id = createCard(shared, 'shared', { ...observation, domain: 'harm' }, { x: 0, y: 0, w: 280, h: 170 })
    deleteCard(shared, id)
    expect(readCards(shared, 'shared')).toEqual([])
    expect(canvasOf(shared).get(cardShapeId(id))).toBeUndefined()
  })

  it('"none identified" is cleared when a card is added to the domain', () => {
    const shared = new Y.Doc()
    markNoneIdentified(shared, 'existingSafety', author)
    expect(readNoneIdentified(shared).existingSafety?.by).toBe(author)
    createCard(shared, 'shared', { ...observation, domain: 'existingSafety' })
    expect(readNoneIdentified(shared).existingSafety).toBeUndefined()
  })
})

describe('reading a whole map', () => {
  it('a family device without the professional layer reads only what it may see', () => {
    const shared = new Y.Doc()
    const professional = new Y.Doc()
    const record = new Y.Doc()
    writeSettings(record, { title: 'Hale family', framework: 'safety', childIds: [] })
    createCard(shared, 'shared', { ...observation, domain: 'harm', text: 'Seen by the family' })
    createCard(professional, 'professional', { ...observation, domain: 'harm', knowledge: 'thirdParty', text: 'Police information' })
    const family = readCaseMap({ shared, record })
    expect(family.cards.map((card) => card.text)).toEqual(['Seen by the family'])
    const staff = readCaseMap({ shared, professional, record })
    expect(staff.cards.map((card) => card.text).sort()).toEqual(['Police information', 'Seen by the family'])
    expect(staff.settings).toEqual({ title: 'Hale family', framework: 'safety', childIds: [] })
  })

  it('an item that fails its schema is listed as unreadable while the rest still reads', () => {
    const shared = new Y.Doc()
    createCard(shared, 'shared', { ...observation, domain: 'harm', text: 'Good card' })
    const broken = new Y.Map<unknown>()
    shared.getMap('cards').set('broken', broken)
    broken.set('id', 'broken')
    broken.set('domain', 'not-a-domain')
    const map = readCaseMap({ shared, record: new Y.Doc() })
    expect(map.cards.map((card) => card.text)).toEqual(['Good card'])
    expect(map.unreadable).toEqual(['broken'])
  })
})

describe('concurrent editing', () => {
  function connected(): [Y.Doc, Y.Doc] {
    const a = new Y.Doc()
    const b = new Y.Doc()
    a.clientID = 1
    b.clientID = 2
    return [a, b]
  }
  const exchange = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))

  it('two people typing in the same card at the same moment keep every character', () => {
    const [a, b] = connected()
    const id = createCard(a, 'shared', { ...observation, domain: 'danger', text: 'Dad drinks' })
    exchange(a, b)
    const textIn = (doc: Y.Doc) => (cardBody(doc, id)!.get(0) as Y.XmlElement).get(0) as Y.XmlText
    textIn(a).insert(10, ' most weekends')
    textIn(b).insert(0, 'Mum says ')
    exchange(a, b)
    exchange(b, a)
    expect(fragmentText(cardBody(a, id)!)).toBe('Mum says Dad drinks most weekends')
    expect(readCards(a, 'shared')).toEqual(readCards(b, 'shared'))
  })

  it('one person moving a card while another edits its details keeps both changes', () => {
    const [a, b] = connected()
    const id = createCard(a, 'shared', { ...observation, domain: 'harm' })
    exchange(a, b)
    moveCardToDomain(a, id, 'danger')
    updateCard(b, 'shared', id, { agency: 'Oakfield Primary School' })
    exchange(a, b)
    exchange(b, a)
    for (const doc of [a, b]) expect(readCards(doc, 'shared')[0]).toMatchObject({ domain: 'danger', agency: 'Oakfield Primary School' })
  })
})

describe('framework wording', () => {
  it('relabels the domains for Signs of Wellbeing and Signs of Success', () => {
    expect(domainLabel('safety', 'danger')).toBe('Danger')
    expect(domainLabel('wellbeing', 'danger')).toBe('Critical worries (future)')
    expect(domainLabel('wellbeing', 'existingSafety')).toBe('Existing wellbeing')
    expect(domainLabel('success', 'harm')).toBe('Worrying behaviour (past)')
    expect(domainLabel('success', 'safetyGoals')).toBe('Success goals')
    expect(domainLabel('success', 'nextSteps')).toBe('Next steps')
  })
})
