import { generationGroups, RelationshipRules } from '../model/relationship-rules.js'
import type { ParentKind, Person, Relationship } from '../model/schema.js'
import type { LayoutProblem } from './geometry.js'

/**
 * What the layout works from: the people drawn, the relationships that can be drawn together
 * (the rest reported as problems), the generation of each person, each child's own family, and
 * the order of the people in each group drawn side by side (partners, twins).
 */
export interface FamilyStructure {
  people: Map<string, Person>
  relationships: Relationship[]
  problems: LayoutProblem[]
  /** Generation groups (partners, twins, birth parents of one child): drawn side by side, in order. */
  blocks: Map<string, string[]>
  blockOf: Map<string, string>
  generationOf: Map<string, number>
  families: Family[]
  familyOfChild: Map<string, Family>
  familiesOfParent: Map<string, Family[]>
  /** Couples drawn: recorded ones, and two birth parents of a child whose relationship is not recorded. */
  couples: { id: string; partnerIds: [string, string]; recorded: boolean }[]
  /** Parent relationships drawn apart from the child's own family. */
  otherParentLinks: Extract<Relationship, { kind: 'parent' }>[]
  /** The children someone is linked to apart from their own family: drawn near them when nothing else places them. */
  otherChildrenOf: Map<string, string[]>
  /** When someone was born, as a sortable number; null when not known. */
  born: Map<string, number | null>
}

export interface Family {
  id: string
  parentIds: string[]
  /** Oldest first; those whose age is not known after, in a stable order. */
  children: string[]
  links: Map<string, { parentKind: ParentKind; relationshipIds: string[] }>
  twins: Map<string, { all: string[]; identical: string[] }>
}

type ParentLink = Extract<Relationship, { kind: 'parent' }>

// A child sits under the parents who bring them up in law: adoptive, then birth, then foster, then step.
const PLACEMENT_ORDER: readonly ParentKind[] = ['adopted', 'birth', 'fostered', 'step']
// The order relationships are taken in when a merge broke the rules: the one taken later is left out.
const KIND_ORDER = { parent: 0, couple: 1, twins: 2, emotional: 3 } as const

export const isDrawn = (person: Person) => person.group !== 'professional'

export function bornValue(person: Person): number | null {
  const birth = person.birth
  if (!birth) return null
  const [year, month, day] = ('date' in birth ? birth.date : birth.givenOn).split('-').map(Number)
  return ('date' in birth ? year : year - birth.approximateAge) * 372 + month * 31 + day
}

export function familyStructure(allPeople: readonly Person[], stored: readonly Relationship[]): FamilyStructure {
  const drawn = allPeople.filter(isDrawn)
  const people = new Map(drawn.map((person) => [person.id, person]))
  const problems: LayoutProblem[] = []
  const rules = new RelationshipRules(drawn)
  const inOrder = [...stored].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const relationship of inOrder) {
    const refusal = rules.refusal(relationship)
    if (refusal === null) rules.add(relationship)
    else problems.push({ relationshipId: relationship.id, message: refusal })
  }
  const relationships = [...rules.relationships]
  const ids = [...people.keys()].sort()
  const groups = generationGroups(ids, relationships)!
  const born = new Map(drawn.map((person) => [person.id, bornValue(person)]))
  const byBirth = (a: string, b: string) => compareBorn(born.get(a) ?? null, born.get(b) ?? null) || (a < b ? -1 : a > b ? 1 : 0)

  const { families, familyOfChild, familiesOfParent, otherParentLinks, coParents } = familiesOf(relationships, byBirth)
  const couples = [
    ...relationships.flatMap((r) => (r.kind === 'couple' ? [{ id: r.id, partnerIds: r.partnerIds, recorded: true }] : [])),
    ...coParents.map((pair) => ({ id: `parents:${pair[0]}:${pair[1]}`, partnerIds: pair, recorded: false })),
  ]
  const members = new Map<string, string[]>()
  for (const id of ids) {
    const group = groups.groupOf.get(id)!
    members.set(group, [...(members.get(group) ?? []), id])
  }
  const blocks = new Map<string, string[]>()
  const blockOf = new Map<string, string>()
  const fromYear = new Map(relationships.flatMap((r) => (r.kind === 'couple' ? [[r.id, r.from ?? Number.MAX_SAFE_INTEGER]] : [])))
  const twinsOfPerson = new Map<string, string[]>()
  for (const r of relationships) {
    if (r.kind !== 'twins') continue
    for (const [a, b] of [r.personIds, [r.personIds[1], r.personIds[0]]]) twinsOfPerson.set(a, [...(twinsOfPerson.get(a) ?? []), b])
  }
  for (const [group, inGroup] of members) {
    blocks.set(group, arrangeBlock(inGroup, couples, fromYear, twinsOfPerson, familyOfChild, people, byBirth))
    for (const id of inGroup) blockOf.set(id, group)
  }
  const generationOf = generations(groups, blocks, blockOf, born)
  const otherChildrenOf = new Map<string, string[]>()
  for (const link of otherParentLinks) otherChildrenOf.set(link.parentId, [...(otherChildrenOf.get(link.parentId) ?? []), link.childId])
  return { people, relationships, problems, blocks, blockOf, generationOf, families, familyOfChild, familiesOfParent, couples, otherParentLinks, otherChildrenOf, born }
}

