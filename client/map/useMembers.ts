import { useCallback, useEffect, useState } from 'react'
import { listMembers } from '../http/maps'
import type { Member } from '../http/contract'

/** The map's staff members from the server (membership is not part of the synced documents);
 * not asked for when `wanted` is false (a family device may not read them). */
export function useMembers(mapId: string, wanted = true) {
  const [members, setMembers] = useState<Member[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      setMembers((await listMembers(mapId)).members)
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    }
  }, [mapId])

  useEffect(() => {
    if (wanted) void reload()
  }, [reload, wanted])

  return { members, error, setMembers, reload }
}
