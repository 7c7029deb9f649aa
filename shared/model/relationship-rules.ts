import type { Person, Relationship } from './schema.js'

/**
 * The rules a genogram's relationships must keep, in one place: the accessors ask them before
 * writing, the server's validator asks them of every relationship a client sends, the canvas asks
 * them before it offers an action, and the layout asks them of what concurrent edits merged (what
 * breaks a rule there is left out of the drawing and reported, never drawn half-way).
 *
 * Partners, twins and the two birth parents of a child are drawn in one generation; a parent is
 * drawn in a generation above their child. A relationship is refused when no drawing could keep
 * both: a person as their own parent or ancestor, partners or twins in different generations.
 */

/** A relationship before it has an id (`NewRelationship` keeps the union's discriminant). */
export type NewRelationship = Relationship extends infer R ? (R extends Relationship ? Omit<R, 'id'> & { id?: string } : never) : never

type Who = Pick<Person, 'id' | 'name' | 'gender' | 'kind' | 'group'>

/** The people a relationship names. */
export function peopleIn(relationship: NewRelationship): string[] {
  switch (relationship.kind) {
    case 'couple':
      return [...relationship.partnerIds]
    case 'parent':
      return [relationship.parentId, relationship.childId]
    case 'twins':
      return [...relationship.personIds]
    case 'emotional':
      return [relationship.fromId, relationship.toId]
  }
}