function compareBorn(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1
  return a - b
}

function familiesOf(relationships: readonly Relationship[], byBirth: (a: string, b: string) => number) {
  const linksOfChild = new Map<string, ParentLink[]>()
  for (const r of relationships) if (r.kind === 'parent') linksOfChild.set(r.childId, [...(linksOfChild.get(r.childId) ?? []), r])
  const isCouple = new Set(relationships.flatMap((r) => (r.kind === 'couple' ? [[...r.partnerIds].sort().join(' ')] : [])))
  const coParents = new Map<string, [string, string]>()
  const families = new Map<string, Family>()
  const familyOfChild = new Map<string, Family>()
  const otherParentLinks: ParentLink[] = []

  for (const [childId, links] of [...linksOfChild].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const kind = PLACEMENT_ORDER.find((candidate) => links.some((link) => link.parentKind === candidate))!
    const primary = links.filter((link) => link.parentKind === kind).sort((a, b) => (a.parentId < b.parentId ? -1 : 1))
    // Two parents share a family line when they are a couple, or are the child's two birth parents.
    let together = primary.slice(0, 1)
    if (primary.length >= 2) {
      const pair = [primary[0].parentId, primary[1].parentId].sort() as [string, string]
      const key = pair.join(' ')
      if (isCouple.has(key) || kind === 'birth') {
        together = primary.slice(0, 2)
        if (!isCouple.has(key)) coParents.set(key, pair)
      }
    }
    otherParentLinks.push(...links.filter((link) => !together.includes(link)))
    const parentIds = together.map((link) => link.parentId).sort()
    const id = `family:${parentIds.join(':')}`
    const family: Family = families.get(id) ?? { id, parentIds, children: [], links: new Map(), twins: new Map() }
    families.set(id, family)
    family.children.push(childId)
    family.links.set(childId, { parentKind: kind, relationshipIds: together.map((link) => link.id) })
    familyOfChild.set(childId, family)
  }
  for (const family of families.values()) {
    family.children.sort(byBirth)
    const inFamily = new Set(family.children)
    for (const r of relationships) {
      if (r.kind !== 'twins' || !r.personIds.every((id) => inFamily.has(id))) continue
      for (const [a, b] of [r.personIds, [r.personIds[1], r.personIds[0]]]) {
        const twins = family.twins.get(a) ?? { all: [], identical: [] }
        twins.all.push(b)
        if (r.identical) twins.identical.push(b)
        family.twins.set(a, twins)
      }
    }
    // Twins share one drop point, so they stand together, in the place of the elder.
    family.children = keepTwinsTogether(family.children, family.twins)
  }
  const familiesOfParent = new Map<string, Family[]>()
  for (const family of families.values()) for (const parentId of family.parentIds) familiesOfParent.set(parentId, [...(familiesOfParent.get(parentId) ?? []), family])
  return { families: [...families.values()], familyOfChild, familiesOfParent, otherParentLinks, coParents: [...coParents.values()] }
}

