import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedFictionalFamily } from '../../shared/demo/fictional-family.js'
import { layoutGenogram } from '../../shared/genogram/layout.js'
import { addPerson, readCaseMap, readPeople, updatePerson } from '../../shared/model/case-map.js'
import { readDangerStatements } from '../../shared/model/danger-statements.js'
import {
  addHousehold,
  addRelationship,
  addRelative,
  canTakePart,
  GenogramRefusal,
  pinPerson,
  readGenogram,
  readPersonDetails,
  relationshipRefusal,
  removeHousehold,
  removePersonFromMap,
  removeRelationship,
  unpinPerson,
  updateRelationship,
  whatNamesPerson,
  writePersonDetails,
} from '../../shared/model/genogram.js'
import { peopleOf, personDetailsOf, relationshipsOf } from '../../shared/model/layers.js'
import { readNextSteps } from '../../shared/model/next-steps.js'
import { watchLayerChanges } from '../../shared/model/validation.js'

function haleMap() {
  const docs = { shared: new Y.Doc(), professional: new Y.Doc(), record: new Y.Doc() }
  seedFictionalFamily(docs, 'user-1')
  const people = readPeople(docs.shared)
  const id = (name: string) => people.find((person) => person.name === name)!.id
  return { docs, shared: docs.shared, professional: docs.professional, id }
}

/** How many updates a change sends: one transaction is one update. */
function updatesDuring(doc: Y.Doc, change: () => void): number {
  let count = 0
  const count1 = () => count++
  doc.on('update', count1)
  change()
  doc.off('update', count1)
  return count
}

describe('the Hale family genogram', () => {
  it('reads whole, with its household, contact details in the professional layer only, and nothing the layout must leave out', () => {
    const { shared, professional, id } = haleMap()
    const unreadable: string[] = []
    const genogram = readGenogram(shared, professional, unreadable)
    expect(unreadable).toEqual([])
    expect(genogram.households.map((household) => household.name)).toEqual(['Hale household'])
    const household = genogram.households[0].id
    expect(genogram.people.filter((person) => person.householdId === household).map((person) => person.name).sort()).toEqual(['Dean Marsh', 'Ellie Hale', 'Jack Hale', 'Sophie Hale'])
    expect(genogram.details[id('Maureen Hale')]).toMatchObject({ phone: '07700 900863', consent: 'yes', possibleKinshipCarer: true })
    expect(readGenogram(shared).details).toEqual({})
    expect(JSON.stringify(shared.toJSON())).not.toContain('07700')
    expect(layoutGenogram(genogram).problems).toEqual([])
  })
})

