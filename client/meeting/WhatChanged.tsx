import { useId, useState } from 'react'
import type { Audience } from '../../shared/audience'
import { formatLondonDateTime } from '../../shared/london-time'
import type { Meeting, Person } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { ChangesSaid } from './ChangesSaid'
import type { ChangesSinceLastMeeting } from './useChangesSinceLastMeeting'
import { useMeetingCommand } from './useMeetingCommand'

interface WhatChangedProps {
  mapId: string
  meeting: Meeting
  comparison: ChangesSinceLastMeeting
  people: readonly Person[]
  audience: Audience
  /** Those running the meeting may put the changes into its record. */
  mayRecord: boolean
}

/** "What changed since the last meeting", in words, and putting it into the meeting's record. */
export function WhatChanged({ mapId, meeting, comparison, people, audience, mayRecord }: WhatChangedProps) {
  const id = useId()
  const { busy, error, run } = useMeetingCommand(mapId)
  const [recorded, setRecorded] = useState<string | null>(null)
  const record = async () => {
    if (await run({ type: 'record-meeting-changes', meetingId: meeting.id })) setRecorded('Put in the meeting’s record.')
  }
  return (
    <section className="meeting-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>What changed since the last meeting</h3>
      {comparison.state === 'loading' && <p role="status">Comparing with the last meeting…</p>}
      {comparison.state === 'failed' && <p>{comparison.message}</p>}
      {comparison.state === 'ready' &&
        (comparison.since === null || comparison.changes === null ? (
          <p>No earlier meeting saved a copy of the map, so there is nothing to compare with yet.</p>
        ) : (
          <>
            <p className="meeting-section__source">
              Compared with the copy saved by {comparison.since.name} ({formatLondonDateTime(comparison.since.createdAt)}).
            </p>
            <ChangesSaid changes={comparison.changes} people={people} audience={audience} />
            {mayRecord && (
              <>
                <p className="meeting-section__note">The record counts what the family can see, and everyone’s numbers.</p>
                <button type="button" className="button" disabled={busy} onClick={record}>
                  Put this in the meeting’s record
                </button>
                <p role="status">{recorded}</p>
                <ErrorMessage message={error} />
              </>
            )}
          </>
        ))}
    </section>
  )
}
