import { useState } from 'react'
import type { Person } from '../../shared/model'
import { useConfirmation } from '../app/useConfirmation'

/** Withdrawing closes the person's map at once if they have it open, so it asks first. */
export function WithdrawInvitation({ person, onWithdraw }: { person: Person; onWithdraw(): Promise<void> }) {
  const { confirming, ask, cancel, askButton, safeAnswer } = useConfirmation()
  const [busy, setBusy] = useState(false)

  if (!confirming) {
    return (
      <button type="button" ref={askButton} className="button button--quiet button--danger-text" onClick={ask}>
        Withdraw<span className="visually-hidden"> {person.name}'s invitation</span>
      </button>
    )
  }

  const questionId = `withdraw-${person.id}-question`
  return (
    <span className="confirm" role="group" aria-labelledby={questionId}>
      <span id={questionId}>Withdraw {person.name}'s invitation? If they have the map open, it closes at once.</span>
      <button
        type="button"
        className="button button--danger"
        disabled={busy}
        onClick={async () => {
          setBusy(true)
          try {
            await onWithdraw()
          } finally {
            setBusy(false)
            cancel()
          }
        }}
      >
        Yes, withdraw
      </button>
      <button type="button" ref={safeAnswer} className="button button--quiet" onClick={cancel}>
        No, keep it
      </button>
    </span>
  )
}
