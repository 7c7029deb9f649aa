import { useState } from 'react'
import type { Domain } from '../../shared/framework'
import { createCard, type CardLayer } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { PROFESSIONALS_ONLY } from '../cards/CardByline'
import { useColumns } from './columnsContext'
import { useFocusRequests } from './focusRequests'

/**
 * Adds an empty card to a domain and puts the keyboard in its text. A card is shared with everyone
 * on the map unless "Professionals only" is ticked.
 */
export function AddCard({ domain, label }: { domain: Domain; label: string }) {
  const { user, childIds, layer, mayEdit } = useColumns()
  const focus = useFocusRequests()
  const [professionalOnly, setProfessionalOnly] = useState(false)
  const { error, change } = useChange()
  const canShare = mayEdit('shared')
  const canKeepPrivate = mayEdit('professional')
  if (!canShare && !canKeepPrivate) return null

  const target: CardLayer = canKeepPrivate && (professionalOnly || !canShare) ? 'professional' : 'shared'

  function add() {
    const opened = layer(target)
    if (!opened) return
    change(() => {
      // An observation by default: the most common entry, and the knowledge kind is one select away.
      // A card is assumed to be about every child of the map until someone says otherwise.
      const cardId = createCard(opened.doc, target, {
        domain,
        knowledge: 'observation',
        source: null,
        agency: '',
        childIds,
        childsWords: null,
        createdBy: user.id,
      })
      focus.request(`card:${cardId}:text`)
    })
  }

  const checkboxId = `add-card-${domain}-professional`
  return (
    <div className="add-card">
      <button type="button" className="button" onClick={add}>
        Add card<span className="visually-hidden"> to {label}</span>
      </button>
      {canShare && canKeepPrivate && (
        <span className="choice choice--inline">
          <input id={checkboxId} type="checkbox" checked={professionalOnly} onChange={(event) => setProfessionalOnly(event.target.checked)} />
          <label htmlFor={checkboxId}>
            {PROFESSIONALS_ONLY}
            <span className="visually-hidden"> (new cards in {label})</span>
          </label>
        </span>
      )}
      <ErrorMessage message={error} />
    </div>
  )
}
