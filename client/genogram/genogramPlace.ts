import { genogramOrigin, zones, type Rect } from '../../shared/canvas-layout'
import type { SvgNode } from '../../shared/genogram/svg-node'

const PADDING = 24

/** Where the drawing sits on the page and how big it is, from the drawing's own size and view box. */
export function drawingRect(drawing: SvgNode): Rect {
  const [x, y] = String(drawing.attrs.viewBox ?? '0 0').split(' ').map(Number)
  const origin = genogramOrigin()
  return { x: origin.x + x, y: origin.y + y, w: Number(drawing.attrs.width), h: Number(drawing.attrs.height) }
}

/** The genogram's area, grown to hold a family larger than it. */
export function genogramFrame(drawing: SvgNode): Rect {
  const area = zones().genogram
  const drawn = drawingRect(drawing)
  const x = Math.min(area.x, drawn.x - PADDING)
  const y = Math.min(area.y, drawn.y - PADDING)
  return {
    x,
    y,
    w: Math.max(area.x + area.w, drawn.x + drawn.w + PADDING) - x,
    h: Math.max(area.y + area.h, drawn.y + drawn.h + PADDING) - y,
  }
}
