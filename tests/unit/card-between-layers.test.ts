import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { canvasRecordsOfCard, copyCardBetweenLayers, removeMovedCard } from '../../shared/model/card-between-layers.js'
import { canvasOf, cardBody, cardShapeId, createCard, defineRoots, readCard, watchLayerChanges, type CanvasRecord, type Layer } from '../../shared/model/index.js'
import { aCard } from '../support/cards.js'

const author = 'user-1'

/** A layer document as the server holds it, with the validator the server runs watching it. */
function watchedLayer(layer: Layer) {
  const doc = new Y.Doc()
  defineRoots(doc, layer)
  const watcher = watchLayerChanges(doc, layer)
  return { doc, problems: () => watcher.takeProblems() }
}

/** A body with what TipTap writes: paragraphs, a bold run and a bullet list. */
function richCard(doc: Y.Doc, layer: 'shared' | 'professional', knowledge: 'observation' | 'thirdParty' = 'observation') {
  const id = createCard(doc, layer, aCard(author, { domain: 'harm', knowledge, agency: 'Oakfield Primary School' }))
  const body = cardBody(doc, id)!
  const first = new Y.XmlElement('paragraph')
  const text = new Y.XmlText()
  first.insert(0, [text])
  const list = new Y.XmlElement('bulletList')
  const item = new Y.XmlElement('listItem')
  const inner = new Y.XmlElement('paragraph')
  const innerText = new Y.XmlText()
  inner.insert(0, [innerText])
  item.insert(0, [inner])
  list.insert(0, [item])
  body.insert(0, [first, list])
  text.insert(0, 'Ellie came to school with a bruise.')
  text.format(0, 5, { bold: {} })
  innerText.insert(0, 'She said Dean grabbed her.')
  return id
}

const arrow = (id: string): CanvasRecord => ({ id, typeName: 'shape', type: 'arrow', parentId: 'page:page', index: 'a2', x: 0, y: 0, props: {} }) as CanvasRecord
const binding = (id: string, fromId: string, toId: string): CanvasRecord =>
  ({ id, typeName: 'binding', type: 'arrow', fromId, toId, props: { terminal: 'end' }, meta: {} }) as CanvasRecord
const placedShape = (cardId: string): CanvasRecord =>
  ({ id: cardShapeId(cardId), typeName: 'shape', type: 'kinmap-card', parentId: 'page:page', index: 'a1', x: 40, y: 60, props: { cardId, w: 240, h: 160 } }) as CanvasRecord

describe('copying a card between layers', () => {
  it('copies its fields and its rich text faithfully, and the target layer accepts it', () => {
    const shared = watchedLayer('shared')
    const professional = watchedLayer('professional')
    const id = richCard(shared.doc, 'shared')
    shared.problems()

    copyCardBetweenLayers(shared.doc, professional.doc, 'professional', id, [])

    expect(professional.problems()).toEqual([])
    const { layer: _from, ...original } = readCard(shared.doc, 'shared', id)!
    expect(readCard(professional.doc, 'professional', id)).toEqual({ ...original, layer: 'professional' })
    expect(cardBody(professional.doc, id)!.toJSON()).toBe(cardBody(shared.doc, id)!.toJSON())
    expect(cardBody(professional.doc, id)!.toJSON()).toContain('<bold>Ellie</bold>')
  })

  it('takes the card’s placed shape and the arrows bound to it when the card goes to professionals', () => {
    const shared = watchedLayer('shared')
    const professional = watchedLayer('professional')
    const id = richCard(shared.doc, 'shared')
    const other = createCard(shared.doc, 'shared', aCard(author, { domain: 'danger' }))
    canvasOf(shared.doc).set(cardShapeId(id), placedShape(id))
    canvasOf(shared.doc).set('shape:arrow-1', arrow('shape:arrow-1'))
    canvasOf(shared.doc).set('binding:1a', binding('binding:1a', 'shape:arrow-1', cardShapeId(other)))
    canvasOf(shared.doc).set('binding:1b', binding('binding:1b', 'shape:arrow-1', cardShapeId(id)))
    canvasOf(shared.doc).set('shape:doodle', arrow('shape:doodle'))
    shared.problems()

    const records = canvasRecordsOfCard(shared.doc, id, 'professional')
    expect(records.map((record) => record.id).sort()).toEqual(['binding:1a', 'binding:1b', cardShapeId(id), 'shape:arrow-1'].sort())
    const copied = copyCardBetweenLayers(shared.doc, professional.doc, 'professional', id, records)
    removeMovedCard(shared.doc, id, copied)

    expect(professional.problems()).toEqual([])
    expect(shared.problems()).toEqual([])
    expect(canvasOf(professional.doc).get(cardShapeId(id))).toMatchObject({ x: 40, y: 60, props: { cardId: id } })
    expect(readCard(shared.doc, 'shared', id)).toBeNull()
    expect([...canvasOf(shared.doc).map.keys()]).toEqual(['shape:doodle'])
  })

  it('leaves with professionals an arrow that also points at another professionals-only card', () => {
    const professional = watchedLayer('professional')
    const id = richCard(professional.doc, 'professional')
    const secret = createCard(professional.doc, 'professional', aCard(author, { domain: 'danger' }))
    canvasOf(professional.doc).set('shape:arrow-1', arrow('shape:arrow-1'))
    canvasOf(professional.doc).set('binding:1a', binding('binding:1a', 'shape:arrow-1', cardShapeId(secret)))
    canvasOf(professional.doc).set('binding:1b', binding('binding:1b', 'shape:arrow-1', cardShapeId(id)))
    expect(canvasRecordsOfCard(professional.doc, id, 'shared')).toEqual([])
    expect(canvasRecordsOfCard(professional.doc, id, 'professional').map((record) => record.id)).toContain('shape:arrow-1')
  })

  it('refuses third-party information for the shared layer, and a card that is not there, writing nothing', () => {
    const shared = watchedLayer('shared')
    const professional = watchedLayer('professional')
    const police = richCard(professional.doc, 'professional', 'thirdParty')
    const before = Y.encodeStateVector(shared.doc)
    expect(() => copyCardBetweenLayers(professional.doc, shared.doc, 'shared', police, [])).toThrow(/Third-party information/)
    expect(() => copyCardBetweenLayers(professional.doc, shared.doc, 'shared', 'no-such-card', [])).toThrow(/not on the map/)
    expect(Y.encodeStateVector(shared.doc)).toEqual(before)
  })
})
