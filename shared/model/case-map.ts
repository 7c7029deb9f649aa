import * as Y from 'yjs'
import { DOMAINS, type Domain } from '../framework.js'
import {
  CardFields,
  CARD_SHAPE_TYPE,
  MapSettings,
  NoneIdentified,
  Person,
  type BottomLine,
  type Card,
  type DangerStatement,
  type Layer,
  type NextStep,
  type PairStatus,
  type Relationship,
} from './schema.js'
import { canvasOf, cardsOf, noneIdentifiedOf, peopleOf, settingsOf, type CardLayer } from './layers.js'
import { fragmentText, writeParagraphs } from './rich-text.js'
import { newId, now } from './ids.js'
import { readDangerStatements } from './danger-statements.js'
import { readBottomLines } from './bottom-lines.js'
import { readNextSteps } from './next-steps.js'
import { readPairStatus } from './pair-status.js'
import { readRelationships } from './relationships.js'

/** The documents of one map that a viewer has open; `professional` is absent for a family device. */
export interface MapDocuments {
  shared: Y.Doc
  professional?: Y.Doc
  record: Y.Doc
}

/** A whole map read into plain, validated data: what views, exports and tests read. */
export interface CaseMap {
  settings: MapSettings | null
  people: Person[]
  /** How people are related (the genogram's couples, parents, twins, emotional relationships). */
  relationships: Relationship[]
  cards: Card[]
  noneIdentified: Partial<Record<Domain, NoneIdentified>>
  /** Danger statements, each with its paired safety goal inside it. */
  statements: DangerStatement[]
  bottomLines: BottomLine[]
  nextSteps: NextStep[]
  /** Where each pair stands (record layer), by statement id; a pair with no entry is a draft. */
  pairStatus: Record<string, PairStatus>
  /** What could not be read, by item id: a view shows the rest, never nothing. */
  unreadable: string[]
}

export { newId }

/** The id of the tldraw shape that shows a card. */
export const cardShapeId = (cardId: string) => `shape:card-${cardId}`

// ---------------------------------------------------------------------------------------------
// Cards

export type NewCard = Omit<CardFields, 'id' | 'createdAt'> & { id?: string; createdAt?: string; text?: string }

/**
 * Adds a card to a layer's document. Third-party information belongs to professionals only, so it
 * can only be created in the professional layer. `withShape` creates the card's canvas shape in the
 * same transaction, for cards made on the canvas.
 */
export function createCard(
  doc: Y.Doc,
  layer: CardLayer,
  card: NewCard,
  withShape?: { x: number; y: number; w: number; h: number; index?: string },
): string {
  const { text, ...fields } = card
  const parsed = CardFields.parse({ ...fields, id: card.id ?? newId(), createdAt: card.createdAt ?? now() })
  assertCardFitsLayer(parsed, layer)
  doc.transact(() => {
    const entry = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(parsed)) entry.set(key, value)
    const body = new Y.XmlFragment()
    entry.set('body', body)
    cardsOf(doc).set(parsed.id, entry)
    if (text) writeParagraphs(body, text)
    if (layer === 'shared') noneIdentifiedOf(doc).delete(parsed.domain)
    if (withShape) {
      canvasOf(doc).set(cardShapeId(parsed.id), {
        id: cardShapeId(parsed.id),
        typeName: 'shape',
        type: CARD_SHAPE_TYPE,
        parentId: 'page:page',
        // tldraw's fractional stacking order; the canvas passes one above everything on the page.
        index: withShape.index ?? 'a1',
        x: withShape.x,
        y: withShape.y,
        rotation: 0,
        isLocked: false,
        opacity: 1,
        meta: {},
        props: { cardId: parsed.id, w: withShape.w, h: withShape.h },
      })
    }
  })
  return parsed.id
}

function assertCardFitsLayer(card: CardFields, layer: CardLayer) {
  if (card.knowledge === 'thirdParty' && layer !== 'professional') {
    throw new Error('Third-party information can only be kept in the professionals-only part of the map.')
  }
  if ((card.knowledge === 'childsWords') !== (card.childsWords !== null)) {
    throw new Error("The child's own words need who heard them and when, and only they do.")
  }
}

/** Problems with a card as stored, in plain words; empty when the card is sound. */
export function cardProblems(entry: unknown, layer: Layer, key: string): string[] {
  return checkCard(entry, layer, key).problems
}

