import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { deleteCard, type Card } from '../../shared/model'
import { useFocusRequests } from './focusRequests'

/** Deleting removes the card for everyone, so it asks first. */
export function DeleteCard({ doc, card, position, domainLabel }: { doc: Y.Doc; card: Card; position: number; domainLabel: string }) {
  const focus = useFocusRequests()
  const [confirming, setConfirming] = useState(false)
  const keepButton = useRef<HTMLButtonElement>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)

  // Into the question when it opens (on the safe answer), back to "Delete card" when it closes.
  useEffect(() => {
    if (confirming) keepButton.current?.focus()
    else if (asked.current) deleteButton.current?.focus()
    asked.current = confirming
  }, [confirming])

  if (!confirming) {
    return (
      <button type="button" ref={deleteButton} className="button button--quiet button--danger-text" onClick={() => setConfirming(true)}>
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
      <button type="button" ref={keepButton} className="button button--quiet" onClick={() => setConfirming(false)}>
        No, keep it
      </button>
    </div>
  )
}
