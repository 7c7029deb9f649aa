import { describe, expect, it } from 'vitest'
import { layoutGenogram, GENOGRAM_GEOMETRY as G, type GenogramLayout } from '../../shared/genogram/layout.js'
import type { Genogram } from '../../shared/model/genogram.js'
import {
  adoptionAndFostering,
  FamilyBuilder,
  fourGenerations,
  halfSiblings,
  largeFamily,
  marriedTwoBrothers,
  singleParent,
  twinFamily,
} from '../support/genogram-families.js'

type Drawn = Pick<Genogram, 'people' | 'relationships' | 'pins'>

/** What every drawing must be: rows by generation, parents above, nobody on top of anybody. */
function expectSound(genogram: Drawn, layout: GenogramLayout) {
  const places = Object.entries(layout.people)
  expect(places.map(([id]) => id).sort()).toEqual(genogram.people.filter((person) => person.group !== 'professional').map((person) => person.id).sort())
  for (const [, a] of places) for (const [, b] of places) if (a.generation === b.generation && !a.pinned && !b.pinned) expect(a.y).toBe(b.y)
  for (const [idA, a] of places) {
    for (const [idB, b] of places) {
      if (idA >= idB) continue
      // Symbols and the names under them need a whole place each, side by side in a row.
      const apart = a.y === b.y ? G.spacing - 1 : G.symbol
      expect(Math.abs(a.x - b.x) >= apart || Math.abs(a.y - b.y) >= G.symbol, `${idA} and ${idB} overlap`).toBe(true)
    }
  }
  for (const family of layout.families) {
    const parents = family.parentIds.map((id) => layout.people[id])
    for (const child of family.children) for (const parent of parents) expect(layout.people[child.personId].y).toBeGreaterThan(parent.y)
    if (parents.length === 2) {
      expect(family.x).toBeGreaterThanOrEqual(Math.min(...parents.map((parent) => parent.x)))
      expect(family.x).toBeLessThanOrEqual(Math.max(...parents.map((parent) => parent.x)))
    }
  }
}

const xOf = (layout: GenogramLayout, id: string) => layout.people[id].x
const familyOf = (layout: GenogramLayout, ...parentIds: string[]) => layout.families.find((family) => family.parentIds.join(' ') === [...parentIds].sort().join(' '))!
const childrenOf = (layout: GenogramLayout, ...parentIds: string[]) => familyOf(layout, ...parentIds).children.map((child) => child.personId)

/** A family's children stand around the point their line comes down from, not off under someone else. */
function expectUnderTheirParents(layout: GenogramLayout, ...parentIds: string[]) {
  const family = familyOf(layout, ...parentIds)
  const xs = family.children.map((child) => xOf(layout, child.personId))
  expect(family.x).toBeGreaterThanOrEqual(Math.min(...xs) - G.spacing / 2 - G.familyGap)
  expect(family.x).toBeLessThanOrEqual(Math.max(...xs) + G.spacing / 2 + G.familyGap)
}

