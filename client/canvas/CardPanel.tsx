import { useMemo } from 'react'
import { useEditor, useValue } from 'tldraw'
import { CardDetails } from '../cards/CardDetails'
import { useCard } from '../cards/useCards'
import { useSettings } from '../map/useSettings'
import { isCardShape } from './card-shape-type'
import { cardLayerIn, layerOf, useMapOnCanvas } from './map-context'

/**
 * Beside the canvas: a card's details (kind of knowledge, who said it, about whom) while someone
 * edits it. People who may only read see them for the card they select. Not on every selection:
 * cards are selected all the time to be moved, and a panel coming and going would be noise.
 */
export function CardPanel() {
  const editor = useEditor()
  const map = useMapOnCanvas()
  const cardId = useValue(
    'card shown in the panel',
    () => {
      const shape = editor.getEditingShape() ?? editor.getOnlySelectedShape()
      if (!shape || !isCardShape(shape)) return null
      const editing = editor.getEditingShapeId() === shape.id
      return editing || !map.editable.has(cardLayerIn(map, shape.props.cardId)) ? shape.props.cardId : null
    },
    [editor, map],
  )
  return cardId ? <SelectedCard key={cardId} cardId={cardId} /> : null
}

function SelectedCard({ cardId }: { cardId: string }) {
  const editor = useEditor()
  const map = useMapOnCanvas()
  const settings = useSettings(map.docs.record)
  const layer = useMemo(() => cardLayerIn(map, cardId), [map, cardId])
  const { doc } = layerOf(map, layer)!
  const card = useCard(doc, cardId, layer)
  if (!card) return null
  return (
    // Keys typed here are for the form: tldraw must not nudge or delete the card with them. Escape
    // still reaches tldraw, to stop editing the card.
    <aside
      className="kinmap-card-panel"
      aria-labelledby="kinmap-card-panel-heading"
      onKeyDown={(event) => event.key !== 'Escape' && editor.markEventAsHandled(event)}
    >
      <h2 id="kinmap-card-panel-heading" className="kinmap-card-panel__heading">
        Card details
      </h2>
      <CardDetails
        doc={doc}
        card={card}
        people={map.people}
        childIds={settings?.childIds ?? []}
        editable={map.editable.has(layer)}
        user={map.user}
      />
    </aside>
  )
}
