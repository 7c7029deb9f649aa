import { Box, type Editor, type TLShapeId, type VecLike } from 'tldraw'
import { centreOf, domainAt, nearestDomain, placeCard, placeCardAt, type Rect } from '../../shared/canvas-layout'
import type { Domain } from '../../shared/framework'
import { cardShapeId, createCard, type CardLayer } from '../../shared/model'
import { isCardShape } from './card-shape-type'
import { layerOf, type MapOnCanvas } from './map-context'

/** The card's first free place in a zone's grid, so a new card does not land on another. */
function freePlace(editor: Editor, domain: Domain): Rect {
  const taken = editor
    .getCurrentPageShapes()
    .filter(isCardShape)
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((bounds): bounds is Box => bounds !== undefined)
  const free = (place: Rect) => !taken.some((bounds) => bounds.collides(Box.From(place)))
  for (let index = 0; index < 200; index++) if (free(placeCard(domain, index))) return placeCard(domain, index)
  return placeCard(domain, taken.length)
}

/**
 * Adds a card with its shape in one transaction (createCard's `withShape`), then opens its text
 * for typing. The binding has already put the new shape on the canvas when createCard returns.
 */
function addCard(editor: Editor, map: MapOnCanvas, layer: CardLayer, domain: Domain, place: Rect) {
  const target = layerOf(map, layer)
  if (!target || !map.editable.has(layer) || editor.getIsReadonly()) return
  const cardId = createCard(
    target.doc,
    layer,
    { domain, knowledge: 'observation', source: null, agency: '', childIds: [], childsWords: null, createdBy: map.user.id },
    // A new card belongs on top: with equal indices, what is drawn on top and what a click hits disagree.
    { ...place, index: editor.getHighestIndexForParent(editor.getCurrentPageId()) },
  )
  const shapeId = cardShapeId(cardId) as TLShapeId
  if (!editor.getShape(shapeId)) return
  editor.select(shapeId)
  editor.setEditingShape(shapeId)
  editor.setCurrentTool('select.editing_shape', {})
}

/** "Add card": into the zone under the middle of the view, or the nearest zone. */
export function addCardInView(editor: Editor, map: MapOnCanvas, layer: CardLayer) {
  const centre = editor.getViewportPageBounds().center
  const domain = domainAt(centre) ?? nearestDomain(centre)
  const place = freePlace(editor, domain)
  if (!editor.getViewportPageBounds().contains(Box.From(place))) editor.centerOnPoint(centreOf(place), { animation: { duration: 200 } })
  addCard(editor, map, layer, domain, place)
}

/** Double-clicking an empty spot in a zone adds a card there; elsewhere it does nothing. */
export function addCardAt(editor: Editor, map: MapOnCanvas, point: VecLike) {
  const domain = domainAt(point)
  if (domain) addCard(editor, map, 'shared', domain, placeCardAt(domain, point))
}
