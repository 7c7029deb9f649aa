import type { FamilyStructure } from './family-structure.js'
import { GENOGRAM_GEOMETRY as G, type GenogramLayout } from './geometry.js'
import { closestInOrder } from './placement.js'

type Place = { x: number; y: number }

/**
 * Keeps the drawing still while people edit it. Given the layout a screen shows now, everyone
 * whose place in the family has not changed (same generation, same parents, not just unpinned)
 * keeps their position; newcomers go where a fresh layout puts them relative to their nearest
 * settled neighbour, and only the people right beside them make room. A fresh layout (no
 * `previous`, or "Tidy up") is a pure function of the genogram, the same on every device.
 */
export function keepPlaces(s: FamilyStructure, fresh: Map<string, Place>, previous: GenogramLayout): Map<string, Place> {
  const previousFamily = new Map<string, string>()
  for (const family of previous.families) for (const child of family.children) previousFamily.set(child.personId, [...family.parentIds].sort().join(' '))
  const familyKey = (id: string) => s.familyOfChild.get(id)?.parentIds.join(' ') ?? ''

  const shifts = new Map<number, number>()
  for (const [id, place] of Object.entries(previous.people)) {
    if (place.pinned || !s.generationOf.has(id)) continue
    const shift = s.generationOf.get(id)! - place.generation
    shifts.set(shift, (shifts.get(shift) ?? 0) + 1)
  }
  const generationShift = [...shifts].sort(([a, countA], [b, countB]) => countB - countA || a - b)[0]?.[0] ?? 0
  const settled = new Set(
    [...s.generationOf.keys()].filter((id) => {
      const before = previous.people[id]
      return before && !before.pinned && s.generationOf.get(id)! - before.generation === generationShift && (previousFamily.get(id) ?? '') === familyKey(id)
    }),
  )
  if (settled.size === 0) return fresh

  const reference = [...settled][0]
  const topY = previous.people[reference].y - s.generationOf.get(reference)! * G.row
  const allOffsets = [...settled].map((id) => previous.people[id].x - fresh.get(id)!.x).sort((a, b) => a - b)
  const usualOffset = allOffsets[Math.floor(allOffsets.length / 2)]

  const rows = new Map<number, string[]>()
  for (const [id, generation] of s.generationOf) rows.set(generation, [...(rows.get(generation) ?? []), id])
  const kept = new Map<string, Place>()
  // Top row first, so a child whose family changed can be placed under where its parents now are.
  for (const [generation, ids] of [...rows].sort(([a], [b]) => a - b)) {
    const wishes: Wish[] = ids.filter((id) => settled.has(id)).map((id) => ({ id, want: previous.people[id].x, weight: SETTLED }))
    // Each newcomer goes where a fresh layout puts them beside their nearest settled neighbour, or
    // on that neighbour's other side when that moves fewer people (a partner added to someone
    // standing between their brothers and sisters goes to the free side). A child goes under its
    // parents as they now stand, keeping the fresh layout's place among its brothers and sisters.
    for (const id of ids.filter((other) => !settled.has(other)).sort((a, b) => fresh.get(a)!.x - fresh.get(b)!.x)) {
      const underParents = placeUnderParents(id, s, fresh, kept)
      const { offset, anchorX } = offsetNear(id, ids, settled, fresh, s, previous, usualOffset)
      const want = underParents ?? fresh.get(id)!.x + offset
      const candidates = anchorX === null || underParents !== null ? [want] : [want, 2 * anchorX - want]
      const best = candidates
        .map((candidate) => ({ candidate, cost: costOf([...wishes, { id, want: candidate, weight: 1 }]) }))
        .sort((a, b) => a.cost - b.cost)[0].candidate
      wishes.push({ id, want: best, weight: 1 })
    }
    for (const [id, x] of solve(wishes)) kept.set(id, { x, y: topY + generation * G.row })
  }
  return kept
}

interface Wish {
  id: string
  want: number
  weight: number
}
const SETTLED = 1000

function solve(wishes: Wish[]): Map<string, number> {
  const ordered = [...wishes].sort((a, b) => a.want - b.want || (a.id < b.id ? -1 : 1))
  const xs = closestInOrder(
    ordered.map((wish) => wish.want),
    ordered.map((wish) => wish.weight),
    ordered.slice(1).map(() => G.spacing),
  )
  return new Map(ordered.map((wish, index) => [wish.id, wish.weight === SETTLED ? snap(xs[index], wish.want) : xs[index]]))
}

function costOf(wishes: Wish[]): number {
  const placed = solve(wishes)
  return wishes.reduce((sum, wish) => sum + wish.weight * (placed.get(wish.id)! - wish.want) ** 2, 0)
}

// Sub-pixel drift from the weighted solution is not a move.
const snap = (value: number, want: number) => (Math.abs(value - want) < 0.5 ? want : value)

/** Where a child goes when its parents are already placed: the same offset from their drop point as in a fresh layout. */
function placeUnderParents(id: string, s: FamilyStructure, fresh: Map<string, Place>, kept: Map<string, Place>): number | null {
  const parents = s.familyOfChild.get(id)?.parentIds ?? []
  if (parents.length === 0 || !parents.every((parent) => kept.has(parent) && fresh.has(parent))) return null
  const middle = (places: Map<string, Place>) => parents.reduce((sum, parent) => sum + places.get(parent)!.x, 0) / parents.length
  return middle(kept) + (fresh.get(id)!.x - middle(fresh))
}

function offsetNear(
  id: string,
  row: string[],
  settled: Set<string>,
  fresh: Map<string, Place>,
  s: FamilyStructure,
  previous: GenogramLayout,
  usualOffset: number,
): { offset: number; anchorX: number | null } {
  const x = fresh.get(id)!.x
  const offsetOf = (other: string) => previous.people[other].x - fresh.get(other)!.x
  const inRow = row.filter((other) => settled.has(other)).sort((a, b) => Math.abs(fresh.get(a)!.x - x) - Math.abs(fresh.get(b)!.x - x) || (a < b ? -1 : 1))
  if (inRow.length > 0) return { offset: offsetOf(inRow[0]), anchorX: previous.people[inRow[0]].x }
  const relatives = [
    ...(s.familyOfChild.get(id)?.parentIds ?? []),
    ...(s.familiesOfParent.get(id) ?? []).flatMap((family) => family.children),
  ].filter((other) => settled.has(other))
  return { offset: relatives.length > 0 ? offsetOf(relatives.sort()[0]) : usualOffset, anchorX: null }
}
