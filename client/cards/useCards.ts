import { useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { cardsOf, readCard, readCards, type Card, type CardLayer } from '../../shared/model'
import { keepIfSame, keepSameItems, useObservedDeep } from '../yjs/useObservedDeep'

/** The valid cards of one layer, oldest first, kept live as anyone changes them. */
export function useCards(doc: Y.Doc, layer: CardLayer): Card[] {
  const read = useCallback(() => readCards(doc, layer), [doc, layer])
  return useObservedDeep(cardsOf(doc), read, keepSameItems)
}

/** One card, kept live; null when it does not exist (any more) or cannot be read. */
export function useCard(doc: Y.Doc, cardId: string, layer: CardLayer): Card | null {
  const cards = cardsOf(doc)
  const [entry, setEntry] = useState(() => cards.get(cardId))

  // The card's own map is observed deeply; the layer's map only for the card being added or removed,
  // so typing in one card does not make every other card read itself again.
  useEffect(() => {
    const update = () => setEntry(cards.get(cardId))
    update()
    cards.observe(update)
    return () => cards.unobserve(update)
  }, [cards, cardId])

  const read = useCallback(() => readCard(doc, layer, cardId), [doc, layer, cardId])
  return useObservedDeep(entry, read, keepIfSame)
}