describe('relationships the genogram refuses, in plain words', () => {
  const refusal = (make: (id: (name: string) => string) => Parameters<typeof relationshipRefusal>[1]) => {
    const { shared, id } = haleMap()
    const genogram = readGenogram(shared)
    return relationshipRefusal(genogram, make(id))
  }

  it('a person as their own parent', () => {
    expect(refusal((id) => ({ kind: 'parent', parentId: id('Ellie Hale'), childId: id('Ellie Hale'), parentKind: 'birth' }))).toBe('Ellie Hale cannot be her own parent.')
  })

  it('a cycle of parents, whatever kind of parent', () => {
    expect(refusal((id) => ({ kind: 'parent', parentId: id('Ellie Hale'), childId: id('Maureen Hale'), parentKind: 'adopted' }))).toBe('That would make Ellie Hale her own ancestor.')
    expect(refusal((id) => ({ kind: 'parent', parentId: id('Jack Hale'), childId: id('Ron Hale'), parentKind: 'step' }))).toBe('That would make Jack Hale his own ancestor.')
  })

  it('a third birth parent', () => {
    expect(refusal((id) => ({ kind: 'parent', parentId: id('Kai Marsh'), childId: id('Jack Hale'), parentKind: 'birth' }))).toBe(
      'Jack Hale already has two birth parents: Sophie Hale and Dean Marsh.',
    )
    // A step-parent or foster carer is not a third birth parent.
    expect(refusal((id) => ({ kind: 'parent', parentId: id('Maureen Hale'), childId: id('Jack Hale'), parentKind: 'fostered' }))).toBeNull()
  })

  it('a couple of one person, a couple twice, a couple of parent and child, partners in two generations', () => {
    expect(refusal((id) => ({ kind: 'couple', partnerIds: [id('Dean Marsh'), id('Dean Marsh')], status: 'married', from: null, to: null }))).toBe('Dean Marsh cannot be his own partner.')
    expect(refusal((id) => ({ kind: 'couple', partnerIds: [id('Sophie Hale'), id('Dean Marsh')], status: 'married', from: 2027, to: null }))).toBe(
      'Sophie Hale and Dean Marsh are already a couple on the genogram.',
    )
    expect(refusal((id) => ({ kind: 'couple', partnerIds: [id('Maureen Hale'), id('Jack Hale')], status: 'married', from: null, to: null }))).toBe(
      "Maureen Hale and Jack Hale cannot be drawn as a couple: one is the other's parent or grandparent.",
    )
    expect(refusal((id) => ({ kind: 'couple', partnerIds: [id('Maureen Hale'), id('Kai Marsh')], status: 'livingTogether', from: null, to: null }))).toBe(
      'That would put partners or twins in different generations of the family tree.',
    )
    expect(refusal((id) => ({ kind: 'couple', partnerIds: [id('Kelly Hale'), id('Tasha Green')], status: 'married', from: 2020, to: 2019 }))).toBe(
      'A couple cannot have separated before they got together.',
    )
  })

  it('twins with different birth parents; a miscarriage as a parent; professionals; people not on the map', () => {
    expect(refusal((id) => ({ kind: 'twins', personIds: [id('Kai Marsh'), id('Jack Hale')], identical: false }))).toBe('Kai Marsh and Jack Hale cannot be twins: they have different birth parents.')
    expect(refusal((id) => ({ kind: 'parent', parentId: id('Miscarriage'), childId: id('Tasha Green'), parentKind: 'birth' }))).toBe('A miscarriage cannot be a parent.')
    expect(refusal((id) => ({ kind: 'emotional', fromId: id('Priya Shah'), toId: id('Ellie Hale'), emotionalKind: 'close' }))).toBe(
      'Priya Shah is a professional, so is not drawn on the genogram.',
    )
    expect(refusal((id) => ({ kind: 'emotional', fromId: id('Maureen Hale'), toId: 'gone', emotionalKind: 'close' }))).toBe('That person is no longer on the map.')
    expect(refusal((id) => ({ kind: 'emotional', fromId: id('Ellie Hale'), toId: id('Maureen Hale'), emotionalKind: 'close' }))).toBe(
      'That relationship between Ellie Hale and Maureen Hale is already on the genogram.',
    )
  })

  it('the accessors refuse the same way, and write nothing', () => {
    const { shared, id } = haleMap()
    const before = relationshipsOf(shared).size
    const attempt = () => addRelationship(shared, { kind: 'parent', parentId: id('Ellie Hale'), childId: id('Ellie Hale'), parentKind: 'birth' })
    expect(attempt).toThrow(GenogramRefusal)
    expect(attempt).toThrow('Ellie Hale cannot be her own parent.')
    const couple = readGenogram(shared).relationships.find((relationship) => relationship.kind === 'couple' && relationship.status === 'separated')!
    expect(() => updateRelationship(shared, couple.id, { from: 2015, to: 2010 })).toThrow('A couple cannot have separated before they got together.')
    updateRelationship(shared, couple.id, { status: 'divorced', to: 2014 })
    expect(readGenogram(shared).relationships.find((relationship) => relationship.id === couple.id)).toMatchObject({ status: 'divorced', to: 2014 })
    expect(relationshipsOf(shared).size).toBe(before)
    removeRelationship(shared, couple.id)
    expect(relationshipsOf(shared).size).toBe(before - 1)
  })
})