describe('the genogram layout', () => {
  it('puts half-brothers and sisters under the right couple, the shared parent between the two partners', () => {
    const f = halfSiblings()
    const layout = layoutGenogram(f.genogram())
    expectSound(f.genogram(), layout)
    expect(layout.problems).toEqual([])
    const [chantelle, dean, sophie] = ['chantelle', 'dean', 'sophie'].map((id) => xOf(layout, id))
    expect(dean).toBeGreaterThan(Math.min(chantelle, sophie))
    expect(dean).toBeLessThan(Math.max(chantelle, sophie))
    expect(childrenOf(layout, 'dean', 'chantelle')).toEqual(['kai'])
    expect(childrenOf(layout, 'dean', 'sophie')).toEqual(['ellie', 'jack'])
    expectUnderTheirParents(layout, 'dean', 'chantelle')
    expectUnderTheirParents(layout, 'dean', 'sophie')
    // Kai is on Chantelle's side of Dean; Ellie and Jack on Sophie's.
    const kaiSide = Math.sign(xOf(layout, 'kai') - dean)
    expect(kaiSide).toBe(Math.sign(chantelle - dean))
    for (const id of ['ellie', 'jack']) expect(Math.sign(xOf(layout, id) - xOf(layout, 'kai'))).toBe(Math.sign(sophie - chantelle))
    expect(xOf(layout, 'ellie')).toBeLessThan(xOf(layout, 'jack'))
  })

  it('draws a woman who married two brothers between them, each husband’s children under that marriage', () => {
    const f = marriedTwoBrothers()
    const layout = layoutGenogram(f.genogram())
    expectSound(f.genogram(), layout)
    expect(layout.problems).toEqual([])
    const [bill, rose, tom] = ['bill', 'rose', 'tom'].map((id) => xOf(layout, id))
    expect(rose).toBeGreaterThan(Math.min(bill, tom))
    expect(rose).toBeLessThan(Math.max(bill, tom))
    expect(layout.people.rose.generation).toBe(layout.people.bill.generation)
    expect(layout.people.tom.generation).toBe(layout.people.bill.generation)
    expectUnderTheirParents(layout, 'rose', 'bill')
    expectUnderTheirParents(layout, 'rose', 'tom')
    // Billy is on Bill's side; Lily and Dan, oldest first, on Tom's.
    expect(Math.sign(xOf(layout, 'billy') - xOf(layout, 'lily'))).toBe(Math.sign(bill - tom))
    expect(xOf(layout, 'lily')).toBeLessThan(xOf(layout, 'dan'))
    // The brothers and their sister all hang from their parents' line.
    expect(childrenOf(layout, 'grandad', 'nan').sort()).toEqual(['ann', 'bill', 'tom'])
  })

  it('brings twins down from one point, marks identical twins, and keeps brothers and sisters oldest on the left', () => {
    const f = twinFamily()
    const layout = layoutGenogram(f.genogram())
    expectSound(f.genogram(), layout)
    const children = familyOf(layout, 'dad', 'mum').children
    expect(children.map((child) => child.personId)).toEqual(['ollie', 'amy', 'beth', 'cal', 'dot'])
    const xs = ['ollie', 'amy', 'beth', 'cal', 'dot'].map((id) => xOf(layout, id))
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    const point = (id: string) => children.find((child) => child.personId === id)!
    expect(point('amy').x).toBe(point('beth').x)
    expect(point('cal').x).toBe(point('dot').x)
    expect(point('amy').x).not.toBe(point('cal').x)
    expect(point('amy').identicalTwinIds).toEqual(['beth'])
    expect(point('cal').twinIds).toEqual(['dot'])
    expect(point('cal').identicalTwinIds).toEqual([])
    expect(point('ollie').x).toBe(xOf(layout, 'ollie'))
  })

  it('puts an adopted child under the adoptive parents and a fostered child under the birth parents, each other parent linked apart', () => {
    const f = adoptionAndFostering()
    const layout = layoutGenogram(f.genogram())
    expectSound(f.genogram(), layout)
    const mia = familyOf(layout, 'jo', 'sam').children
    expect(mia.map((child) => [child.personId, child.parentKind])).toEqual([['mia', 'adopted']])
    const leo = familyOf(layout, 'gary', 'tina').children
    expect(leo.map((child) => [child.personId, child.parentKind])).toEqual([['leo', 'birth']])
    // Foster carers who are a couple link to the child from their couple line, as one line.
    expect(layout.parentLinks.map((link) => [link.parentIds.sort().join(' '), link.childId, link.parentKind]).sort()).toEqual([
      ['chris pat', 'leo', 'fostered'],
      ['kim', 'mia', 'birth'],
    ])
    const kim = layout.parentLinks.find((link) => link.parentIds[0] === 'kim')!
    expect(kim.points[0]).toEqual([xOf(layout, 'kim'), layout.people.kim.y + G.symbol / 2])
    const carers = layout.parentLinks.find((link) => link.childId === 'leo')!
    const couple = layout.couples.find((candidate) => [...candidate.partnerIds].sort().join(' ') === 'chris pat')!
    expect(carers.points[0]).toEqual([(couple.x1 + couple.x2) / 2, couple.y])
    for (const link of layout.parentLinks) expect(link.points.at(-1)![1]).toBe(layout.people[link.childId].y - G.symbol / 2)
    expectUnderTheirParents(layout, 'jo', 'sam')
    expectUnderTheirParents(layout, 'gary', 'tina')
  })

  it('draws four generations on four rows, the father’s mother beside the mother’s parents, a deceased great-grandfather in his place', () => {
    const f = fourGenerations()
    const layout = layoutGenogram(f.genogram())
    expectSound(f.genogram(), layout)
    const generation = (id: string) => layout.people[id].generation
    expect(['greatGrandad', 'greatNan'].map(generation)).toEqual([0, 0])
    expect(['maureen', 'uncleRay', 'ron', 'gran'].map(generation)).toEqual([1, 1, 1, 1])
    expect(['kelly', 'sophie', 'dean'].map(generation)).toEqual([2, 2, 2])
    expect(['ellie', 'jack'].map(generation)).toEqual([3, 3])
    const ys = [0, 1, 2, 3].map((g) => Object.values(layout.people).find((place) => place.generation === g)!.y)
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
    expect(new Set(ys).size).toBe(4)
    expect(xOf(layout, 'uncleRay')).toBeLessThan(xOf(layout, 'maureen'))
    for (const parents of [['greatGrandad', 'greatNan'], ['ron', 'maureen'], ['gran'], ['dean', 'sophie']]) expectUnderTheirParents(layout, ...parents)
  })

  it('hangs a single parent’s children from her, eldest first', () => {
    const f = singleParent()
    const layout = layoutGenogram(f.genogram())
    expectSound(f.genogram(), layout)
    const family = familyOf(layout, 'mum')
    expect(family.children.map((child) => child.personId)).toEqual(['zara', 'yusuf'])
    expect(family.x).toBe(xOf(layout, 'mum'))
    expect(family.y).toBe(layout.people.mum.y + G.symbol / 2)
    expect(xOf(layout, 'zara')).toBeLessThan(xOf(layout, 'yusuf'))
    expect((xOf(layout, 'zara') + xOf(layout, 'yusuf')) / 2).toBeCloseTo(xOf(layout, 'mum'), 0)
    expect(layout.couples).toEqual([])
  })

  it('draws two birth parents whose relationship is not recorded as a couple of their own kind', () => {
    const f = new FamilyBuilder()
    f.person('mum', 'female', '1990-01-01')
    f.person('dad', 'male', '1989-01-01')
    f.person('baby', 'female', '2020-01-01')
    f.child(['mum', 'dad'], 'baby')
    const layout = layoutGenogram(f.genogram())
    expect(layout.couples).toEqual([expect.objectContaining({ id: 'parents:dad:mum', recorded: false })])
    expect(layout.people.mum.generation).toBe(layout.people.dad.generation)
    expectUnderTheirParents(layout, 'mum', 'dad')
  })

  it('leaves professionals off the genogram and lines up someone unrelated with people born when they were', () => {
    const f = fourGenerations()
    f.person('priya', 'female', '1988-01-01', { group: 'professional' })
    f.person('tasha', 'female', '1993-01-01', { group: 'network' })
    const layout = layoutGenogram(f.genogram())
    expect(layout.people.priya).toBeUndefined()
    expect(layout.people.tasha.generation).toBe(layout.people.sophie.generation)
    expectSound(f.genogram(), layout)
  })

  it('keeps a pinned person exactly where they were put, and nobody else moves for it', () => {
    const f = fourGenerations()
    const before = layoutGenogram(f.genogram())
    f.pins.kelly = { x: -250.5, y: 1234 }
    const after = layoutGenogram(f.genogram())
    expect(after.people.kelly).toEqual({ x: -250.5, y: 1234, generation: 2, pinned: true })
    for (const [id, place] of Object.entries(before.people)) if (id !== 'kelly') expect(after.people[id]).toEqual(place)
    expect(after.bounds.x).toBeLessThan(-250.5)
    expect(after.bounds.y + after.bounds.height).toBeGreaterThan(1234)
    // Lines follow the pin: Kelly's line from her parents ends at her.
    const kelly = familyOf(after, 'ron', 'maureen').children.find((child) => child.personId === 'kelly')!
    expect(kelly.x).toBe(-250.5)
  })

  it('does not move anyone else when someone adds a person to one branch', () => {
    const f = fourGenerations()
    const before = layoutGenogram(f.genogram())
    // Someone on another device adds a baby for Dean and Sophie and a new partner for Uncle Ray.
    f.person('baby', 'male', '2026-10-01')
    f.child(['dean', 'sophie'], 'baby')
    f.person('raysWife', 'female', '1960-01-01')
    f.couple('uncleRay', 'raysWife', 'married', 1985)
    const after = layoutGenogram(f.genogram(), before)
    const branch = new Set(['ellie', 'jack', 'baby', 'raysWife'])
    for (const [id, place] of Object.entries(before.people)) if (!branch.has(id)) expect(after.people[id], id).toEqual(place)
    expect(after.people.baby.generation).toBe(after.people.jack.generation)
    expect(after.people.baby.y).toBe(after.people.jack.y)
    expect(xOf(after, 'baby')).toBeGreaterThan(xOf(after, 'jack'))
    expect(after.people.raysWife.y).toBe(after.people.uncleRay.y)
    expect(Math.abs(xOf(after, 'raysWife') - xOf(after, 'uncleRay'))).toBeLessThanOrEqual(2 * G.spacing)
    expectSound(f.genogram(), after)
  })

  it('moves a child to between the parents when someone adds the other parent, and moves no one else', () => {
    const f = new FamilyBuilder()
    f.person('ellie', 'female', '2019-03-01')
    f.person('sophie', 'female', '1994-05-01')
    f.person('jack', 'male', '2023-06-01')
    f.child(['sophie'], 'jack')
    const before = layoutGenogram(f.genogram())
    f.person('dean', 'male', '1990-01-01')
    f.couple('sophie', 'dean', 'livingTogether')
    f.child(['dean'], 'jack')
    const after = layoutGenogram(f.genogram(), before)
    expect(after.people.sophie).toEqual(before.people.sophie)
    expect(after.people.ellie).toEqual(before.people.ellie)
    const [sophie, dean, jack] = ['sophie', 'dean', 'jack'].map((id) => xOf(after, id))
    expect(jack).toBeGreaterThan(Math.min(sophie, dean))
    expect(jack).toBeLessThan(Math.max(sophie, dean))
    expectSound(f.genogram(), after)
  })

  it('is the same on every device: the order relationships and people arrive in changes nothing', () => {
    const f = largeFamily(2)
    const genogram = f.genogram()
    const reversed = { ...genogram, people: [...genogram.people].reverse(), relationships: [...genogram.relationships].reverse() }
    expect(layoutGenogram(reversed)).toEqual(layoutGenogram(genogram))
  })

  it('leaves out what concurrent edits merged into a cycle or a third birth parent, reports it, and still draws the rest', () => {
    const f = fourGenerations()
    // Two browsers, each change fine alone: Ellie made Sophie's parent while Sophie became Ellie's.
    const cycle = f.child(['ellie'], 'maureen')
    f.person('stranger', 'male', '1990-01-01')
    const third = f.child(['stranger'], 'jack')
    const layout = layoutGenogram(f.genogram())
    expect(layout.problems).toEqual([
      { relationshipId: cycle[0], message: 'That would make Ellie her own ancestor.' },
      { relationshipId: third[0], message: 'Jack already has two birth parents: Sophie and Dean.' },
    ])
    expectSound(f.genogram(), layout)
    expect(childrenOf(layout, 'ron', 'maureen')).toEqual(['kelly', 'sophie'])
    expect(childrenOf(layout, 'dean', 'sophie')).toEqual(['ellie', 'jack'])
    expect(layout.families.some((family) => family.parentIds.includes('stranger') || family.parentIds.includes('ellie'))).toBe(false)
  })

  it('lays out a map with no one on the genogram yet', () => {
    const layout = layoutGenogram({ people: [], relationships: [], pins: {} })
    expect(layout).toMatchObject({ people: {}, couples: [], families: [], problems: [] })
    expect(layout.width).toBeGreaterThan(0)
  })

  it('lays out a large family soundly: 80 people over four generations with remarriages and twins', () => {
    const f = largeFamily(4)
    expect(f.people).toHaveLength(80)
    const layout = layoutGenogram(f.genogram())
    expect(layout.problems).toEqual([])
    expectSound(f.genogram(), layout)
  })
})
