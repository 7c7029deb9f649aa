import { useCallback, useState } from 'react'
import type { MapCommand } from '../../shared/commands'
import { sendMapCommand } from './maps'

/**
 * Sends one map's server commands for a control: whether one is on its way (to disable the
 * button), and the server's refusal in its own plain words until the next command succeeds.
 * The change itself comes back to every screen through sync. Resolves to whether it was accepted.
 */
export function useMapCommand(mapId: string) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const send = useCallback(
    async (command: MapCommand): Promise<boolean> => {
      setBusy(true)
      try {
        await sendMapCommand(mapId, command)
        setError(null)
        return true
      } catch (failure) {
        setError((failure as Error).message)
        return false
      } finally {
        setBusy(false)
      }
    },
    [mapId],
  )
  return { busy, error, setError, send }
}
