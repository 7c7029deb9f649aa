import type { TLShape } from 'tldraw'
import { CARD_SHAPE_TYPE } from '../../shared/model'

// tldraw 5 learns a custom shape's props through this map; shape props are geometry and the id of
// the card, never the card's content (that stays in the card's Yjs map).
declare module 'tldraw' {
  interface TLGlobalShapePropsMap {
    [CARD_SHAPE_TYPE]: { cardId: string; w: number; h: number }
  }
}

export type CardShape = TLShape<typeof CARD_SHAPE_TYPE>

export const isCardShape = (record: { typeName: string; type?: unknown }): record is CardShape =>
  record.typeName === 'shape' && record.type === CARD_SHAPE_TYPE
