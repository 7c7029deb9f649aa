import * as Y from 'yjs'
import type { CaseMap } from './case-map.js'
import type { Person, PersonRef } from './schema.js'
import { cardsOf, genogramPinsOf, nextStepsOf, peopleOf, personDetailsOf, relationshipsOf, statementsOf } from './layers.js'
import { peopleIn } from './relationship-rules.js'
import { Relationship } from './schema.js'

/**
 * Taking someone off the map. Deleting a person asks first what to do with their relationships
 * (remove them, or keep the family tree's shape with an unnamed person in their place) and with
 * what names them (keep their name and relationship as an unlisted person, or remove them).
 */

/** Everything that names a person, by id: what the delete dialog lists. */
export interface PersonMentions {
  /** Statements where they are among who is worried. */
  statements: string[]
  /** Statements whose goal names them: to be convinced, or in the safety network. */
  goals: string[]
  /** Next steps they own. */
  nextSteps: string[]
  /** Cards they said, heard the child's words of, or are about. */
  cards: string[]
  relationships: string[]
}

export function whatNamesPerson(map: Pick<CaseMap, 'statements' | 'nextSteps' | 'cards' | 'relationships'>, personId: string): PersonMentions {
  const names = (ref: PersonRef | null) => ref !== null && 'personId' in ref && ref.personId === personId
  return {
    statements: map.statements.filter((statement) => statement.worried.some(names)).map((statement) => statement.id),
    goals: map.statements
      .filter((statement) => statement.goal.convinced.some(names) || statement.goal.networkPersonIds.includes(personId))
      .map((statement) => statement.id),
    nextSteps: map.nextSteps.filter((step) => step.owner !== null && 'personId' in step.owner && step.owner.personId === personId).map((step) => step.id),
    cards: map.cards
      .filter((card) => names(card.source) || names(card.childsWords?.heardBy ?? null) || card.childIds.includes(personId))
      .map((card) => card.id),
    relationships: map.relationships.filter((relationship) => peopleIn(relationship).includes(personId)).map((relationship) => relationship.id),
  }
}

export interface RemovalChoice {
  /** `keepAsUnnamed`: their place in the family tree stays, as "Not named", with their gender. */
  relationships: 'remove' | 'keepAsUnnamed'
  /** `keepName`: what names them keeps their name and relationship, as someone not on the map. */
  mentions: 'keepName' | 'remove'
}

const UNNAMED = 'Not named'
const GROUP_ROLE = { family: 'family member', network: 'network member', professional: 'professional' } as const

/**
 * Takes a person off the map: one transaction in each document given. Without the professional
 * layer (a family device), the professional cards that name them are left for a professional.
 * Who heard a child's own words is part of that record, so it always keeps their name.
 */
export function removePersonFromMap(docs: { shared: Y.Doc; professional?: Y.Doc }, personId: string, choice: RemovalChoice): void {
  const entry = peopleOf(docs.shared).get(personId)
  if (!(entry instanceof Y.Map)) return
  const person = entry.toJSON() as Person
  const asName: PersonRef = { name: person.name, role: person.relationship || person.agency || GROUP_ROLE[person.group] || 'no longer on the map' }
  const replacement = choice.mentions === 'keepName' ? asName : null
  const names = (value: unknown) => typeof value === 'object' && value !== null && (value as { personId?: unknown }).personId === personId

  docs.shared.transact(() => {
    forgetInStatements(docs.shared, personId, names, replacement)
    nextStepsOf(docs.shared).forEach((step) => {
      if (names(step.get('owner'))) step.set('owner', replacement)
    })
    forgetInCards(docs.shared, personId, names, replacement, asName)
    relationshipsOf(docs.shared).forEach((value, key) => {
      const parsed = Relationship.safeParse(value)
      if (!parsed.success || !peopleIn(parsed.data).includes(personId)) return
      // The tree's shape is its couples, parents and twins; feelings belong to the person.
      if (choice.relationships === 'remove' || parsed.data.kind === 'emotional') relationshipsOf(docs.shared).delete(key)
    })
    genogramPinsOf(docs.shared).delete(personId)
    if (choice.relationships === 'remove') {
      peopleOf(docs.shared).delete(personId)
      return
    }
    for (const key of [...entry.keys()]) if (!['id', 'group', 'gender', 'kind'].includes(key)) entry.delete(key)
    entry.set('name', UNNAMED)
    entry.set('relationship', '')
    entry.set('agency', '')
    entry.set('userId', null)
    entry.set('unnamed', true)
  })
  const professional = docs.professional
  if (professional) {
    professional.transact(() => {
      forgetInCards(professional, personId, names, replacement, asName)
      personDetailsOf(professional).delete(personId)
    })
  }
}

function forgetInStatements(shared: Y.Doc, personId: string, names: (value: unknown) => boolean, replacement: PersonRef | null) {
  statementsOf(shared).forEach((statement) => {
    const goal = statement.get('goal')
    const lists = [statement.get('worried'), goal instanceof Y.Map ? goal.get('convinced') : null]
    for (const list of lists) if (list instanceof Y.Array) replaceInList(list, names, replacement)
    const network = goal instanceof Y.Map ? goal.get('networkPersonIds') : null
    // The safety network is people on the map: someone off it leaves it.
    if (network instanceof Y.Array) replaceInList(network, (value) => value === personId, null)
  })
}

function replaceInList(list: Y.Array<unknown>, names: (value: unknown) => boolean, replacement: PersonRef | null) {
  for (let index = list.length - 1; index >= 0; index--) {
    if (!names(list.get(index))) continue
    list.delete(index, 1)
    if (replacement !== null && !list.toArray().some((value) => sameRef(value, replacement))) list.insert(index, [replacement])
  }
}

const sameRef = (value: unknown, ref: PersonRef) =>
  typeof value === 'object' && value !== null && 'name' in ref && (value as { name?: unknown }).name === ref.name && (value as { role?: unknown }).role === ref.role

function forgetInCards(doc: Y.Doc, personId: string, names: (value: unknown) => boolean, replacement: PersonRef | null, asName: PersonRef) {
  cardsOf(doc).forEach((card) => {
    if (names(card.get('source'))) card.set('source', replacement)
    const words = card.get('childsWords') as { heardBy?: unknown; heardOn?: string } | null | undefined
    if (words && names(words.heardBy)) card.set('childsWords', { ...words, heardBy: asName })
    const childIds = card.get('childIds')
    if (Array.isArray(childIds) && childIds.includes(personId)) card.set('childIds', childIds.filter((id) => id !== personId))
  })
}
