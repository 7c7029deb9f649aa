import { useState } from 'react'
import { FRAMEWORK_NAMES, FRAMEWORKS, type Framework } from '../../shared/framework'
import { sendMapCommand } from '../http/maps'
import { ErrorMessage } from '../app/ErrorMessage'

/**
 * The map's framework (the wording of its domains). Changing it is a server command; the select
 * shows the choice until the record layer brings the change back.
 */
export function FrameworkSwitch({ mapId, framework, mayChange }: { mapId: string; framework: Framework; mayChange: boolean }) {
  const [pending, setPending] = useState<Framework | null>(null)
  const [error, setError] = useState<string | null>(null)

  if (!mayChange) {
    return (
      <p className="framework-switch">
        <span className="framework-switch__label">Framework:</span> {FRAMEWORK_NAMES[framework]}
      </p>
    )
  }

  async function choose(next: Framework) {
    if (next === framework) return
    setPending(next)
    setError(null)
    try {
      await sendMapCommand(mapId, { type: 'set-framework', framework: next })
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setPending(null)
    }
  }

  return (
    <div className="framework-switch">
      <label htmlFor="map-framework" className="framework-switch__label">
        Framework
      </label>
      <select id="map-framework" value={pending ?? framework} onChange={(event) => choose(event.target.value as Framework)}>
        {FRAMEWORKS.map((choice) => (
          <option key={choice} value={choice}>
            {FRAMEWORK_NAMES[choice]}
          </option>
        ))}
      </select>
      <ErrorMessage message={error} />
    </div>
  )
}
