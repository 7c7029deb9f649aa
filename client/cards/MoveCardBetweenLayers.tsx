import { useState } from 'react'
import { useOutletContext } from 'react-router'
import { runsCommands } from '../../shared/map-roles'
import type { Card } from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { useConfirmation } from '../app/useConfirmation'
import { sendMapCommand } from '../http/maps'
import type { MapViewContext } from '../map/mapView'

/**
 * "Move to professional only" / "Share with the family": the server moves the card between the
 * layers in one step. Sharing asks first, because once the family's devices have it they have it.
 * Shown to owners and professionals in the professional view, where both layers are open.
 */
export function MoveCardBetweenLayers({ card }: { card: Card }) {
  const view = useOutletContext<MapViewContext | undefined>()
  const { confirming, ask, cancel, askButton, safeAnswer } = useConfirmation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (!view || !runsCommands(view.role) || !view.docs.professional) return null

  async function move(to: Card['layer']) {
    setBusy(true)
    setError(null)
    try {
      // The card leaves this layer through sync; this panel closes when it does.
      await sendMapCommand(view!.mapId, { type: 'move-card-to-layer', cardId: card.id, to })
    } catch (failure) {
      setError(describeError(failure))
      setBusy(false)
      cancel()
    }
  }

  if (card.layer === 'shared') {
    return (
      <div className="card-layer-move">
        <button type="button" className="button" disabled={busy} onClick={() => void move('professional')}>
          Move to professional only
        </button>
        <ErrorMessage message={error} />
      </div>
    )
  }
  if (card.knowledge === 'thirdParty') {
    return <p className="field__hint card-layer-move">Third-party information stays with professionals: it cannot be shared with the family.</p>
  }
  return (
    <div className="card-layer-move">
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={`share-${card.id}-question`}>
          <span id={`share-${card.id}-question`}>Share this card with the family? Their devices will show it.</span>
          <button type="button" className="button" disabled={busy} onClick={() => void move('shared')}>
            Yes, share it
          </button>
          <button type="button" ref={safeAnswer} className="button button--quiet" onClick={cancel}>
            No, keep it professional only
          </button>
        </div>
      ) : (
        <button type="button" ref={askButton} className="button" onClick={ask}>
          Share with the family
        </button>
      )}
      <ErrorMessage message={error} />
    </div>
  )
}
