import type { TLShape, TLShapeId } from 'tldraw'
import type { PairSide } from '../../shared/framework'

/**
 * A statement or goal of a pair, drawn on the canvas from the analysis. Derived, like the place of
 * a card nobody has moved, but never written: its props are where it goes and which pair it is,
 * and its words are read from the shared layer as they change.
 */
export const PAIR_SHAPE_TYPE = 'kinmap-pair'

declare module 'tldraw' {
  interface TLGlobalShapePropsMap {
    [PAIR_SHAPE_TYPE]: { statementId: string; side: PairSide; pair: number; w: number; h: number }
  }
}

export type PairShape = TLShape<typeof PAIR_SHAPE_TYPE>

/** Each side of a pair has one shape, on every device, so arrows drawn to it find it everywhere. */
export const pairShapeId = (statementId: string, side: PairSide) => `shape:pair-${side}-${statementId}` as TLShapeId

export const isPairShape = (record: { typeName: string; type?: unknown }): record is PairShape =>
  record.typeName === 'shape' && record.type === PAIR_SHAPE_TYPE

/**
 * The colour band a pair's two sides and the line between them share, by pair number. Each is dark
 * enough for white text and a thin line to show on a projector; the number says it too.
 */
const PAIR_COLOURS = ['#1d4ed8', '#7e22ce', '#0f766e', '#b91c1c', '#a16207', '#be185d'] as const
export const pairColour = (pair: number) => PAIR_COLOURS[(Math.max(1, pair) - 1) % PAIR_COLOURS.length]