describe('adding a relative', () => {
  const person = (name: string, gender: 'female' | 'male' = 'female') => ({ name, relationship: '', agency: '', group: 'family' as const, gender })

  it('adds a child of someone in one couple with both partners as parents, in one transaction', () => {
    const { shared, id } = haleMap()
    let babyId = ''
    expect(updatesDuring(shared, () => (babyId = addRelative(shared, id('Sophie Hale'), 'child', person('Baby Hale'), { otherParentId: id('Dean Marsh') })))).toBe(1)
    const parents = readGenogram(shared).relationships.flatMap((r) => (r.kind === 'parent' && r.childId === babyId ? [[r.parentId, r.parentKind]] : []))
    expect(parents.sort()).toEqual([[id('Dean Marsh'), 'birth'], [id('Sophie Hale'), 'birth']].sort())
    const kelly = id('Kelly Hale')
    addRelative(shared, kelly, 'partner', person('Lee Brown', 'male'), { coupleStatus: 'married' })
    const niece = addRelative(shared, kelly, 'child', person('Niece Brown'))
    expect(readGenogram(shared).relationships.filter((r) => r.kind === 'parent' && r.childId === niece)).toHaveLength(2)
  })

  it('asks who the other parent is when there is more than one partner, and takes none when told so', () => {
    const { shared, id } = haleMap()
    expect(() => addRelative(shared, id('Dean Marsh'), 'child', person('Someone'))).toThrow(
      'Dean Marsh has more than one partner: say who the other parent is, or that there is none.',
    )
    const only = addRelative(shared, id('Dean Marsh'), 'child', person('Someone'), { otherParentId: null })
    expect(readGenogram(shared).relationships.filter((r) => r.kind === 'parent' && r.childId === only).map((r) => r.kind === 'parent' && r.parentId)).toEqual([id('Dean Marsh')])
  })

  it('gives a brother or sister the same parents, and a parent their place above', () => {
    const { shared, id } = haleMap()
    const sister = addRelative(shared, id('Kai Marsh'), 'sibling', person('Kaylee Marsh'))
    const parentsOf = (childId: string) =>
      readGenogram(shared)
        .relationships.flatMap((r) => (r.kind === 'parent' && r.childId === childId ? [r.parentId] : []))
        .sort()
    expect(parentsOf(sister)).toEqual(parentsOf(id('Kai Marsh')))
    const deansMum = addRelative(shared, id('Dean Marsh'), 'parent', person('Pauline Marsh'))
    expect(parentsOf(id('Dean Marsh'))).toEqual([deansMum])
    expect(() => addRelative(shared, id('Tasha Green'), 'sibling', person('Nobody'))).toThrow('Add a parent of Tasha Green first: brothers and sisters are drawn under their parents.')
    const peopleBefore = peopleOf(shared).size
    expect(() => addRelative(shared, id('Jack Hale'), 'parent', person('Third'))).toThrow('Jack Hale already has two birth parents: Sophie Hale and Dean Marsh.')
    expect(peopleOf(shared).size).toBe(peopleBefore)
  })
})

describe('households, pins and contact details', () => {
  it('removing a household takes its members out of it in the same transaction', () => {
    const { shared } = haleMap()
    const household = readGenogram(shared).households[0].id
    expect(updatesDuring(shared, () => removeHousehold(shared, household))).toBe(1)
    const genogram = readGenogram(shared)
    expect(genogram.households).toEqual([])
    expect(genogram.people.filter((person) => person.householdId)).toEqual([])
    const again = addHousehold(shared, "Maureen's flat")
    expect(readGenogram(shared).households).toEqual([{ id: again, name: "Maureen's flat" }])
  })

  it('a pin is stored by person, and taken away again', () => {
    const { shared, id } = haleMap()
    pinPerson(shared, id('Tasha Green'), { x: 900, y: 40 })
    expect(readGenogram(shared).pins).toEqual({ [id('Tasha Green')]: { x: 900, y: 40 } })
    unpinPerson(shared, id('Tasha Green'))
    expect(readGenogram(shared).pins).toEqual({})
  })

  it('contact details start from plain defaults, and each field merges on its own', () => {
    const professional = new Y.Doc()
    expect(readPersonDetails(professional, 'p1')).toBeNull()
    writePersonDetails(professional, 'p1', { phone: '07700 900999' })
    expect(readPersonDetails(professional, 'p1')).toEqual({ personId: 'p1', area: '', phone: '07700 900999', consent: 'notAsked', consentOn: null, possibleKinshipCarer: false })
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(professional))
    writePersonDetails(professional, 'p1', { consent: 'yes', consentOn: '2026-11-20' })
    writePersonDetails(other, 'p1', { area: 'Northgate' })
    Y.applyUpdate(professional, Y.encodeStateAsUpdate(other))
    expect(readPersonDetails(professional, 'p1')).toMatchObject({ area: 'Northgate', phone: '07700 900999', consent: 'yes', consentOn: '2026-11-20' })
    expect(personDetailsOf(professional).get('p1')).toBeInstanceOf(Y.Map)
  })
})

