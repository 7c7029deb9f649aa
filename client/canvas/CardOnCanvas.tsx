import { useMemo, type PointerEvent } from 'react'
import { useIsEditing } from 'tldraw'
import { domainLabel } from '../../shared/framework'
import { cardBody } from '../../shared/model'
import { CardByline } from '../cards/CardByline'
import { CardTextEditor } from '../cards/CardTextEditor'
import { CardTextPreview } from '../cards/CardTextPreview'
import { ChildsWordsFrame } from '../cards/ChildsWordsFrame'
import { useCard } from '../cards/useCards'
import type { CardShape } from './card-shape-type'
import { cardLayerIn, layerOf, useMapOnCanvas } from './map-context'

/** What a card shape shows: the card as it is in its layer's document, live. */
export function CardOnCanvas({ shape }: { shape: CardShape }) {
  const map = useMapOnCanvas()
  const { cardId } = shape.props
  const layer = useMemo(() => cardLayerIn(map, cardId), [map, cardId])
  const { doc, provider } = layerOf(map, layer)!
  const card = useCard(doc, cardId, layer)
  const fragment = cardBody(doc, cardId)
  const isEditing = useIsEditing(shape.id)

  if (!card || !fragment) {
    return <div className="kinmap-card kinmap-card--unreadable">This card could not be read.</div>
  }

  const editing = isEditing && map.editable.has(layer)
  // While someone types, the editor takes the pointer: without this a drag to select words would
  // move the card instead.
  const keepPointer = editing ? (event: PointerEvent) => event.stopPropagation() : undefined

  return (
    <article
      className={`kinmap-card kinmap-card--${layer}${editing ? ' kinmap-card--editing' : ''}`}
      aria-label={`Card in ${domainLabel(map.framework, card.domain, map.audience)}`}
    >
      <CardByline card={card} people={map.people} />
      <div className="kinmap-card__text" onPointerDown={keepPointer}>
        <ChildsWordsFrame knowledge={card.knowledge}>
          {editing ? (
            <CardTextEditor
              fragment={fragment}
              provider={provider}
              user={map.user}
              editable
              autoFocus
              label={`Text of the card in ${domainLabel(map.framework, card.domain, map.audience)}`}
            />
          ) : (
            <CardTextPreview fragment={fragment} />
          )}
        </ChildsWordsFrame>
      </div>
    </article>
  )
}
