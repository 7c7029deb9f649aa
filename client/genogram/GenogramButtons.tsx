import { useEditor } from 'tldraw'
import { zones } from '../../shared/canvas-layout'
import { showWidthOf } from '../canvas/camera'
import { useGenogramOnCanvas } from './genogram-context'
import { drawingRect, genogramFrame } from './genogramPlace'

const MOVE = { animation: { duration: 300 } }
const PANEL = 400 // the genogram's panel, beside the drawing

/** Going between the case map and the genogram's area, with words: the genogram opens with its lists beside it. */
export function GenogramButtons() {
  const editor = useEditor()
  const { drawing, openPanel } = useGenogramOnCanvas()
  return (
    <div className="kinmap-genogram-buttons" role="group" aria-label="Go to">
      <button type="button" className="button" onClick={() => showWidthOf(editor, zones().bounds, { move: MOVE })}>
        Map
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          // From the area's name to the drawing's far corner: the area's empty room is not worth the zoom.
          const frame = genogramFrame(drawing)
          const drawn = drawingRect(drawing)
          const shown = { x: frame.x, y: frame.y, w: drawn.x + drawn.w + 24 - frame.x, h: drawn.y + drawn.h + 24 - frame.y }
          showWidthOf(editor, shown, { besides: PANEL, wholeDownTo: 0.5, move: MOVE })
          openPanel()
        }}
      >
        Genogram
      </button>
    </div>
  )
}
