import { useCallback, useState } from 'react'
import type { MapCommand } from '../../shared/commands'
import { describeError } from '../app/describeError'
import { sendMeetingCommand } from '../http/meetings'

/** Sends meeting commands for one part of a screen, keeping whether one is on its way and the server's refusal in plain words. */
export function useMeetingCommand(mapId: string) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async (command: MapCommand) => {
      setBusy(true)
      try {
        const done = await sendMeetingCommand(mapId, command)
        setError(null)
        return done
      } catch (failure) {
        setError(describeError(failure))
        return null
      } finally {
        setBusy(false)
      }
    },
    [mapId],
  )
  return { busy, error, setError, run }
}