function keepTwinsTogether(children: string[], twins: Family['twins']): string[] {
  const placed = new Set<string>()
  const ordered: string[] = []
  for (const child of children) {
    if (placed.has(child)) continue
    const stack = [child]
    const set: string[] = []
    while (stack.length > 0) {
      const id = stack.pop()!
      if (placed.has(id)) continue
      placed.add(id)
      set.push(id)
      stack.push(...(twins.get(id)?.all ?? []))
    }
    ordered.push(...children.filter((id) => set.includes(id)))
  }
  return ordered
}

/**
 * The order of a group drawn side by side. Twins stand together at the centre with their partners
 * outside them; someone with several partners stands in the middle with partners alternately left
 * and right, earliest first, so each couple's children can hang under the right couple line; a
 * lone couple has the man on the left, by convention.
 */
function arrangeBlock(
  members: string[],
  couples: FamilyStructure['couples'],
  fromYear: Map<string, number>,
  twinsOfPerson: Map<string, string[]>,
  familyOfChild: Map<string, Family>,
  people: Map<string, Person>,
  byBirth: (a: string, b: string) => number,
): string[] {
  if (members.length === 1) return members
  const inBlock = new Set(members)
  const partners = new Map<string, { id: string; order: number; coupleId: string }[]>()
  for (const couple of couples) {
    const [a, b] = couple.partnerIds
    if (!inBlock.has(a) || !inBlock.has(b)) continue
    const order = fromYear.get(couple.id) ?? Number.MAX_SAFE_INTEGER
    partners.set(a, [...(partners.get(a) ?? []), { id: b, order, coupleId: couple.id }])
    partners.set(b, [...(partners.get(b) ?? []), { id: a, order, coupleId: couple.id }])
  }
  const partnersOf = (id: string) =>
    (partners.get(id) ?? []).sort((x, y) => x.order - y.order || (x.coupleId < y.coupleId ? -1 : 1)).map((partner) => partner.id)
  const twinsOf = (id: string) => (twinsOfPerson.get(id) ?? []).filter((other) => inBlock.has(other))

  const core = coreOf(members, twinsOf, partnersOf, familyOfChild, byBirth)
  const row = [...core]
  const placed = new Set(core)
  const outward: { id: string; side: -1 | 1 }[] = []
  const put = (id: string, side: -1 | 1) => {
    placed.add(id)
    if (side < 0) row.unshift(id)
    else row.push(id)
    outward.push({ id, side })
  }
  if (core.length === 1) {
    const around = partnersOf(core[0])
    if (around.length === 1) {
      const [only] = around
      put(only, people.get(only)?.gender === 'male' && people.get(core[0])?.gender !== 'male' ? -1 : 1)
    } else around.forEach((id, index) => put(id, index % 2 === 0 ? -1 : 1))
  } else {
    core.forEach((id, index) => {
      for (const partner of partnersOf(id)) if (!placed.has(partner)) put(partner, index < core.length / 2 ? -1 : 1)
    })
  }
  for (let next = 0; next < outward.length; next++) {
    const { id, side } = outward[next]
    for (const other of [...twinsOf(id), ...partnersOf(id)]) if (!placed.has(other)) put(other, side)
  }
  for (const id of members) if (!placed.has(id)) put(id, 1)
  return row
}

function coreOf(
  members: string[],
  twinsOf: (id: string) => string[],
  partnersOf: (id: string) => string[],
  familyOfChild: Map<string, Family>,
  byBirth: (a: string, b: string) => number,
): string[] {
  const withTwins = members.filter((id) => twinsOf(id).length > 0).sort(byBirth)
  if (withTwins.length > 0) {
    const set = new Set([withTwins[0]])
    const stack = [withTwins[0]]
    while (stack.length > 0) for (const twin of twinsOf(stack.pop()!)) if (!set.has(twin)) (set.add(twin), stack.push(twin))
    return [...set].sort(byBirth)
  }
  // The centre is whoever has most partners; then the one born into the family drawn; then the elder.
  const hub = [...members].sort(
    (a, b) => partnersOf(b).length - partnersOf(a).length || Number(familyOfChild.has(b)) - Number(familyOfChild.has(a)) || byBirth(a, b),
  )[0]
  return [hub]
}

