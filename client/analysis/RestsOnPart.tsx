import { useState } from 'react'
import { domainLabel } from '../../shared/framework'
import { addToPair, removeFromPair } from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { useAnalysisView } from './analysisContext'
import { cardQuote } from './cardQuote'
import { PART_LABELS } from './wording'

interface RestsOnPartProps {
  id: string
  statementId: string
  context: string
  cardIds: readonly string[]
}

// The model refuses any other domain: a statement rests on what has happened and what makes it harder.
const DOMAINS_TO_REST_ON = ['harm', 'complicatingFactors'] as const

/**
 * What a statement rests on: the harm and complicating-factor cards it draws from, quoted so the
 * family can see where the worry comes from. Only shared-layer cards are offered, because a link to
 * a professionals-only card would tell a family device that the card exists. The card is chosen
 * first and added with a button: browsing a closed select fires change events.
 */
export function RestsOnPart({ id, statementId, context, cardIds }: RestsOnPartProps) {
  const { docs, sharedCards, framework, mayEdit } = useAnalysisView()
  const [choice, setChoice] = useState('')
  const [error, setError] = useState<string | null>(null)
  const label = PART_LABELS.linkedCardIds
  const byId = new Map(sharedCards.map((card) => [card.id, card]))
  const candidates = sharedCards.filter((card) => DOMAINS_TO_REST_ON.some((domain) => domain === card.domain) && !cardIds.includes(card.id))
  // Someone else may link or delete the chosen card first; the select then shows nothing chosen.
  const chosen = candidates.some((card) => card.id === choice) ? choice : ''
  const domains = DOMAINS_TO_REST_ON.map((domain) => domainLabel(framework, domain))

  function change(action: () => void) {
    try {
      action()
      setError(null)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <div className="analysis-part" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="analysis-part__label">
        {label}
      </span>
      {cardIds.length === 0 ? (
        <p className="analysis-part__empty">No cards yet.</p>
      ) : (
        <ul className="rests-on" role="list">
          {cardIds.map((cardId) => {
            const card = byId.get(cardId)
            // A card deleted after it was linked keeps its place, so someone decides what replaces it.
            const quote = card ? cardQuote(card, framework) : 'A card that is no longer on the map'
            return (
              <li key={cardId} className="rests-on__card">
                <span className={card ? undefined : 'rests-on__gone'}>{quote}</span>
                {mayEdit && (
                  <button type="button" className="button" onClick={() => change(() => removeFromPair(docs.shared, statementId, 'linkedCardIds', cardId))}>
                    Remove<span className="visually-hidden"> “{quote}” from what {context} rests on</span>
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {mayEdit && (
        <div className="analysis-part__add">
          <div className="field">
            <label htmlFor={`${id}-add`}>Add a card it rests on</label>
            <p className="field__hint" id={`${id}-hint`}>
              Cards in {domains.join(' or ')} that the family can see.
            </p>
            <select id={`${id}-add`} aria-describedby={`${id}-hint`} value={chosen} onChange={(event) => setChoice(event.target.value)}>
              <option value="" disabled>
                {candidates.length === 0 ? 'No cards left to add' : 'Choose a card'}
              </option>
              {candidates.map((card) => (
                <option key={card.id} value={card.id}>
                  {cardQuote(card, framework)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (!chosen) return setError('Choose a card for the statement to rest on.')
              change(() => addToPair(docs.shared, statementId, 'linkedCardIds', chosen))
              setChoice('')
            }}
          >
            Add<span className="visually-hidden"> to what {context} rests on</span>
          </button>
        </div>
      )}
      <ErrorMessage message={error} />
    </div>
  )
}
