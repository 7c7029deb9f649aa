import * as Y from 'yjs'
import { addPerson, readPeople, type NewPerson } from './case-map.js'
import {
  GenogramPin,
  Household,
  Person,
  PersonDetails,
  Relationship,
  type CoupleStatus,
  type ParentKind,
} from './schema.js'
import { genogramPinsOf, householdsOf, peopleOf, personDetailsOf, relationshipsOf } from './layers.js'
import { RelationshipRules, relationshipRefusal, type NewRelationship } from './relationship-rules.js'
import { readRelationships } from './relationships.js'
import { newId } from './ids.js'

/**
 * The genogram's accessors: relationships, households, hand-placed positions (shared layer) and
 * contact details with consent (professional layer). People themselves are the map's people
 * (`case-map.ts`): one person, one record, many views. The drawing is derived on each device
 * (`shared/genogram/`) and never stored.
 */

export { relationshipRefusal, type NewRelationship }
export { whatNamesPerson, removePersonFromMap, type PersonMentions, type RemovalChoice } from './person-removal.js'

/** A change the genogram's rules refuse, in words a social worker can act on. */
export class GenogramRefusal extends Error {
  override name = 'GenogramRefusal'
}

/** The genogram as plain, validated data: what the layout, the drawing and the export read. */
export interface Genogram {
  people: Person[]
  relationships: Relationship[]
  households: Household[]
  /** Positions someone placed by hand, by person id. */
  pins: Record<string, GenogramPin>
  /** Contact details and consent, by person id; empty without the professional layer. */
  details: Record<string, PersonDetails>
}

export function readGenogram(shared: Y.Doc, professional?: Y.Doc, unreadable: string[] = []): Genogram {
  const people = readPeople(shared, unreadable)
  const onMap = new Set(people.map((person) => person.id))
  const households: Household[] = []
  householdsOf(shared).forEach((value, key) => {
    const parsed = Household.safeParse(value)
    if (parsed.success && parsed.data.id === key) households.push(parsed.data)
    else unreadable.push(key)
  })
  const pins: Record<string, GenogramPin> = {}
  genogramPinsOf(shared).forEach((value, key) => {
    const parsed = GenogramPin.safeParse(value)
    if (parsed.success && onMap.has(key)) pins[key] = parsed.data
  })
  const details: Record<string, PersonDetails> = {}
  if (professional) {
    for (const personId of personDetailsOf(professional).keys()) {
      const read = readPersonDetails(professional, personId)
      if (read && onMap.has(personId)) details[personId] = read
    }
  }
  return {
    people,
    relationships: readRelationships(shared, people, unreadable),
    households: households.sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : 1)),
    pins,
    details,
  }
}

/** Whether someone can be asked or named to act: worried, convinced, in a network, owning a step, scaling. */
export function canTakePart(person: Person): boolean {
  return (person.kind ?? 'person') === 'person' && !person.died && !person.unnamed
}

// ---------------------------------------------------------------------------------------------
// Relationships

function refuseUnless(refusal: string | null): void {
  if (refusal !== null) throw new GenogramRefusal(refusal)
}

const readForRules = (shared: Y.Doc) => {
  const people = readPeople(shared)
  return { people, relationships: readRelationships(shared, people) }
}

export function addRelationship(shared: Y.Doc, relationship: NewRelationship): string {
  const parsed = Relationship.parse({ ...relationship, id: relationship.id ?? newId() })
  refuseUnless(relationshipRefusal(readForRules(shared), parsed))
  relationshipsOf(shared).set(parsed.id, parsed)
  return parsed.id
}

/** What may change in a relationship: anything but its id and kind. */
export type RelationshipChange = {
  [K in Relationship['kind']]: Partial<Omit<Extract<Relationship, { kind: K }>, 'id' | 'kind'>>
}[Relationship['kind']]

export function updateRelationship(shared: Y.Doc, relationshipId: string, change: RelationshipChange): void {
  const current = Relationship.safeParse(relationshipsOf(shared).get(relationshipId))
  if (!current.success) throw new GenogramRefusal('That relationship is no longer on the genogram.')
  const next = Relationship.parse({ ...current.data, ...change, id: relationshipId, kind: current.data.kind })
  const { people, relationships } = readForRules(shared)
  refuseUnless(relationshipRefusal({ people, relationships: relationships.filter((r) => r.id !== relationshipId) }, next))
  relationshipsOf(shared).set(relationshipId, next)
}

export function removeRelationship(shared: Y.Doc, relationshipId: string): void {
  relationshipsOf(shared).delete(relationshipId)
}

export type Relation = 'partner' | 'child' | 'parent' | 'sibling'

export interface RelativeOptions {
  /** For a child: the other parent; null for none. Unset: the partner, when there is exactly one. */
  otherParentId?: string | null
  /** For a partner: how they are together (living together unless said). For a parent: how they are with the child's other parent, if a couple should be recorded. */
  coupleStatus?: CoupleStatus
  /** For a child or parent: birth unless said. */
  parentKind?: ParentKind
}

/**
 * Adds a person as someone's partner, child, parent or brother or sister, with the relationships
 * that make them so, in one transaction: every device sees them arrive already in place. A child
 * of someone with one partner gets both as parents; a brother or sister gets the same parents.
 */
export function addRelative(shared: Y.Doc, fromPersonId: string, relation: Relation, person: NewPerson, options: RelativeOptions = {}): string {
  const { people, relationships } = readForRules(shared)
  const from = people.find((candidate) => candidate.id === fromPersonId)
  if (!from) throw new GenogramRefusal('That person is no longer on the map.')
  const newcomer = Person.parse({ userId: null, ...person, id: person.id ?? newId() })
  const rules = new RelationshipRules([...people, newcomer], relationships)
  const planned = relativeRelationships(rules, from, relation, newcomer, options)
  for (const relationship of planned) {
    refuseUnless(rules.refusal(relationship))
    rules.add(relationship)
  }
  shared.transact(() => {
    addPerson(shared, newcomer)
    for (const relationship of planned) relationshipsOf(shared).set(relationship.id, relationship)
  })
  return newcomer.id
}

