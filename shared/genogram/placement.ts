import type { Family, FamilyStructure } from './family-structure.js'
import { GENOGRAM_GEOMETRY as G } from './geometry.js'

/**
 * Where along its row each group stands, keeping the rows' order. Each pass asks every group to
 * move so that children sit centred under their parents' line (going down) or parents centred
 * over their children (going up), then finds the positions closest to those wishes that keep the
 * order and the spacing (`closestInOrder`). A few passes each way settle it.
 */
export function placeRows(s: FamilyStructure, rows: string[][]): Map<string, number> {
  const x = new Map<string, number>()
  const left = new Map<string, number>()
  const widthOf = (block: string) => (s.blocks.get(block)!.length - 1) * G.spacing
  const setLeft = (block: string, value: number) => {
    left.set(block, value)
    s.blocks.get(block)!.forEach((id, index) => x.set(id, value + index * G.spacing))
  }
  const above = new Map([...s.blocks].map(([block, members]) => [block, members.flatMap((id) => (s.familyOfChild.has(id) ? [s.familyOfChild.get(id)!] : []))]))
  const below = new Map([...s.blocks].map(([block, members]) => [block, members.flatMap((id) => s.familiesOfParent.get(id) ?? [])]))
  const familiesAbove = (block: string) => above.get(block)!
  const gapBetween = (a: string, b: string) => (familiesAbove(b).some((family) => familiesAbove(a).includes(family)) ? G.spacing : G.spacing + G.familyGap)
  const gapsOf = (row: string[]) => row.slice(0, -1).map((block, index) => widthOf(block) + gapBetween(block, row[index + 1]))

  for (const row of rows) {
    let next = 0
    const gaps = gapsOf(row)
    row.forEach((block, index) => {
      setLeft(block, next)
      next += gaps[index] ?? 0
    })
  }

  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  const dropAt = (family: { parentIds: string[] }) => mean(family.parentIds.map((id) => x.get(id)!))
  const childrenAt = (family: { children: string[] }) => {
    const xs = family.children.map((id) => x.get(id)!)
    return (Math.min(...xs) + Math.max(...xs)) / 2
  }
  // Brothers and sisters stand as close as their partners allow, centred under their parents' line.
  let packings = new Map<Family, Map<string, number>>()
  const pass = (row: string[], shiftOf: (block: string) => number[]) => {
    if (row.length === 0) return
    packings = new Map()
    const wishes = row.map((block) => {
      const shifts = shiftOf(block)
      return shifts.length === 0 ? { target: left.get(block)!, weight: 0.01 } : { target: left.get(block)! + mean(shifts), weight: shifts.length }
    })
    const placed = closestInOrder(
      wishes.map((wish) => wish.target),
      wishes.map((wish) => wish.weight),
      gapsOf(row),
    )
    row.forEach((block, index) => setLeft(block, placed[index]))
  }
  const packedShift = (family: Family, block: string) => {
    let packed = packings.get(family)
    if (!packed) {
      packed = new Map<string, number>()
      const blocks = [...new Set(family.children.map((id) => s.blockOf.get(id)!))].sort((a, b) => left.get(a)! - left.get(b)!)
      let next = 0
      for (const each of blocks) {
        s.blocks.get(each)!.forEach((id, index) => packed!.set(id, next + index * G.spacing))
        next += widthOf(each) + G.spacing
      }
      const xs = family.children.map((id) => packed!.get(id)!)
      const centre = (Math.min(...xs) + Math.max(...xs)) / 2
      for (const [id, at] of packed) packed.set(id, at - centre)
      packings.set(family, packed)
    }
    const member = s.blocks.get(block)!.find((id) => s.familyOfChild.get(id) === family)!
    return dropAt(family) + packed.get(member)! - x.get(member)!
  }
  const down = (block: string) => familiesAbove(block).map((family) => packedShift(family, block))
  const up = (block: string) => {
    const shifts = below.get(block)!.map((family) => childrenAt(family) - dropAt(family))
    if (shifts.length > 0) return shifts
    return s.blocks.get(block)!.flatMap((id) => (s.otherChildrenOf.get(id) ?? []).map((child) => x.get(child)! - x.get(id)!))
  }

  for (let round = 0; round < 8; round++) {
    for (let r = rows.length - 2; r >= 0; r--) pass(rows[r], up)
    for (let r = 1; r < rows.length; r++) pass(rows[r], down)
  }
  return x
}

/**
 * The positions nearest the targets (least weighted squared distance) that keep the given order
 * with at least `gaps[i]` between item i and the next: pool-adjacent-violators on the targets
 * less their cumulative gaps.
 */
export function closestInOrder(targets: number[], weights: number[], gaps: number[]): number[] {
  const offsets = [0]
  for (const gap of gaps) offsets.push(offsets.at(-1)! + gap)
  const pools: { value: number; weight: number; count: number }[] = []
  targets.forEach((target, index) => {
    pools.push({ value: target - offsets[index], weight: weights[index], count: 1 })
    while (pools.length > 1 && pools.at(-2)!.value > pools.at(-1)!.value) {
      const last = pools.pop()!
      const before = pools.at(-1)!
      const weight = before.weight + last.weight
      before.value = (before.value * before.weight + last.value * last.weight) / weight
      before.weight = weight
      before.count += last.count
    }
  })
  return pools.flatMap((pool) => Array.from({ length: pool.count }, () => pool.value)).map((value, index) => value + offsets[index])
}
