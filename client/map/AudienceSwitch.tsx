import { useState } from 'react'
import type { Audience } from '../../shared/audience'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { useConfirmation } from '../app/useConfirmation'
import type { AudienceChoice } from './useAudience'

/**
 * "Family and network": switches this screen to what the family may see. Switching back asks
 * first, because the screen is usually projected with the family in the room.
 */
export function AudienceSwitch({ choice }: { choice: AudienceChoice }) {
  const { confirming, ask, cancel, askButton, safeAnswer } = useConfirmation()
  const [error, setError] = useState<string | null>(null)
  const family = choice.audience === 'family'

  async function switchTo(next: Audience) {
    setError(null)
    try {
      await choice.switchTo(next)
    } catch (failure) {
      setError(
        next === 'family'
          ? `The screen shows the family view, but the switch could not be recorded: ${describeError(failure)}`
          : `The professional view stays hidden until the switch is recorded: ${describeError(failure)}`,
      )
    } finally {
      cancel()
    }
  }

  return (
    <div className="audience-switch">
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="audience-switch-question">
          <span id="audience-switch-question">Show professionals-only information on this screen? Check the family cannot see it.</span>
          <button type="button" className="button" onClick={() => void switchTo('professional')}>
            Yes, show the professional view
          </button>
          <button type="button" ref={safeAnswer} className="button button--quiet" onClick={cancel}>
            No, stay with the family view
          </button>
        </div>
      ) : (
        <button
          type="button"
          role="switch"
          ref={askButton}
          aria-checked={family}
          className="button audience-switch__button"
          onClick={() => (family ? ask() : void switchTo('family'))}
        >
          <span className="audience-switch__track" aria-hidden="true" />
          Family and network
        </button>
      )}
      <ErrorMessage message={error} />
    </div>
  )
}

/** Says, in words, who the screen is showing the map to. */
export function FamilyAudienceBanner() {
  return (
    <p className="audience-banner" role="status">
      Showing what the family and network may see
    </p>
  )
}
