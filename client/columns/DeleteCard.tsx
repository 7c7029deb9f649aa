import type * as Y from 'yjs'
import { deleteCard, type Card } from '../../shared/model'
import { useConfirmation } from '../app/useConfirmation'
import { useFocusRequests } from './focusRequests'

/** Deleting removes the card for everyone, so it asks first. */
export function DeleteCard({ doc, card, position, domainLabel }: { doc: Y.Doc; card: Card; position: number; domainLabel: string }) {
  const focus = useFocusRequests()
  const { confirming, ask, cancel, askButton, safeAnswer } = useConfirmation()

  if (!confirming) {
    return (
      <button type="button" ref={askButton} className="button button--quiet button--danger-text" onClick={ask}>
        Delete<span className="visually-hidden"> card {position} in {domainLabel}</span>
      </button>
    )
  }

  return (
    <div className="confirm" role="group" aria-labelledby={`delete-${card.id}-question`}>
      <span id={`delete-${card.id}-question`}>Delete this card for everyone?</span>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          focus.request(`domain:${card.domain}`)
          deleteCard(doc, card.id)
        }}
      >
        Yes, delete
      </button>
      <button type="button" ref={safeAnswer} className="button button--quiet" onClick={cancel}>
        No, keep it
      </button>
    </div>
  )
}
