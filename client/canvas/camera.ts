import type { Editor, TLCameraMoveOptions } from 'tldraw'
import type { Rect } from '../../shared/canvas-layout'

const EDGE = 24 // screen pixels between what is shown and the sides of the view
const TOP = 72 // room above it for the "Add card" buttons and quick actions

interface ShowOptions {
  /** Screen pixels kept free on the right, for a panel. */
  besides?: number
  /** Zoom out further, down to this, to show its whole height too. */
  wholeDownTo?: number
  move?: TLCameraMoveOptions
}

/**
 * Shows the whole width of a part of the page (the map, the genogram), its top in view, never
 * larger than life.
 */
export function showWidthOf(editor: Editor, rect: Rect, { besides = 0, wholeDownTo, move = { immediate: true } }: ShowOptions = {}) {
  const view = editor.getViewportScreenBounds()
  const across = (view.w - 2 * EDGE - besides) / rect.w
  const down = (view.h - TOP - EDGE) / rect.h
  const z = Math.min(1, Math.max(0.1, wholeDownTo === undefined ? across : Math.min(across, Math.max(down, wholeDownTo))))
  editor.setCamera({ x: EDGE / z - rect.x, y: TOP / z - rect.y, z }, move)
}