/** A card as stored, checked once: its fields when they parse, and its problems in plain words. */
function checkCard(entry: unknown, layer: Layer, key: string): { fields: CardFields | null; problems: string[] } {
  if (layer === 'record') return { fields: null, problems: ['cards are not kept in the record'] }
  if (!(entry instanceof Y.Map)) return { fields: null, problems: ['a card must be a map of fields'] }
  const parsed = CardFields.safeParse(plainFields(entry))
  if (!parsed.success) return { fields: null, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'card'}: ${issue.message}`) }
  const problems: string[] = []
  if (parsed.data.id !== key) problems.push('a card is filed under another id')
  if (!(entry.get('body') instanceof Y.XmlFragment)) problems.push("a card's text must be rich text")
  try {
    assertCardFitsLayer(parsed.data, layer)
  } catch (error) {
    problems.push((error as Error).message)
  }
  return { fields: parsed.data, problems }
}

/** A card's fields without its text: `toJSON` would turn the rich text into a string only to drop it. */
function plainFields(entry: Y.Map<unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  entry.forEach((value, key) => {
    if (key !== 'body') fields[key] = value instanceof Y.AbstractType ? value.toJSON() : value
  })
  return fields
}

export function cardBody(doc: Y.Doc, cardId: string): Y.XmlFragment | undefined {
  const body = cardsOf(doc).get(cardId)?.get('body')
  return body instanceof Y.XmlFragment ? body : undefined
}

export type CardChange = Partial<Pick<CardFields, 'knowledge' | 'source' | 'agency' | 'childIds' | 'childsWords'>>

/** Changes a card's details; each field merges separately with other people's edits. */
export function updateCard(doc: Y.Doc, layer: CardLayer, cardId: string, change: CardChange): void {
  const entry = cardsOf(doc).get(cardId)
  if (!entry) throw new Error('That card no longer exists.')
  const next = CardFields.parse({ ...plainFields(entry), ...change })
  assertCardFitsLayer(next, layer)
  doc.transact(() => {
    for (const [key, value] of Object.entries(change)) entry.set(key, value)
  })
}

/**
 * Moves a card to another domain. Its shape goes in the same transaction, so every canvas places
 * it from its new domain instead of leaving it in the old zone.
 */
export function moveCardToDomain(doc: Y.Doc, cardId: string, domain: Domain): void {
  const entry = cardsOf(doc).get(cardId)
  if (!entry) throw new Error('That card no longer exists.')
  doc.transact(() => {
    entry.set('domain', domain)
    canvasOf(doc).delete(cardShapeId(cardId))
    if (doc.share.has('noneIdentified')) noneIdentifiedOf(doc).delete(domain)
  })
}

export function deleteCard(doc: Y.Doc, cardId: string): void {
  doc.transact(() => {
    cardsOf(doc).delete(cardId)
    canvasOf(doc).delete(cardShapeId(cardId))
  })
}

/**
 * One card, validated as `readCards` validates each card; null when it is missing or unreadable.
 * Views with many cards read each card only when that card changes.
 */
export function readCard(doc: Y.Doc, layer: CardLayer, cardId: string): Card | null {
  const entry = cardsOf(doc).get(cardId)
  if (entry === undefined) return null
  const { fields, problems } = checkCard(entry, layer, cardId)
  if (fields === null || problems.length > 0) return null
  return { ...fields, layer, text: fragmentText(entry.get('body') as Y.XmlFragment) }
}

export function readCards(doc: Y.Doc, layer: CardLayer, unreadable: string[] = []): Card[] {
  const cards: Card[] = []
  for (const key of cardsOf(doc).keys()) {
    const card = readCard(doc, layer, key)
    if (card) cards.push(card)
    else unreadable.push(key)
  }
  return cards.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

// ---------------------------------------------------------------------------------------------
// "None identified"

export function markNoneIdentified(shared: Y.Doc, domain: Domain, by: string): void {
  noneIdentifiedOf(shared).set(domain, NoneIdentified.parse({ by, at: now() }))
}

export function clearNoneIdentified(shared: Y.Doc, domain: Domain): void {
  noneIdentifiedOf(shared).delete(domain)
}

export function readNoneIdentified(shared: Y.Doc, unreadable: string[] = []): CaseMap['noneIdentified'] {
  const marks: CaseMap['noneIdentified'] = {}
  for (const domain of DOMAINS) {
    const mark = noneIdentifiedOf(shared).get(domain)
    if (mark === undefined) continue
    const parsed = NoneIdentified.safeParse(mark)
    if (parsed.success) marks[domain] = parsed.data
    else unreadable.push(domain)
  }
  return marks
}

// ---------------------------------------------------------------------------------------------
// People

export type NewPerson = Omit<Person, 'id' | 'userId'> & { id?: string; userId?: string | null }

export function addPerson(shared: Y.Doc, person: NewPerson): string {
  const parsed = Person.parse({ userId: null, ...person, id: person.id ?? newId() })
  shared.transact(() => {
    const entry = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(parsed)) entry.set(key, value)
    peopleOf(shared).set(parsed.id, entry)
  })
  return parsed.id
}

export function updatePerson(shared: Y.Doc, personId: string, change: Partial<Omit<Person, 'id'>>): void {
  const entry = peopleOf(shared).get(personId)
  if (!entry) throw new Error('That person is no longer on the map.')
  Person.parse({ ...entry.toJSON(), ...change })
  shared.transact(() => {
    for (const [key, value] of Object.entries(change)) entry.set(key, value)
  })
}

export function personProblems(entry: unknown, key: string): string[] {
  if (!(entry instanceof Y.Map)) return ['a person must be a map of fields']
  const parsed = Person.safeParse(entry.toJSON())
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'person'}: ${issue.message}`)
  return parsed.data.id === key ? [] : ['a person is filed under another id']
}

