import { useGenogramOnCanvas } from './genogram-context'
import { drawnPeople } from './drawnPeople'
import { genogramFrame } from './genogramPlace'

/**
 * The genogram's own area of the canvas, behind its drawing: a frame and its name, grown to hold a
 * family larger than the area. Drawn in page space like the map's zones, so nobody moves it.
 */
export function GenogramArea() {
  const { genogram, drawing, editable } = useGenogramOnCanvas()
  const { x, y, w, h } = genogramFrame(drawing)
  const empty = drawnPeople(genogram.people).length === 0
  return (
    <div className="kinmap-genogram-area" style={{ left: x, top: y, width: w, height: h }}>
      <span className="kinmap-genogram-area__label">Genogram</span>
      {empty && (
        <span className="kinmap-genogram-area__empty">
          {editable ? 'No family members yet. Use the “Genogram” button above to add the first person.' : 'No family members yet.'}
        </span>
      )}
    </div>
  )
}