describe('who can take part', () => {
  it('not a pregnancy, a miscarriage or a stillbirth, not someone who has died, not someone unnamed', () => {
    const { shared, id } = haleMap()
    const people = readPeople(shared)
    const can = (name: string) => canTakePart(people.find((person) => person.name === name)!)
    expect(can('Sophie Hale')).toBe(true)
    expect(can('Priya Shah')).toBe(true)
    expect(can('Miscarriage')).toBe(false)
    expect(can('Ron Hale')).toBe(false)
    updatePerson(shared, id('Tasha Green'), { kind: 'pregnancy' })
    expect(canTakePart(readPeople(shared).find((person) => person.id === id('Tasha Green'))!)).toBe(false)
    removePersonFromMap({ shared }, id('Kai Marsh'), { relationships: 'keepAsUnnamed', mentions: 'remove' })
    expect(canTakePart(readPeople(shared).find((person) => person.id === id('Kai Marsh'))!)).toBe(false)
  })
})

describe('taking someone off the map', () => {
  it('lists what names them: statements, goals, next steps, cards and relationships', () => {
    const { docs, id } = haleMap()
    const map = readCaseMap(docs)
    const statement = map.statements[0].id
    const mentions = whatNamesPerson(map, id('Maureen Hale'))
    expect(mentions.statements).toEqual([statement])
    expect(mentions.goals).toEqual([statement])
    expect(mentions.nextSteps).toEqual([])
    expect(mentions.cards).toHaveLength(2)
    expect(mentions.relationships).toHaveLength(4)
    expect(whatNamesPerson(map, id('Priya Shah')).nextSteps).toEqual([map.nextSteps[0].id])
    expect(whatNamesPerson(map, id('Priya Shah')).cards).toHaveLength(map.cards.filter((card) => card.source && 'personId' in card.source && card.source.personId === id('Priya Shah')).length + 1)
  })

  it('keeps the tree’s shape with "Not named" in their place, and their name where they were mentioned, in one transaction per layer', () => {
    const { docs, shared, professional, id } = haleMap()
    const maureen = id('Maureen Hale')
    const sharedWatch = watchLayerChanges(shared, 'shared')
    const professionalWatch = watchLayerChanges(professional, 'professional')
    let updates = 0
    const count = () => updates++
    shared.on('update', count)
    professional.on('update', count)
    removePersonFromMap(docs, maureen, { relationships: 'keepAsUnnamed', mentions: 'keepName' })
    expect(updates).toBe(2)
    expect(sharedWatch.takeProblems()).toEqual([])
    expect(professionalWatch.takeProblems()).toEqual([])

    const genogram = readGenogram(shared, professional)
    const unnamed = genogram.people.find((person) => person.id === maureen)!
    expect(unnamed).toEqual({ id: maureen, name: 'Not named', relationship: '', agency: '', group: 'network', userId: null, gender: 'female', unnamed: true })
    const kinds = genogram.relationships.filter((r) => JSON.stringify(r).includes(maureen)).map((r) => r.kind)
    expect(kinds.sort()).toEqual(['couple', 'parent', 'parent'])
    expect(genogram.details[maureen]).toBeUndefined()
    const map = readCaseMap(docs)
    expect(map.unreadable).toEqual([])
    const statement = readDangerStatements(shared)[0]
    expect(statement.worried).toContainEqual({ name: 'Maureen Hale', role: 'maternal grandmother' })
    expect(statement.goal.networkPersonIds).not.toContain(maureen)
    expect(map.cards.filter((card) => card.source && 'name' in card.source && card.source.name === 'Maureen Hale')).toHaveLength(2)
  })

  it('or takes them and everything naming them away', () => {
    const { docs, shared, id } = haleMap()
    const priya = id('Priya Shah')
    removePersonFromMap(docs, priya, { relationships: 'remove', mentions: 'remove' })
    const map = readCaseMap(docs)
    expect(map.unreadable).toEqual([])
    expect(map.people.map((person) => person.id)).not.toContain(priya)
    expect(readNextSteps(shared)[0].owner).toBeNull()
    expect(JSON.stringify(readDangerStatements(shared))).not.toContain(priya)
    // Who heard a child's own words stays on record, as a name.
    const words = map.cards.find((card) => card.knowledge === 'childsWords')!
    expect(words.childsWords?.heardBy).toEqual({ name: 'Priya Shah', role: 'social worker' })
    expect(JSON.stringify(map.cards)).not.toContain(priya)

    const kai = id('Kai Marsh')
    removePersonFromMap(docs, kai, { relationships: 'remove', mentions: 'remove' })
    expect(JSON.stringify(readGenogram(shared).relationships)).not.toContain(kai)
  })
})

