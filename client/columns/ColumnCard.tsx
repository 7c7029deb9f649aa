import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react'
import { DOMAINS, domainLabel, type Domain } from '../../shared/framework'
import { cardBody, moveCardToDomain, type Card } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { CardByline } from '../cards/CardByline'
import { CardDetails } from '../cards/CardDetails'
import { CardTextEditor } from '../cards/CardTextEditor'
import { CardTextPreview } from '../cards/CardTextPreview'
import { ChildsWordsFrame } from '../cards/ChildsWordsFrame'
import { useColumns } from './columnsContext'
import { DeleteCard } from './DeleteCard'
import { useFocusRequests } from './focusRequests'

interface ColumnCardProps {
  card: Card
  /** 1-based place among the domain's cards, for its accessible name. */
  position: number
  count: number
  domainLabel: string
}

/**
 * A card in the three-column view. Its text shows as a cheap preview; the TipTap editor mounts
 * only while the text has the keyboard (TECH-NOTES §3.2) and unmounts when it leaves.
 */
export const ColumnCard = memo(function ColumnCard({ card, position, count, domainLabel: label }: ColumnCardProps) {
  const { framework, audience, user, people, childIds, layer, mayEdit } = useColumns()
  const focus = useFocusRequests()
  const opened = layer(card.layer)
  const editable = mayEdit(card.layer)
  const [editing, setEditing] = useState(false)
  const { error, change } = useChange()
  // Browsing the options of a closed select fires change events, so choosing a domain only
  // selects it; the Move button moves.
  const [destination, setDestination] = useState<Domain>(card.domain)
  const moveSelect = useRef<HTMLSelectElement>(null)
  const stopEditing = useCallback(() => setEditing(false), [])

  // A card just added or just moved here asked for the keyboard before it existed. A layout effect,
  // so the keyboard is there before the next key press is handled.
  useLayoutEffect(() => {
    if (focus.claim(`card:${card.id}:text`)) setEditing(true)
    else if (focus.claim(`card:${card.id}:move`)) moveSelect.current?.focus()
  }, [card.id, focus])

  const fragment = opened ? cardBody(opened.doc, card.id) : undefined
  if (!opened || !fragment) return null

  const name = `${label}, card ${position} of ${count}`
  const textLabel = `Text of card ${position} in ${label}`

  function move(domain: Domain) {
    change(() => {
      focus.request(`card:${card.id}:move`)
      moveCardToDomain(opened!.doc, card.id, domain)
    })
  }

  return (
    <article
      className={card.layer === 'professional' ? 'column-card column-card--professional' : 'column-card'}
      aria-label={name}
      data-card-id={card.id}
    >
      <CardByline card={card} people={people} />
      <ChildsWordsFrame knowledge={card.knowledge}>
        {editing && editable ? (
          <CardTextEditor
            fragment={fragment}
            provider={opened.provider}
            user={user}
            editable
            label={textLabel}
            autoFocus
            onBlur={stopEditing}
          />
        ) : editable ? (
          // Looks and reads as the text box it becomes: taking the keyboard swaps in the editor.
          <div
            role="textbox"
            aria-multiline="true"
            aria-label={textLabel}
            tabIndex={0}
            className="column-card__text"
            onFocus={() => setEditing(true)}
          >
            <CardTextPreview fragment={fragment} emptyText="Empty card: type here." />
          </div>
        ) : (
          <div className="column-card__text">
            <CardTextPreview fragment={fragment} />
          </div>
        )}
      </ChildsWordsFrame>

      <details className="column-card__details">
        <summary>
          Details<span className="visually-hidden"> of card {position} in {label}</span>
        </summary>
        <CardDetails doc={opened.doc} card={card} people={people} childIds={childIds} editable={editable} user={user} />
      </details>

      {editable && (
        <div className="column-card__actions">
          <div className="field field--inline">
            <label htmlFor={`move-${card.id}`}>Move to</label>
            <select id={`move-${card.id}`} ref={moveSelect} value={destination} onChange={(event) => setDestination(event.target.value as Domain)}>
              {DOMAINS.map((domain) => (
                <option key={domain} value={domain}>
                  {domainLabel(framework, domain, audience)}
                </option>
              ))}
            </select>
            <button type="button" className="button" disabled={destination === card.domain} onClick={() => move(destination)}>
              Move<span className="visually-hidden"> card {position} in {label}</span>
            </button>
          </div>
          <DeleteCard doc={opened.doc} card={card} position={position} domainLabel={label} />
        </div>
      )}
      <ErrorMessage message={error} />
    </article>
  )
})
