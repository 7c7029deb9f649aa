import { useEffect, useRef } from 'react'
import { useEditor, useValue } from 'tldraw'
import { personName } from '../map/peopleToChoose'
import { useGenogramOnCanvas } from './genogram-context'
import { isGenogramShape } from './genogram-shape-type'
import { GenogramOverview } from './GenogramOverview'
import { PersonInGenogram } from './PersonInGenogram'

/**
 * Beside the canvas: the selected person of the genogram, or the genogram as lists. It opens when
 * someone selects a person on the drawing, presses Enter on the drawing, or uses the "Genogram"
 * button; it closes when they select something else on the canvas.
 */
export function GenogramPanel() {
  const editor = useEditor()
  const { genogram, layout, selectedId, panelOpen, select, closePanel } = useGenogramOnCanvas()
  const person = selectedId ? genogram.people.find((candidate) => candidate.id === selectedId) : undefined
  const shown = Boolean(person) || panelOpen
  const heading = useRef<HTMLHeadingElement>(null)

  // A card or a drawing selected on the canvas takes the place beside it.
  const otherSelected = useValue('something else selected', () => editor.getSelectedShapes().some((shape) => !isGenogramShape(shape)), [editor])
  useEffect(() => {
    if (otherSelected) closePanel()
  }, [otherSelected, closePanel])

  useEffect(() => {
    if (shown) heading.current?.focus()
  }, [shown, selectedId])

  // The keyboard goes back to the person in the drawing whose details were open.
  function close() {
    const returnTo = selectedId
    closePanel()
    if (returnTo) requestAnimationFrame(() => document.querySelector<SVGElement>(`.kinmap-genogram [data-person-id="${CSS.escape(returnTo)}"]`)?.focus())
  }

  if (!shown) return null
  return (
    // Keys typed here are for the panel: tldraw must not act on them. Escape still reaches tldraw.
    <aside
      className="kinmap-genogram-panel"
      aria-labelledby="kinmap-genogram-panel-heading"
      onKeyDown={(event) => event.key !== 'Escape' && editor.markEventAsHandled(event)}
    >
      <div className="panel-heading">
        <h2 id="kinmap-genogram-panel-heading" tabIndex={-1} ref={heading}>
          {person ? personName(person) : 'Genogram'}
        </h2>
        <button type="button" className="button button--quiet" onClick={close}>
          Close<span className="visually-hidden"> {person ? `${personName(person)}’s details` : 'genogram panel'}</span>
        </button>
      </div>
      {person && (
        <button type="button" className="button button--quiet genogram-panel__back" onClick={() => select(null)}>
          All people and relationships
        </button>
      )}
      {person && layout.problems.length > 0 && (
        <p className="notice notice--warning genogram-panel__attention">
          {layout.problems.length === 1 ? 'A relationship needs' : `${layout.problems.length} relationships need`} attention: see all people and relationships.
        </p>
      )}
      {person ? <PersonInGenogram key={person.id} person={person} /> : <GenogramOverview />}
    </aside>
  )
}
