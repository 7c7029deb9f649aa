import { useCallback, useState } from 'react'
import { describeError } from '../app/describeError'

/** Runs a change to the map and keeps its error, in plain words, for the part that made it. */
export function useChange() {
  const [error, setError] = useState<string | null>(null)
  const change = useCallback((action: () => void) => {
    try {
      action()
      setError(null)
    } catch (failure) {
      setError(describeError(failure))
    }
  }, [])
  return { error, setError, change }
}
