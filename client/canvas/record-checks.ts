import type { TLRecord, TLStore } from 'tldraw'
import { CanvasRecord, CardShapeProps, CARD_SHAPE_TYPE, cardShapeId } from '../../shared/model'
import { PAIR_SHAPE_TYPE } from './pair-shape-type'
import { GENOGRAM_SHAPE_TYPE } from '../genogram/genogram-shape-type'

/**
 * Checks a record from a layer's canvas before it goes into the tldraw store: anything another
 * client wrote (an older or newer Kinmap, a bug) must be skipped, never crash the canvas.
 */
export function checkCanvasRecord(
  store: TLStore,
  key: string,
  value: unknown,
  cardIsInLayer: (cardId: string) => boolean,
): { record: TLRecord } | { problem: string } {
  const parsed = CanvasRecord.safeParse(value)
  if (!parsed.success) return { problem: 'it is not a shape or a binding' }
  if (parsed.data.id !== key) return { problem: 'it is filed under another id' }
  if (parsed.data.type === PAIR_SHAPE_TYPE) return { problem: 'a pair is drawn from the analysis, never stored' }
  if (parsed.data.type === GENOGRAM_SHAPE_TYPE) return { problem: 'the genogram is drawn from its people, never stored' }
  if (parsed.data.type === CARD_SHAPE_TYPE) {
    const props = CardShapeProps.safeParse((value as { props?: unknown }).props)
    if (!props.success) return { problem: 'a card shape needs a card id and a size' }
    if (key !== cardShapeId(props.data.cardId)) return { problem: 'a card has one shape, and this is another' }
    if (!cardIsInLayer(props.data.cardId)) return { problem: 'its card is not in this layer' }
  }
  const id = key as TLRecord['id']
  try {
    const before = store.get(id) ?? null
    return { record: store.schema.validateRecord(store, value as TLRecord, before ? 'updateRecord' : 'createRecord', before) }
  } catch (error) {
    return { problem: `tldraw cannot read it (${(error as Error).message})` }
  }
}

/** What must be in the store before a record can be: its parent shape, or the shapes a binding joins. */
export function referencesOf(record: TLRecord): string[] {
  if (record.typeName === 'binding') return [record.fromId, record.toId]
  if (record.typeName === 'shape') return [record.parentId]
  return []
}
