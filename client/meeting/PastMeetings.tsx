import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Audience } from '../../shared/audience'
import type { Framework } from '../../shared/framework'
import { formatLondonDateTime } from '../../shared/london-time'
import { isRunning, meetingInWords, meetingRecord, type MapReading, type Meeting } from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { startReviewMap } from '../http/meetings'
import { MeetingRecordView } from './MeetingRecordView'
import { useChangesSinceLastMeeting } from './useChangesSinceLastMeeting'
import { WhatChanged } from './WhatChanged'

interface PastMeetingsProps {
  mapId: string
  meetings: readonly Meeting[]
  /** The map now: a meeting recorded before meetings closed with a copy is read from it. */
  reading: MapReading
  memberNames: ReadonlyMap<string, string>
  framework: Framework
  audience: Audience
  mayRun: boolean
}

type Shared = Omit<PastMeetingsProps, 'meetings'>

/** Meetings that are over, newest first: each one's record, what changed since the one before, its copy of the map. */
export function PastMeetings(props: PastMeetingsProps) {
  const past = props.meetings.filter((meeting) => !isRunning(meeting)).reverse()
  return (
    <section className="meeting-section" aria-labelledby="past-meetings-heading">
      <h2 id="past-meetings-heading">Earlier meetings</h2>
      {past.length === 0 ? (
        <p className="said-empty">No meeting on this map has closed yet.</p>
      ) : (
        <ul className="past-meetings">
          {past.map((meeting) => (
            <li key={meeting.id}>
              <PastMeeting {...props} meeting={meeting} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function PastMeeting({ meeting, ...shared }: Shared & { meeting: Meeting }) {
  // Its copy is read (and the reading audited) only when someone opens it.
  const [open, setOpen] = useState(false)
  return (
    <details className="past-meeting" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {meetingInWords(meeting)}
        {meeting.closed ? `, closed ${formatLondonDateTime(meeting.closed.at)}` : ''}
      </summary>
      {open && (meeting.closed ? <ClosedMeeting {...shared} meeting={meeting} /> : <RecordOf {...shared} meeting={meeting} leftBy={shared.reading} />)}
    </details>
  )
}

function ClosedMeeting({ meeting, ...shared }: Shared & { meeting: Meeting }) {
  const { mapId, reading, audience, mayRun } = shared
  const comparison = useChangesSinceLastMeeting(mapId, meeting, audience, reading)
  const leftBy = comparison.state === 'ready' ? (comparison.own ?? reading) : reading
  const checkpointId = meeting.closed?.checkpointId ?? null
  return (
    <div className="past-meeting__body">
      <RecordOf {...shared} meeting={meeting} leftBy={leftBy} />
      <WhatChanged mapId={mapId} meeting={meeting} comparison={comparison} people={leftBy.map.people} audience={audience} mayRecord={mayRun} />
      {checkpointId && (
        <p>
          <Link to={`/maps/${encodeURIComponent(mapId)}/checkpoints/${encodeURIComponent(checkpointId)}`}>Open the copy of the map saved when it closed</Link>
        </p>
      )}
      {checkpointId && mayRun && audience === 'professional' && <ReviewMap mapId={mapId} checkpointId={checkpointId} />}
    </div>
  )
}

function RecordOf({ meeting, leftBy, memberNames, framework, audience }: Shared & { meeting: Meeting; leftBy: MapReading }) {
  return (
    <MeetingRecordView
      record={meetingRecord(meeting, leftBy)}
      statements={leftBy.map.statements}
      people={leftBy.map.people}
      memberNames={memberNames}
      framework={framework}
      audience={audience}
    />
  )
}

/** A review map builds on this mapping: a new map holding a copy of this one as the meeting left it. */
function ReviewMap({ mapId, checkpointId }: { mapId: string; checkpointId: string }) {
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const start = async () => {
    setBusy(true)
    try {
      const { id } = await startReviewMap(mapId, checkpointId)
      navigate(`/maps/${encodeURIComponent(id)}`)
    } catch (failure) {
      setError(describeError(failure))
      setBusy(false)
    }
  }
  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={start}>
        Start a review map from this copy
      </button>
      <ErrorMessage message={error} />
    </>
  )
}