function relativeRelationships(rules: RelationshipRules, from: Person, relation: Relation, newcomer: Person, options: RelativeOptions): Relationship[] {
  const parentKind = options.parentKind ?? 'birth'
  const parentOf = (parentId: string, childId: string, kind: ParentKind = parentKind): Relationship => ({ id: newId(), kind: 'parent', parentId, childId, parentKind: kind })
  const couple = (a: string, b: string, status: CoupleStatus): Relationship => ({ id: newId(), kind: 'couple', partnerIds: [a, b], status, from: null, to: null })
  switch (relation) {
    case 'partner':
      return [couple(from.id, newcomer.id, options.coupleStatus ?? 'livingTogether')]
    case 'child': {
      const otherParentId = options.otherParentId === undefined ? onlyPartnerOf(rules, from) : options.otherParentId
      return [parentOf(from.id, newcomer.id), ...(otherParentId ? [parentOf(otherParentId, newcomer.id)] : [])]
    }
    case 'parent': {
      const others = rules.relationships.filter((r) => r.kind === 'parent' && r.childId === from.id && r.parentKind === parentKind)
      const withOther = options.coupleStatus && others.length === 1 && others[0].kind === 'parent' ? [couple(others[0].parentId, newcomer.id, options.coupleStatus)] : []
      return [parentOf(newcomer.id, from.id), ...withOther]
    }
    case 'sibling': {
      const links = rules.relationships.filter((r) => r.kind === 'parent' && r.childId === from.id)
      if (links.length === 0) throw new GenogramRefusal(`Add a parent of ${from.name} first: brothers and sisters are drawn under their parents.`)
      return links.map((link) => (link.kind === 'parent' ? parentOf(link.parentId, newcomer.id, link.parentKind) : link))
    }
  }
}

function onlyPartnerOf(rules: RelationshipRules, person: Person): string | null {
  const partners = rules.relationships.flatMap((r) => (r.kind === 'couple' && r.partnerIds.includes(person.id) ? r.partnerIds.filter((id) => id !== person.id) : []))
  if (partners.length > 1) throw new GenogramRefusal(`${person.name} has more than one partner: say who the other parent is, or that there is none.`)
  return partners[0] ?? null
}

// ---------------------------------------------------------------------------------------------
// Households

export function addHousehold(shared: Y.Doc, name: string, id: string = newId()): string {
  const household = Household.parse({ id, name })
  householdsOf(shared).set(household.id, household)
  return household.id
}

export function renameHousehold(shared: Y.Doc, householdId: string, name: string): void {
  if (!householdsOf(shared).has(householdId)) throw new GenogramRefusal('That household is no longer on the genogram.')
  householdsOf(shared).set(householdId, Household.parse({ id: householdId, name }))
}

/** Removes a household and, in the same transaction, takes its members out of it. */
export function removeHousehold(shared: Y.Doc, householdId: string): void {
  shared.transact(() => {
    householdsOf(shared).delete(householdId)
    peopleOf(shared).forEach((entry) => {
      if (entry.get('householdId') === householdId) entry.delete('householdId')
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Positions placed by hand

export function pinPerson(shared: Y.Doc, personId: string, pin: GenogramPin): void {
  if (!peopleOf(shared).has(personId)) throw new GenogramRefusal('That person is no longer on the map.')
  genogramPinsOf(shared).set(personId, GenogramPin.parse(pin))
}

export function unpinPerson(shared: Y.Doc, personId: string): void {
  genogramPinsOf(shared).delete(personId)
}

// ---------------------------------------------------------------------------------------------
// Contact details and consent (professional layer)

const DETAILS_DEFAULTS: Omit<PersonDetails, 'personId'> = { area: '', phone: '', consent: 'notAsked', consentOn: null, possibleKinshipCarer: false }

/**
 * Changes a person's contact details; each field merges separately with other people's edits.
 * The first change writes every field, with the defaults for those not given.
 */
export function writePersonDetails(professional: Y.Doc, personId: string, change: Partial<Omit<PersonDetails, 'personId'>>): void {
  const existing = personDetailsOf(professional).get(personId)
  const current = existing instanceof Y.Map ? existing.toJSON() : { ...DETAILS_DEFAULTS, personId }
  const next = PersonDetails.parse({ ...current, ...change, personId })
  professional.transact(() => {
    let entry = existing
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>()
      personDetailsOf(professional).set(personId, entry)
      for (const [key, value] of Object.entries(next)) entry.set(key, value)
      return
    }
    for (const key of Object.keys(change) as (keyof typeof change)[]) entry.set(key, next[key])
  })
}

export function readPersonDetails(professional: Y.Doc, personId: string): PersonDetails | null {
  const entry = personDetailsOf(professional).get(personId)
  if (!(entry instanceof Y.Map)) return null
  const parsed = PersonDetails.safeParse({ ...DETAILS_DEFAULTS, ...entry.toJSON(), personId })
  return parsed.success ? parsed.data : null
}

/** Problems with one person's stored details, for the server's validator. */
export function personDetailsProblems(entry: unknown, key: string): string[] {
  if (!(entry instanceof Y.Map)) return ["a person's details must be a map of fields"]
  const parsed = PersonDetails.safeParse(entry.toJSON())
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'details'}: ${issue.message}`)
  return parsed.data.personId === key ? [] : ["a person's details are filed under another id"]
}
