import type { TLShape, TLShapeId } from 'tldraw'
import { placeCard, type Rect } from '../../shared/canvas-layout'
import type { Domain } from '../../shared/framework'
import { cardShapeId, CARD_SHAPE_TYPE, type Card } from '../../shared/model'

/**
 * Where each card that nobody has placed is shown: its place among all its domain's cards, oldest
 * first. Counting the placed cards too keeps a card where it is when another is dragged away.
 */
export function placeUnplacedCards(cards: Card[], isPlaced: (cardId: string) => boolean): Map<string, Rect> {
  const byDomain = new Map<Domain, Card[]>()
  for (const card of cards) byDomain.set(card.domain, [...(byDomain.get(card.domain) ?? []), card])
  const places = new Map<string, Rect>()
  for (const [domain, inDomain] of byDomain) {
    inDomain
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .forEach((card, index) => {
        if (!isPlaced(card.id)) places.set(card.id, placeCard(domain, index))
      })
  }
  return places
}

/** The shape of a card at a place, keeping what the shape already had (its stacking order). */
export function cardShapeAt(cardId: string, place: Rect, current?: TLShape): TLShape<typeof CARD_SHAPE_TYPE> {
  return {
    id: cardShapeId(cardId) as TLShapeId,
    typeName: 'shape',
    type: CARD_SHAPE_TYPE,
    parentId: 'page:page' as TLShape['parentId'],
    index: (current?.index ?? 'a1') as TLShape['index'],
    x: place.x,
    y: place.y,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { cardId, w: place.w, h: place.h },
  }
}

export const isAt = (shape: TLShape<typeof CARD_SHAPE_TYPE>, place: Rect) =>
  shape.x === place.x && shape.y === place.y && shape.props.w === place.w && shape.props.h === place.h
