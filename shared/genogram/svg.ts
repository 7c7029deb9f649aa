import type { Genogram } from '../model/genogram.js'
import { drawGenogram, type DrawingOptions } from './drawing.js'
import { layoutGenogram } from './layout.js'
import { svgToString } from './svg-node.js'

export { svgToString, type SvgNode } from './svg-node.js'

/**
 * The genogram as a standalone SVG file: laid out afresh, drawn, serialised. What the export
 * embeds in an assessment and what "Download SVG" saves.
 */
export function genogramSvg(genogram: Pick<Genogram, 'people' | 'relationships' | 'households' | 'pins'> & Partial<Pick<Genogram, 'details'>>, options: DrawingOptions = {}): string {
  return svgToString(drawGenogram(genogram, layoutGenogram(genogram), options))
}
