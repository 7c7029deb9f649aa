import type * as Y from 'yjs'
import { CardFields, cardProblems, cardsOf, fragmentText, type Card, type CardLayer } from '../../shared/model'

/**
 * One card, validated exactly as readCards validates each card, without reading the whole layer:
 * a view with many cards reads each card only when that card changes.
 */
export function readCard(doc: Y.Doc, layer: CardLayer, cardId: string): Card | null {
  const entry = cardsOf(doc).get(cardId)
  if (!entry || cardProblems(entry, layer, cardId).length > 0) return null
  const { body, ...fields } = entry.toJSON() as Record<string, unknown>
  return { ...CardFields.parse(fields), layer, text: fragmentText(entry.get('body') as Y.XmlFragment) }
}
