import type { Editor } from 'tldraw'
import { cardShapeId, type CardLayer } from '../../shared/model'
import { isCardShape } from './card-shape-type'

/**
 * Rules tldraw cannot know: a card has one shape (pasting or duplicating one makes a copy, which
 * is taken away again), and a card in a layer this person may only read does not move.
 */
export function guardCardShapes(
  editor: Editor,
  { cardLayerOf, mayEdit }: { cardLayerOf(cardId: string): CardLayer | null; mayEdit(layer: CardLayer): boolean },
): () => void {
  const stops = [
    editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
      if (source === 'user' && isCardShape(shape) && shape.id !== cardShapeId(shape.props.cardId)) {
        queueMicrotask(() => editor.deleteShapes([shape.id]))
      }
    }),
    editor.sideEffects.registerBeforeChangeHandler('shape', (before, after, source) => {
      if (source !== 'user' || !isCardShape(after)) return after
      const layer = cardLayerOf(after.props.cardId)
      return layer && mayEdit(layer) ? after : before
    }),
  ]
  return () => stops.forEach((stop) => stop())
}