describe('reading relationships', () => {
  it('leaves out a relationship naming someone deleted on another device at the same moment, and says so', () => {
    const shared = new Y.Doc()
    const a = addPerson(shared, { name: 'A', relationship: '', agency: '', group: 'family' })
    const b = addPerson(shared, { name: 'B', relationship: '', agency: '', group: 'family' })
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(shared))
    const link = addRelationship(shared, { kind: 'parent', parentId: a, childId: b, parentKind: 'birth' })
    peopleOf(other).delete(b)
    Y.applyUpdate(shared, Y.encodeStateAsUpdate(other))
    const unreadable: string[] = []
    expect(readGenogram(shared, undefined, unreadable).relationships).toEqual([])
    expect(unreadable).toEqual([link])
  })
})

describe('what the server checks of a genogram change', () => {
  it('refuses a relationship by the same rules, a misfiled household or pin, and contact details that do not fit', () => {
    const { shared, professional, id } = haleMap()
    const sharedWatch = watchLayerChanges(shared, 'shared')
    relationshipsOf(shared).set('r1', { id: 'r1', kind: 'parent', parentId: id('Ellie Hale'), childId: id('Maureen Hale'), parentKind: 'step' })
    expect(sharedWatch.takeProblems()).toEqual(['relationships r1: That would make Ellie Hale her own ancestor.'])
    relationshipsOf(shared).set('r2', { id: 'elsewhere', kind: 'twins', personIds: [id('Ellie Hale'), id('Jack Hale')], identical: false })
    expect(sharedWatch.takeProblems()).toEqual(['relationships r2: a relationship is filed under another id'])
    shared.getMap('households').set('h1', { id: 'h2', name: 'Somewhere' })
    shared.getMap('genogramPins').set(id('Ellie Hale'), { x: 'left', y: 10 })
    expect(sharedWatch.takeProblems()).toEqual([
      'households h1: a household is filed under another id',
      `genogramPins ${id('Ellie Hale')}: x: Invalid input: expected number, received string`,
    ])
    const professionalWatch = watchLayerChanges(professional, 'professional')
    writePersonDetails(professional, id('Kelly Hale'), { consent: 'yes', consentOn: '2026-11-21' })
    expect(professionalWatch.takeProblems()).toEqual([])
    personDetailsOf(professional).get(id('Kelly Hale'))!.set('consent', 'maybe')
    expect(professionalWatch.takeProblems()).toEqual([expect.stringMatching(/^personDetails .*: consent: /)])
  })
})
