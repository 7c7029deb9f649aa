import { useCallback, useEffect, useState } from 'react'
import type { Invitation } from '../http/contract'
import { listInvitations } from '../http/invitations'

/** The map's invitations from the server: they are access, not case content, so they are not synced. */
export function useInvitations(mapId: string) {
  const [invitations, setInvitations] = useState<Invitation[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      setInvitations((await listInvitations(mapId)).invitations)
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    }
  }, [mapId])

  useEffect(() => {
    void reload()
  }, [reload])

  return { invitations, error, reload }
}