export function readPeople(shared: Y.Doc, unreadable: string[] = []): Person[] {
  const people: Person[] = []
  peopleOf(shared).forEach((entry, key) => {
    if (personProblems(entry, key).length > 0) unreadable.push(key)
    else people.push(Person.parse(entry.toJSON()))
  })
  return people.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
}

/** How a person reference reads: "Sam Carter (maternal grandmother)". */
export function describePersonRef(ref: { personId: string } | { name: string; role: string } | null, people: Person[]): string {
  if (ref === null) return 'Not recorded'
  if ('personId' in ref) {
    const person = people.find((candidate) => candidate.id === ref.personId)
    if (!person) return 'Someone no longer on the map'
    return person.relationship ? `${person.name} (${person.relationship})` : person.name
  }
  return `${ref.name} (${ref.role})`
}

// ---------------------------------------------------------------------------------------------
// Settings (record layer, written by the server)

export function readSettings(record: Y.Doc): MapSettings | null {
  const parsed = MapSettings.safeParse(settingsOf(record).toJSON())
  return parsed.success ? parsed.data : null
}

export function writeSettings(record: Y.Doc, change: Partial<MapSettings>): void {
  const next = MapSettings.parse({ ...settingsOf(record).toJSON(), ...change })
  record.transact(() => {
    for (const [key, value] of Object.entries(next)) settingsOf(record).set(key, value)
  })
}

// ---------------------------------------------------------------------------------------------
// The whole map

export function readCaseMap(docs: MapDocuments): CaseMap {
  const unreadable: string[] = []
  const cards = readCards(docs.shared, 'shared', unreadable)
  if (docs.professional) cards.push(...readCards(docs.professional, 'professional', unreadable))
  const people = readPeople(docs.shared, unreadable)
  return {
    settings: readSettings(docs.record),
    people,
    relationships: readRelationships(docs.shared, people, unreadable),
    cards,
    noneIdentified: readNoneIdentified(docs.shared, unreadable),
    statements: readDangerStatements(docs.shared, unreadable),
    bottomLines: readBottomLines(docs.shared, unreadable),
    nextSteps: readNextSteps(docs.shared, unreadable),
    pairStatus: readPairStatus(docs.record, unreadable),
    unreadable,
  }
}

/**
 * Bottom lines and next steps that have lost their pair, for a view to show as needing attention
 * rather than hide: a bottom line kept when its statement was deleted, and anything linked to a
 * statement deleted on another device at the same moment as it was linked.
 */
export function itemsNeedingAttention(map: Pick<CaseMap, 'statements' | 'bottomLines' | 'nextSteps'>): {
  bottomLines: BottomLine[]
  nextSteps: NextStep[]
} {
  const statementIds = new Set(map.statements.map((statement) => statement.id))
  return {
    bottomLines: map.bottomLines.filter((line) => line.statementId === null || !statementIds.has(line.statementId)),
    nextSteps: map.nextSteps.filter((step) => step.statementId !== null && !statementIds.has(step.statementId)),
  }
}