const own = (person: Who) => (person.gender === 'female' ? 'her' : person.gender === 'male' ? 'his' : 'their')
const self = (person: Who) => (person.gender === 'female' ? 'herself' : person.gender === 'male' ? 'himself' : 'themselves')
const possessive = (person: Who) => `${person.name}'${person.name.endsWith('s') ? '' : 's'}`
const KIND_WORD = { pregnancy: 'A pregnancy', miscarriage: 'A miscarriage', stillbirth: 'A stillbirth' } as const
const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`)

/**
 * The relationships of one genogram, indexed for the rules. `refusal` says why one more would
 * break them (or null); `add` takes it in. The layout adds what was stored one by one, so what a
 * merge broke is found as the relationship that broke it.
 */
export class RelationshipRules {
  private readonly people = new Map<string, Who>()
  private readonly accepted: Relationship[] = []
  private readonly parentLinksOf = new Map<string, ParentLink[]>()
  private readonly pairs = new Set<string>()
  private readonly twins = new Map<string, string[]>()
  private readonly generations = new Generations()

  constructor(people: readonly Who[], relationships: readonly Relationship[] = []) {
    for (const person of people) {
      this.people.set(person.id, person)
      this.generations.addPerson(person.id)
    }
    for (const relationship of relationships) this.add(relationship)
  }

  get relationships(): readonly Relationship[] {
    return this.accepted
  }

  add(relationship: Relationship): void {
    this.accepted.push(relationship)
    if (!peopleIn(relationship).every((id) => this.people.has(id))) return
    this.pairs.add(pairOf(relationship))
    if (relationship.kind === 'parent') {
      const birthParents = this.birthParents(relationship.childId)
      this.parentLinksOf.set(relationship.childId, [...(this.parentLinksOf.get(relationship.childId) ?? []), relationship])
      if (relationship.parentKind === 'birth' && birthParents.length > 0) this.generations.union(birthParents[0], relationship.parentId)
      this.generations.addEdge(relationship.parentId, relationship.childId)
    } else if (relationship.kind === 'couple') this.generations.union(...relationship.partnerIds)
    else if (relationship.kind === 'twins') {
      const [a, b] = relationship.personIds
      this.twins.set(a, [...(this.twins.get(a) ?? []), b])
      this.twins.set(b, [...(this.twins.get(b) ?? []), a])
      this.generations.union(a, b)
    }
  }

  refusal(relationship: NewRelationship): string | null {
    const ids = peopleIn(relationship)
    const people = ids.map((id) => this.people.get(id))
    if (people.some((person) => person === undefined)) return 'That person is no longer on the map.'
    const [a, b] = people as [Who, Who]
    const professional = people.find((person) => person!.group === 'professional')
    if (professional) return `${professional.name} is a professional, so is not drawn on the genogram.`
    switch (relationship.kind) {
      case 'parent':
        return this.parentRefusal(a, b, relationship.parentKind)
      case 'couple':
        return this.coupleRefusal(a, b, relationship.from, relationship.to)
      case 'twins':
        return this.twinsRefusal(a, b)
      case 'emotional':
        return this.emotionalRefusal(a, b, relationship)
    }
  }

  private parentRefusal(parent: Who, child: Who, parentKind: string): string | null {
    if (parent.id === child.id) return `${parent.name} cannot be ${own(parent)} own parent.`
    if (parent.kind && parent.kind !== 'person') return `${KIND_WORD[parent.kind]} cannot be a parent.`
    if (this.parentLinks(child.id).some((link) => link.parentId === parent.id)) {
      return `${parent.name} is already ${possessive(child)} parent on the genogram.`
    }
    if (this.isAncestor(child.id, parent.id)) return `That would make ${parent.name} ${own(parent)} own ancestor.`
    const birthParents = this.birthParents(child.id)
    if (parentKind === 'birth') {
      if (birthParents.length >= 2) {
        // Mother before father, as people say it.
        const GENDER_ORDER = { female: 0, male: 1, unknown: 2 }
        const names = birthParents
          .map((id) => this.people.get(id)!)
          .sort((a, b) => GENDER_ORDER[a.gender ?? 'unknown'] - GENDER_ORDER[b.gender ?? 'unknown'] || a.name.localeCompare(b.name, 'en-GB'))
          .map((person) => person.name)
        return `${child.name} already has two birth parents: ${names[0]} and ${names[1]}.`
      }
      for (const twinId of this.twinsOf(child.id)) {
        if (new Set([...this.birthParents(twinId), ...birthParents, parent.id]).size > 2) {
          return `${child.name} and ${this.people.get(twinId)!.name} are twins, so they cannot have different birth parents.`
        }
      }
    }
    const coParent = parentKind === 'birth' ? birthParents[0] : undefined
    return this.generations.edgeWouldConflict(parent.id, child.id, coParent) ? GENERATION_CONFLICT : null
  }

  private coupleRefusal(a: Who, b: Who, from: number | null, to: number | null): string | null {
    if (a.id === b.id) return `${a.name} cannot be ${own(a)} own partner.`
    const notPerson = [a, b].find((person) => person.kind && person.kind !== 'person')
    if (notPerson?.kind && notPerson.kind !== 'person') return `${KIND_WORD[notPerson.kind]} cannot be a partner.`
    if (this.pairs.has(`couple ${pairKey(a.id, b.id)}`)) return `${a.name} and ${b.name} are already a couple on the genogram.`
    if (from !== null && to !== null && to < from) return 'A couple cannot have separated before they got together.'
    if (this.isAncestor(a.id, b.id) || this.isAncestor(b.id, a.id)) {
      return `${a.name} and ${b.name} cannot be drawn as a couple: one is the other's parent or grandparent.`
    }
    return this.generations.unionWouldConflict(a.id, b.id) ? GENERATION_CONFLICT : null
  }

  private twinsRefusal(a: Who, b: Who): string | null {
    if (a.id === b.id) return `${a.name} cannot be ${own(a)} own twin.`
    if (this.pairs.has(`twins ${pairKey(a.id, b.id)}`)) return `${a.name} and ${b.name} are already twins on the genogram.`
    // Twins share one drop point from their parents, so they must be able to have the same ones.
    if (new Set([...this.birthParents(a.id), ...this.birthParents(b.id)]).size > 2) {
      return `${a.name} and ${b.name} cannot be twins: they have different birth parents.`
    }
    return this.generations.unionWouldConflict(a.id, b.id) ? GENERATION_CONFLICT : null
  }

  private emotionalRefusal(from: Who, to: Who, relationship: Extract<NewRelationship, { kind: 'emotional' }>): string | null {
    if (from.id === to.id) return `${from.name} cannot have a relationship with ${self(from)}.`
    const same = this.pairs.has(`emotional ${relationship.emotionalKind} ${pairKey(from.id, to.id)}`)
    return same ? `That relationship between ${from.name} and ${to.name} is already on the genogram.` : null
  }

  private parentLinks(childId: string): ParentLink[] {
    return this.parentLinksOf.get(childId) ?? []
  }

  private birthParents(childId: string): string[] {
    return this.parentLinks(childId)
      .filter((link) => link.parentKind === 'birth')
      .map((link) => link.parentId)
  }

  private twinsOf(personId: string): string[] {
    return this.twins.get(personId) ?? []
  }

  /** Whether `ancestorId` is `personId` or above them through parents of any kind. */
  private isAncestor(ancestorId: string, personId: string): boolean {
    const seen = new Set<string>()
    const stack = [personId]
    while (stack.length > 0) {
      const id = stack.pop()!
      if (id === ancestorId) return true
      if (seen.has(id)) continue
      seen.add(id)
      for (const link of this.parentLinks(id)) stack.push(link.parentId)
    }
    return false
  }
}

type ParentLink = Extract<Relationship, { kind: 'parent' }>
const GENERATION_CONFLICT = 'That would put partners or twins in different generations of the family tree.'

/** The key that makes two relationships the same one (emotional ones of different kinds differ). */
function pairOf(relationship: Relationship): string {
  switch (relationship.kind) {
    case 'couple':
      return `couple ${pairKey(...relationship.partnerIds)}`
    case 'twins':
      return `twins ${pairKey(...relationship.personIds)}`
    case 'parent':
      return `parent ${relationship.parentId} ${relationship.childId}`
    case 'emotional':
      return `emotional ${relationship.emotionalKind} ${pairKey(relationship.fromId, relationship.toId)}`
  }
}

/**
 * Groups of people drawn in one generation, kept as relationships are added, with the parent
 * links between them, to answer quickly whether one more would need a group above itself.
 */
class Generations {
  private readonly parent = new Map<string, string>()
  private readonly members = new Map<string, string[]>()
  private readonly children = new Map<string, string[]>()

  addPerson(id: string): void {
    this.parent.set(id, id)
    this.members.set(id, [id])
  }

