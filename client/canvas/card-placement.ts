import { getIndicesAbove, type IndexKey, type TLShape, type TLShapeId } from 'tldraw'
import { placeCard, type Rect } from '../../shared/canvas-layout'
import { cardShapeId, CARD_SHAPE_TYPE, type Card } from '../../shared/model'
import type { CardShape } from './card-shape-type'

export interface Placement {
  place: Rect
  /** Stacking order: later cards above earlier ones, the same on every device. */
  index: IndexKey
}

const byAge = (a: Card, b: Card) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

/**
 * Where each card that nobody has placed is shown: its place among all its domain's cards, oldest
 * first. Counting the placed cards too keeps a card where it is when another is dragged away.
 */
export function placeUnplacedCards(cards: Card[], isPlaced: (cardId: string) => boolean): Map<string, Placement> {
  const ordered = [...cards].sort(byAge)
  const indices = getIndicesAbove('a1' as IndexKey, ordered.length)
  const seen = new Map<Card['domain'], number>()
  const placements = new Map<string, Placement>()
  ordered.forEach((card, rank) => {
    const inDomain = seen.get(card.domain) ?? 0
    seen.set(card.domain, inDomain + 1)
    if (!isPlaced(card.id)) placements.set(card.id, { place: placeCard(card.domain, inDomain), index: indices[rank] })
  })
  return placements
}

/** The shape of a card placed by `placeUnplacedCards`. */
export function placedCardShape(cardId: string, { place, index }: Placement): CardShape {
  return {
    id: cardShapeId(cardId) as TLShapeId,
    typeName: 'shape',
    type: CARD_SHAPE_TYPE,
    parentId: 'page:page' as TLShape['parentId'],
    index,
    x: place.x,
    y: place.y,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { cardId, w: place.w, h: place.h },
  }
}

export const isPlacedAt = (shape: CardShape, { place, index }: Placement) =>
  shape.index === index && shape.x === place.x && shape.y === place.y && shape.props.w === place.w && shape.props.h === place.h
