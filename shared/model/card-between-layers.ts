import * as Y from 'yjs'
import { canvasOf, cardsOf, type CardLayer } from './layers.js'
import { cardProblems, cardShapeId, deleteCard } from './case-map.js'
import type { CanvasRecord } from './schema.js'

/**
 * Moving a card between the shared and professional layers: two documents, so two steps the
 * server takes together (`server/maps/move-between-layers.ts`). The card keeps its id, so a card
 * moved back is the same card, still linked from whatever pointed at it.
 */

type Binding = CanvasRecord & { fromId: string; toId: string }
const isArrowBinding = (record: CanvasRecord): record is Binding =>
  record.typeName === 'binding' && typeof (record as Partial<Binding>).fromId === 'string' && typeof (record as Partial<Binding>).toId === 'string'

/**
 * The canvas records that go with a card: its shape when someone has placed it, and each arrow
 * bound to it with the arrow's bindings. An arrow pointing at a professionals-only card must
 * never reach the family (its label may say what the card says), so moving a card to the
 * professional layer takes all its arrows along; moving one to the shared layer takes only
 * arrows that point at nothing else kept from the family.
 */
export function canvasRecordsOfCard(from: Y.Doc, cardId: string, to: CardLayer): CanvasRecord[] {
  const canvas = canvasOf(from)
  const shapeId = cardShapeId(cardId)
  const records: CanvasRecord[] = []
  const shape = canvas.get(shapeId)
  if (shape) records.push(shape)
  const keptFromFamily = (id: string) => id !== shapeId && to === 'shared' && (canvas.has(id) || isCardShapeOf(from, id))
  const bindings = [...canvas.map.values()].map((entry) => entry.val).filter(isArrowBinding)
  const arrowIds = new Set(bindings.filter((binding) => binding.toId === shapeId).map((binding) => binding.fromId))
  for (const arrowId of arrowIds) {
    const arrow = canvas.get(arrowId)
    const own = bindings.filter((binding) => binding.fromId === arrowId)
    if (arrow && !own.some((binding) => keptFromFamily(binding.toId))) records.push(arrow, ...own)
  }
  return records
}

/** Whether a shape id is the (perhaps not yet placed) shape of one of the document's cards. */
const isCardShapeOf = (doc: Y.Doc, shapeId: string) => [...cardsOf(doc).keys()].some((cardId) => cardShapeId(cardId) === shapeId)

/**
 * Copies a card into another layer's document: its fields, its rich text (element by element,
 * with marks and attributes) and the given canvas records (`canvasRecordsOfCard`). Refuses a card
 * that is not in `from` or cannot be read, and what the target layer may not hold (third-party
 * information outside the professional layer), before writing anything. Returns the ids of the
 * canvas records it copied.
 */
export function copyCardBetweenLayers(from: Y.Doc, to: Y.Doc, toLayer: CardLayer, cardId: string, records: CanvasRecord[]): string[] {
  const entry = cardsOf(from).get(cardId)
  if (entry === undefined) throw new Error('That card is not on the map; it may have been deleted.')
  const fromLayer: CardLayer = toLayer === 'shared' ? 'professional' : 'shared'
  const problems = cardProblems(entry, fromLayer, cardId)
  if (problems.length > 0) throw new Error(`That card cannot be read: ${problems.join('; ')}.`)
  const { body: _body, ...fields } = entry.toJSON() as Record<string, unknown>
  if (fields.knowledge === 'thirdParty' && toLayer !== 'professional') {
    throw new Error('Third-party information can only be kept in the professionals-only part of the map.')
  }
  const copy = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) copy.set(key, value)
  const text = new Y.XmlFragment()
  text.insert(0, (entry.get('body') as Y.XmlFragment).toArray().map((child) => child.clone() as Y.XmlElement | Y.XmlText))
  copy.set('body', text)
  to.transact(() => {
    cardsOf(to).set(cardId, copy)
    // The card first, then its shape: the canvas refuses a card shape naming no card.
    for (const record of records) canvasOf(to).set(record.id, record)
  })
  return records.map((record) => record.id)
}

/** Takes a moved card out of the layer it left, with the canvas records that went with it. */
export function removeMovedCard(from: Y.Doc, cardId: string, recordIds: string[]): void {
  from.transact(() => {
    deleteCard(from, cardId)
    for (const id of recordIds) canvasOf(from).delete(id)
  })
}