/**
 * The generation of each person: each group one below its lowest parents' group; a group with no
 * parents drawn (someone who married in, an older relative on one side only) sits just above its
 * highest children, so the two sides of a family line up. Separate families are aligned by when
 * their people were born, and a family with no birth dates starts at the top row.
 */
function generations(
  groups: NonNullable<ReturnType<typeof generationGroups>>,
  blocks: Map<string, string[]>,
  blockOf: Map<string, string>,
  born: Map<string, number | null>,
): Map<string, number> {
  const rank = new Map<string, number>()
  const hasParents = new Set<string>()
  for (const group of groups.order) {
    const own = rank.get(group) ?? 0
    rank.set(group, own)
    for (const child of groups.childGroups.get(group)!) {
      hasParents.add(child)
      rank.set(child, Math.max(rank.get(child) ?? 0, own + 1))
    }
  }
  for (const group of [...groups.order].reverse()) {
    const children = [...groups.childGroups.get(group)!]
    if (!hasParents.has(group) && children.length > 0) rank.set(group, Math.min(...children.map((child) => rank.get(child)!)) - 1)
  }
  alignSeparateFamilies(groups, blocks, rank, born)
  const lowest = rank.size === 0 ? 0 : Math.min(...rank.values())
  const generationOf = new Map<string, number>()
  for (const [id, group] of blockOf) generationOf.set(id, rank.get(group)! - lowest)
  return generationOf
}

function alignSeparateFamilies(
  groups: NonNullable<ReturnType<typeof generationGroups>>,
  blocks: Map<string, string[]>,
  rank: Map<string, number>,
  born: Map<string, number | null>,
) {
  // Families not joined by any line: find them, largest first.
  const neighbours = new Map<string, Set<string>>([...blocks.keys()].map((group) => [group, new Set<string>()]))
  for (const [group, children] of groups.childGroups) {
    for (const child of children) {
      neighbours.get(group)!.add(child)
      neighbours.get(child)!.add(group)
    }
  }
  const seen = new Set<string>()
  const components: string[][] = []
  for (const group of [...blocks.keys()].sort()) {
    if (seen.has(group)) continue
    const component: string[] = []
    const stack = [group]
    while (stack.length > 0) {
      const next = stack.pop()!
      if (seen.has(next)) continue
      seen.add(next)
      component.push(next)
      stack.push(...neighbours.get(next)!)
    }
    components.push(component)
  }
  if (components.length < 2) return
  components.sort((a, b) => size(b, blocks) - size(a, blocks) || (a[0] < b[0] ? -1 : 1))
  const yearsOf = (component: string[]) => component.flatMap((group) => blocks.get(group)!.flatMap((id) => (born.get(id) == null ? [] : [{ rank: rank.get(group)!, born: born.get(id)! }])))
  const top = Math.min(...components[0].map((group) => rank.get(group)!))
  const main = yearsOf(components[0])
  for (const component of components.slice(1)) {
    const own = yearsOf(component)
    const ownTop = Math.min(...component.map((group) => rank.get(group)!))
    let shift = top - ownTop
    if (own.length > 0 && main.length > 0) {
      // A generation is about 25 years: line the separate family up with the people born when its own were.
      const offsets = own.flatMap((person) => main.map((other) => other.rank - person.rank + Math.round((person.born - other.born) / 372 / 25)))
      shift = median(offsets)
    }
    for (const group of component) rank.set(group, rank.get(group)! + shift)
  }
}

const size = (component: string[], blocks: Map<string, string[]>) => component.reduce((sum, group) => sum + blocks.get(group)!.length, 0)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}
