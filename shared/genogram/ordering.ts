import type { FamilyStructure } from './family-structure.js'

/**
 * The left-to-right order of the groups in each generation (a group: people drawn side by side,
 * see `family-structure.ts`). First a walk down from the oldest generation, so each family's
 * children start together; then a few sweeps that sort each row by where its people's parents
 * (going down) or children (going up) stand, which removes most crossing lines. Brothers and
 * sisters of one family share their parents' position, so they stay together, oldest on the left;
 * one who married into a family drawn beside theirs moves to the side facing it. Ends going down,
 * so the last word is with the children's order.
 */
export function orderRows(s: FamilyStructure): string[][] {
  const rowOfBlock = new Map<string, number>()
  for (const [block, members] of s.blocks) rowOfBlock.set(block, s.generationOf.get(members[0])!)
  const rowCount = Math.max(0, ...rowOfBlock.values()) + 1
  const rows: string[][] = Array.from({ length: rowCount }, () => [])

  const visited = new Set<string>()
  const visit = (block: string) => {
    if (visited.has(block)) return
    visited.add(block)
    rows[rowOfBlock.get(block)!].push(block)
    for (const member of s.blocks.get(block)!) {
      for (const family of s.familiesOfParent.get(member) ?? []) for (const child of family.children) visit(s.blockOf.get(child)!)
    }
  }
  const roots = [...s.blocks.keys()].sort((a, b) => rowOfBlock.get(a)! - rowOfBlock.get(b)! || (a < b ? -1 : 1))
  for (const block of roots) visit(block)

  const slot = new Map<string, number>()
  const placeRow = (row: string[]) => {
    let next = 0
    for (const block of row) for (const member of s.blocks.get(block)!) slot.set(member, next++)
  }
  rows.forEach(placeRow)
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  const parentsAt = (family: { parentIds: string[] }) => mean(family.parentIds.map((id) => slot.get(id)!))
  const childrenAt = (family: { children: string[] }) => mean(family.children.map((id) => slot.get(id)!))
  const centreOf = (block: string) => mean(s.blocks.get(block)!.map((id) => slot.get(id)!))
  const order = new Map(
    [...s.blocks].map(([block, members]) => {
      const child = members.find((id) => s.familyOfChild.has(id))
      return [block, child === undefined ? -1 : s.familyOfChild.get(child)!.children.indexOf(child)]
    }),
  )
  const birthOrder = (block: string) => order.get(block)!
  const above = new Map([...s.blocks].map(([block, members]) => [block, members.flatMap((id) => (s.familyOfChild.has(id) ? [s.familyOfChild.get(id)!] : []))]))
  const below = new Map([...s.blocks].map(([block, members]) => [block, members.flatMap((id) => s.familiesOfParent.get(id) ?? [])]))

  const sweep = (row: string[], keyOf: (block: string) => number | null) => {
    const keys = new Map(row.map((block) => [block, keyOf(block) ?? centreOf(block)]))
    row.sort((a, b) => keys.get(a)! - keys.get(b)! || birthOrder(a) - birthOrder(b) || (a < b ? -1 : 1))
  }
  const down = (block: string) => {
    const families = above.get(block)!
    return families.length === 0 ? null : mean(families.map(parentsAt))
  }
  const up = (block: string) => {
    const families = below.get(block)!
    if (families.length > 0) return mean(families.map(childrenAt))
    // Foster carers, step-parents, a birth parent of an adopted child: near the child they are linked to.
    const others = s.blocks.get(block)!.flatMap((id) => s.otherChildrenOf.get(id) ?? [])
    return others.length === 0 ? null : mean(others.map((id) => slot.get(id)!))
  }
  const turnToParents = (row: string[]) => {
    for (const block of row) {
      const members = s.blocks.get(block)!
      const attached = members.filter((id) => s.familyOfChild.has(id))
      if (attached.length < 2) continue
      const first = parentsAt(s.familyOfChild.get(attached[0])!)
      const last = parentsAt(s.familyOfChild.get(attached.at(-1)!)!)
      if (first > last) members.reverse()
    }
  }

  for (let round = 0; round < 4; round++) {
    for (let r = 1; r < rowCount; r++) {
      sweep(rows[r], down)
      turnToParents(rows[r])
      placeRow(rows[r])
    }
    if (round === 3) break
    for (let r = rowCount - 2; r >= 0; r--) {
      sweep(rows[r], up)
      placeRow(rows[r])
    }
  }
  return rows
}
