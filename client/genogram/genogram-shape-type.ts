import type { TLShape, TLShapeId } from 'tldraw'

/**
 * The genogram on the canvas: one shape in the genogram's area whose props are only its size. Like
 * the pairs, it is derived and never written: the drawing comes from the people and relationships
 * in the shared layer, laid out on each device.
 */
export const GENOGRAM_SHAPE_TYPE = 'kinmap-genogram'

declare module 'tldraw' {
  interface TLGlobalShapePropsMap {
    [GENOGRAM_SHAPE_TYPE]: { w: number; h: number }
  }
}

export type GenogramShape = TLShape<typeof GENOGRAM_SHAPE_TYPE>

/** One genogram per map, with the same id on every device. */
export const GENOGRAM_SHAPE_ID = 'shape:genogram' as TLShapeId

export const isGenogramShape = (record: { typeName: string; type?: unknown }): record is GenogramShape =>
  record.typeName === 'shape' && record.type === GENOGRAM_SHAPE_TYPE