  private find(id: string): string {
    let root = id
    while (this.parent.get(root)! !== root) root = this.parent.get(root)!
    this.parent.set(id, root)
    return root
  }

  union(a: string, b: string): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra === rb) return
    this.parent.set(rb, ra)
    this.members.set(ra, [...this.members.get(ra)!, ...this.members.get(rb)!])
    this.members.delete(rb)
  }

  addEdge(parentId: string, childId: string): void {
    this.children.set(parentId, [...(this.children.get(parentId) ?? []), childId])
  }

  /** Whether any of the groups `to` can be reached from group `from` going down through children. */
  private reaches(from: string, to: ReadonlySet<string>): boolean {
    const seen = new Set<string>()
    const stack = [this.find(from)]
    while (stack.length > 0) {
      const group = stack.pop()!
      if (seen.has(group)) continue
      seen.add(group)
      for (const member of this.members.get(group)!) {
        for (const child of this.children.get(member) ?? []) {
          const childGroup = this.find(child)
          if (to.has(childGroup)) return true
          stack.push(childGroup)
        }
      }
    }
    return false
  }

  unionWouldConflict(a: string, b: string): boolean {
    const ra = this.find(a)
    const rb = this.find(b)
    return ra !== rb && (this.reaches(ra, new Set([rb])) || this.reaches(rb, new Set([ra])))
  }

  /** A parent link, with the union of the child's two birth parents it brings when `coParent` is given. */
  edgeWouldConflict(parentId: string, childId: string, coParent?: string): boolean {
    if (coParent !== undefined && this.unionWouldConflict(parentId, coParent)) return true
    const above = new Set([this.find(parentId), ...(coParent === undefined ? [] : [this.find(coParent)])])
    return above.has(this.find(childId)) || this.reaches(childId, above)
  }
}

/** One check, for the accessors, the validator and the canvas: why a relationship is refused, or null. */
export function relationshipRefusal(
  genogram: { people: readonly Who[]; relationships: readonly Relationship[] },
  relationship: NewRelationship,
): string | null {
  return new RelationshipRules(genogram.people, genogram.relationships).refusal(relationship)
}

/**
 * People drawn in one generation (partners, twins, the two birth parents of a child), and those
 * groups in an order where every parent's group comes before their children's; null when
 * relationships contradict (a cycle of parents, partners in different generations).
 */
export interface GenerationGroups {
  /** Group of each person: the id of one member, the same for all of them. */
  groupOf: Map<string, string>
  /** Groups, parents' before children's. */
  order: string[]
  /** For each group, the groups of its members' children (through any kind of parent). */
  childGroups: Map<string, Set<string>>
}

export function generationGroups(personIds: readonly string[], relationships: readonly Relationship[]): GenerationGroups | null {
  const parent = new Map<string, string>(personIds.map((id) => [id, id]))
  const find = (id: string): string => {
    let root = id
    while (parent.get(root)! !== root) root = parent.get(root)!
    let node = id
    while (node !== root) {
      const next = parent.get(node)!
      parent.set(node, root)
      node = next
    }
    return root
  }
  const union = (a: string, b: string) => {
    const ra = find(a)
    const rb = find(b)
    // The smaller id wins, so groups do not depend on the order relationships arrive in.
    if (ra !== rb) (ra < rb ? parent.set(rb, ra) : parent.set(ra, rb))
  }
  const firstBirthParent = new Map<string, string>()
  for (const r of relationships) {
    if (!peopleIn(r).every((id) => parent.has(id))) continue
    if (r.kind === 'couple') union(...r.partnerIds)
    else if (r.kind === 'twins') union(...r.personIds)
    else if (r.kind === 'parent' && r.parentKind === 'birth') {
      const other = firstBirthParent.get(r.childId)
      if (other === undefined) firstBirthParent.set(r.childId, r.parentId)
      else union(other, r.parentId)
    }
  }
  const groupOf = new Map(personIds.map((id) => [id, find(id)]))
  const childGroups = new Map<string, Set<string>>()
  const incoming = new Map<string, number>()
  for (const group of groupOf.values()) {
    childGroups.set(group, childGroups.get(group) ?? new Set())
    incoming.set(group, 0)
  }
  for (const r of relationships) {
    if (r.kind !== 'parent' || !groupOf.has(r.parentId) || !groupOf.has(r.childId)) continue
    const from = groupOf.get(r.parentId)!
    const to = groupOf.get(r.childId)!
    if (from === to) return null
    const children = childGroups.get(from)!
    if (!children.has(to)) {
      children.add(to)
      incoming.set(to, incoming.get(to)! + 1)
    }
  }
  const ready = [...incoming].filter(([, count]) => count === 0).map(([group]) => group).sort()
  const order: string[] = []
  while (ready.length > 0) {
    const group = ready.shift()!
    order.push(group)
    for (const child of childGroups.get(group)!) {
      const left = incoming.get(child)! - 1
      incoming.set(child, left)
      if (left === 0) ready.push(child)
    }
  }
  return order.length === incoming.size ? { groupOf, order, childGroups } : null
}
