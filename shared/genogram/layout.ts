import type { Genogram } from '../model/genogram.js'
import { familyStructure, type FamilyStructure } from './family-structure.js'
import { GENOGRAM_GEOMETRY as G, type CouplePlace, type FamilyPlace, type GenogramLayout, type ParentLinkPlace, type PersonPlace } from './geometry.js'
import { orderRows } from './ordering.js'
import { placeRows } from './placement.js'
import { keepPlaces } from './stability.js'

/**
 * The genogram's automatic layout: a pure, deterministic function of the people, their
 * relationships and the positions pinned by hand, computed on each device and never stored.
 *
 * Written here rather than taken from a graph layout library: a genogram needs couples drawn as
 * one unit with partners on one row, someone with several partners in the middle so each couple's
 * children hang under the right line, twins from one point and children in birth order. dagre
 * cannot hold nodes to one rank (GENOGRAM.md §3.7); elkjs's layered layout can only approximate
 * it with partitions and port constraints, is 1.5 MB of transpiled Java, and gives no say over
 * sibling order or spouse sides; d3-dag has no notion of a couple. The steps (GENOGRAM.md §3.7):
 * 1. `familyStructure`: check every relationship with the model's rules, leaving out (and
 *    reporting) what concurrent edits merged into a contradiction; group partners, twins and a
 *    child's two birth parents into one generation; give each group its generation.
 * 2. `orderRows`: the order within each generation (few crossings, brothers and sisters together).
 * 3. `placeRows`: positions that centre children under their parents and parents over children.
 * 4. `keepPlaces`, only with `previous`: people already on screen stay where they are.
 * 5. Pinned people are drawn exactly where they were pinned; lines follow them.
 */
export function layoutGenogram(genogram: Pick<Genogram, 'people' | 'relationships' | 'pins'>, previous?: GenogramLayout): GenogramLayout {
  const s = familyStructure(genogram.people, genogram.relationships)
  const rows = orderRows(s)
  const xs = placeRows(s, rows)
  const leftmost = Math.min(...xs.values())
  const fresh = new Map([...xs].map(([id, x]) => [id, { x: x - leftmost + G.margin.left, y: G.margin.top + s.generationOf.get(id)! * G.row }]))
  const places = previous ? keepPlaces(s, fresh, previous) : fresh

  const people: Record<string, PersonPlace> = {}
  for (const id of [...s.people.keys()].sort()) {
    const pin = genogram.pins[id]
    const place = pin ?? places.get(id)!
    people[id] = { x: place.x, y: place.y, generation: s.generationOf.get(id)!, pinned: pin !== undefined }
  }
  const couples = couplePlaces(s, people)
  const families = familyPlaces(s, people, couples)
  const parentLinks = parentLinkPlaces(s, people, couples)
  const bounds = boundsOf(Object.values(people))
  return { people, couples, families, parentLinks, problems: s.problems, bounds, width: bounds.width, height: bounds.height }
}

function couplePlaces(s: FamilyStructure, people: Record<string, PersonPlace>): CouplePlace[] {
  return s.couples.map((couple) => {
    const [a, b] = couple.partnerIds.map((id) => people[id])
    const block = s.blocks.get(s.blockOf.get(couple.partnerIds[0])!)!
    // A line passing behind someone standing between the partners runs lower, so it reads as theirs.
    const between = Math.max(0, Math.abs(block.indexOf(couple.partnerIds[0]) - block.indexOf(couple.partnerIds[1])) - 1)
    return {
      id: couple.id,
      partnerIds: a.x <= b.x ? couple.partnerIds : [couple.partnerIds[1], couple.partnerIds[0]],
      x1: Math.min(a.x, b.x),
      x2: Math.max(a.x, b.x),
      y: Math.max(a.y, b.y) + G.coupleDrop + between * 10,
      recorded: couple.recorded,
    }
  })
}

function familyPlaces(s: FamilyStructure, people: Record<string, PersonPlace>, couples: CouplePlace[]): FamilyPlace[] {
  return s.families
    .map((family) => {
      const key = family.parentIds.join(' ')
      const couple = couples.find((candidate) => [...candidate.partnerIds].sort().join(' ') === key)
      const lone = people[family.parentIds[0]]
      const drop = couple ? { x: (couple.x1 + couple.x2) / 2, y: couple.y } : { x: lone.x, y: lone.y + G.symbol / 2 }
      const barY = Math.min(...family.children.map((id) => people[id].y)) - G.barAbove
      const children = family.children.map((personId) => {
        const twins = family.twins.get(personId) ?? { all: [], identical: [] }
        const set = [personId, ...twins.all]
        return {
          personId,
          relationshipIds: family.links.get(personId)!.relationshipIds,
          parentKind: family.links.get(personId)!.parentKind,
          x: set.reduce((sum, id) => sum + people[id].x, 0) / set.length,
          twinIds: [...twins.all].sort(),
          identicalTwinIds: [...twins.identical].sort(),
        }
      })
      return { id: family.id, parentIds: family.parentIds, x: drop.x, y: drop.y, barY, children }
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1))
}

function parentLinkPlaces(s: FamilyStructure, people: Record<string, PersonPlace>, couples: CouplePlace[]): ParentLinkPlace[] {
  const groups = new Map<string, FamilyStructure['otherParentLinks']>()
  for (const link of s.otherParentLinks) {
    const key = `${link.childId} ${link.parentKind}`
    groups.set(key, [...(groups.get(key) ?? []), link])
  }
  const linesTo = new Map<string, number>()
  return [...groups.values()].flatMap((links) => {
    const pairKey = links.map((link) => link.parentId).sort().join(' ')
    const couple = links.length === 2 ? couples.find((candidate) => [...candidate.partnerIds].sort().join(' ') === pairKey) : undefined
    const lines = couple ? [links] : links.map((link) => [link])
    return lines.map((together) => {
      const child = people[together[0].childId]
      const parent = people[together[0].parentId]
      const start: [number, number] = couple ? [(couple.x1 + couple.x2) / 2, couple.y] : [parent.x, parent.y + G.symbol / 2]
      // Each line to one child meets it a little further right and runs a little higher, so none hides another.
      const index = linesTo.get(child === undefined ? '' : together[0].childId) ?? 0
      linesTo.set(together[0].childId, index + 1)
      const end: [number, number] = [child.x + G.symbol / 4 + index * 6, child.y - G.symbol / 2]
      const across = Math.max(start[1] + 16, child.y - G.barAbove - 18 - index * 10)
      return {
        relationshipIds: together.map((link) => link.id),
        parentIds: together.map((link) => link.parentId),
        childId: together[0].childId,
        parentKind: together[0].parentKind,
        points: [start, [start[0], across], [end[0], across], end] as [number, number][],
      }
    })
  })
}

function boundsOf(places: PersonPlace[]): GenogramLayout['bounds'] {
  if (places.length === 0) return { x: 0, y: 0, width: G.margin.left + G.margin.right, height: G.margin.top + G.margin.bottom }
  const x = Math.min(0, Math.min(...places.map((place) => place.x)) - G.margin.left)
  const y = Math.min(0, Math.min(...places.map((place) => place.y)) - G.margin.top)
  const right = Math.max(...places.map((place) => place.x)) + G.margin.right
  const bottom = Math.max(...places.map((place) => place.y)) + G.margin.bottom
  return { x, y, width: right - x, height: bottom - y }
}

export { GENOGRAM_GEOMETRY } from './geometry.js'
export type { ChildPlace, CouplePlace, FamilyPlace, GenogramLayout, LayoutProblem, ParentLinkPlace, PersonPlace } from './geometry.js'
