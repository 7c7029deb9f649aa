import { useEffect, useMemo, useState } from 'react'
import type { Audience } from '../../shared/audience'
import { comparedCheckpoints, mapChanges, type Checkpoint, type MapChanges, type MapReading, type Meeting } from '../../shared/model'
import { describeError } from '../app/describeError'
import { fetchCheckpoint, listCheckpoints } from '../http/meetings'

export type ChangesSinceLastMeeting =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | {
      state: 'ready'
      /** The copy the meeting before saved; null when no earlier meeting saved one. */
      since: Checkpoint | null
      changes: MapChanges | null
      /** The map as this meeting left it (its own copy), once it has closed. */
      own: MapReading | null
    }

interface Copies {
  since: Checkpoint | null
  before: MapReading | null
  own: MapReading | null
}

/**
 * "What changed since the last meeting" for one meeting, as this screen may see it: the copy the
 * meeting before saved, against this meeting's own copy once it has closed, or against the map as
 * it is now while it runs. The copies are fetched once (each opening is recorded in the audit
 * trail); the map now is compared again as it changes.
 */
export function useChangesSinceLastMeeting(mapId: string, meeting: Meeting, audience: Audience, now: MapReading): ChangesSinceLastMeeting {
  const [copies, setCopies] = useState<Copies | 'loading' | { failed: string }>('loading')
  const closedWith = meeting.closed?.checkpointId ?? null

  useEffect(() => {
    let current = true
    setCopies('loading')
    ;(async (): Promise<Copies> => {
      const { before, after } = comparedCheckpoints(await listCheckpoints(mapId), { closed: meeting.closed })
      const [earlier, own] = await Promise.all([before && fetchCheckpoint(mapId, before.id, audience), after && fetchCheckpoint(mapId, after.id, audience)])
      return { since: before, before: earlier?.reading ?? null, own: own?.reading ?? null }
    })().then(
      (result) => current && setCopies(result),
      (failure) => current && setCopies({ failed: describeError(failure) }),
    )
    return () => {
      current = false
    }
    // Which copies are compared changes only when the meeting closes.
  }, [mapId, meeting.id, closedWith, audience])

  return useMemo((): ChangesSinceLastMeeting => {
    if (copies === 'loading') return { state: 'loading' }
    if ('failed' in copies) return { state: 'failed', message: copies.failed }
    const changes = copies.before ? mapChanges(copies.before, copies.own ?? now) : null
    return { state: 'ready', since: copies.since, changes, own: copies.own }
  }, [copies, now])
}
