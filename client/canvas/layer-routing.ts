import type { Editor, TLRecord } from 'tldraw'
import type { CardLayer } from '../../shared/model'
import { isCardShape } from './card-shape-type'

/**
 * Which layer's canvas keeps a record. Cards stay in their card's layer. An arrow pointing at a
 * professionals-only card goes with that card, so a family device never shows an arrow to
 * nothing, and a binding goes with its arrow. Everything else is shared. Null for a card shape
 * whose card is gone.
 */
export function layerFor(editor: Editor, record: TLRecord, cardLayerOf: (cardId: string) => CardLayer | null): CardLayer | null {
  if (isCardShape(record)) return cardLayerOf(record.props.cardId)
  if (record.typeName === 'binding') {
    const arrow = editor.store.get(record.fromId)
    return arrow ? layerFor(editor, arrow, cardLayerOf) : 'shared'
  }
  if (record.typeName !== 'shape') return 'shared'
  const pointsAtProfessional = editor.getBindingsFromShape(record.id, 'arrow').some((binding) => {
    const shape = editor.store.get(binding.toId)
    return shape !== undefined && isCardShape(shape) && cardLayerOf(shape.props.cardId) === 'professional'
  })
  return pointsAtProfessional ? 'professional' : 'shared'
}
