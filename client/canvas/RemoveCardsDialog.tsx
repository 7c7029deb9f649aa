import { useEffect, useRef } from 'react'

/**
 * Asked when someone removes card shapes on the canvas: a card holds what someone said, so it goes
 * for everyone only when the person says so. "Keep" (and Escape) puts everything back.
 */
export function RemoveCardsDialog({ count, onDelete, onKeep }: { count: number; onDelete(): void; onKeep(): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    element?.showModal()
    return () => element?.close()
  }, [])
  const these = count === 1 ? 'this card' : `these ${count} cards`
  return (
    <dialog
      ref={dialog}
      className="kinmap-dialog"
      aria-labelledby="kinmap-remove-cards-question"
      aria-describedby="kinmap-remove-cards-detail"
      onCancel={(event) => {
        event.preventDefault()
        onKeep()
      }}
    >
      <h2 id="kinmap-remove-cards-question">Delete {these} for everyone?</h2>
      <p id="kinmap-remove-cards-detail">What {count === 1 ? 'it says' : 'they say'} and who said it will be gone from the map for everyone.</p>
      <div className="kinmap-dialog__buttons">
        <button type="button" className="button" autoFocus onClick={onKeep}>
          Keep {count === 1 ? 'it' : 'them'}
        </button>
        <button type="button" className="button button--danger" onClick={onDelete}>
          Delete {count === 1 ? 'card' : `${count} cards`}
        </button>
      </div>
    </dialog>
  )
}
