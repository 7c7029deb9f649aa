import { useEffect, useState } from 'react'
import { Link, useParams } from 'react-router'
import type { Framework } from '../../shared/framework'
import { agendaFor, meetingInWords, stepLabel, type MapDocuments, type Meeting, type MeetingFlow } from '../../shared/model'
import { usePageTitle } from '../app/usePageTitle'
import { fetchMap } from '../http/maps'
import type { MapInfo } from '../http/contract'
import { MapClosed } from '../map/MapClosed'
import { accessFor } from '../map/useAudience'
import { useMapDocuments } from '../map/useMapDocuments'
import { useSettings } from '../map/useSettings'
import { StepContent } from './StepContent'
import { timeLeftInWords, useNow } from './timer'
import { useChangesSinceLastMeeting } from './useChangesSinceLastMeeting'
import { useMapReading } from './useMapReading'
import { useRunningMeeting } from './useMeetings'
import './presenter.css'

/**
 * `/maps/:mapId/present`: the shared screen for a projector or a TV. Only the meeting's current
 * step, in large type and plain words, with nothing to edit. It is the family audience whoever
 * opens it: the professional layer is never opened, so nothing professionals-only can reach the
 * room. It follows the record layer's step, as every device does.
 */
export function PresenterRoute() {
  const { mapId = '' } = useParams()
  const [map, setMap] = useState<MapInfo | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    fetchMap(mapId).then(setMap, (failure: Error) => setProblem(failure.message))
  }, [mapId])
  if (problem) return <PresenterMessage heading="This map cannot be shown" text={problem} />
  if (!map) return <PresenterMessage heading="Opening the map…" />
  return <SharedScreen key={map.id} map={map} />
}

function SharedScreen({ map }: { map: MapInfo }) {
  const connection = useMapDocuments(map.id, accessFor(map.layers, 'family'))
  if (connection?.status.state === 'closed') return <MapClosed status={connection.status} />
  if (!connection?.synced) return <PresenterMessage heading="Opening the map…" />
  return <MeetingOnScreen mapId={map.id} docs={connection.docs} fallbackTitle={map.title} />
}

function MeetingOnScreen({ mapId, docs, fallbackTitle }: { mapId: string; docs: MapDocuments; fallbackTitle: string }) {
  const settings = useSettings(docs.record)
  const meeting = useRunningMeeting(docs.record)
  const title = settings?.title ?? fallbackTitle
  usePageTitle(`Shared screen: ${title}`)
  if (!meeting) return <PresenterMessage mapId={mapId} heading={title} text="No meeting is running on this map. This screen will show each step of the meeting once it starts." />
  return <CurrentStep mapId={mapId} docs={docs} meeting={meeting} framework={settings?.framework ?? 'safety'} />
}

function CurrentStep({ mapId, docs, meeting, framework }: { mapId: string; docs: MapDocuments; meeting: Meeting & { flow: MeetingFlow }; framework: Framework }) {
  const reading = useMapReading(docs)
  const changes = useChangesSinceLastMeeting(mapId, meeting, 'family', reading)
  const now = useNow()
  const { step, timers, stepStartedAt } = meeting.flow
  const agenda = agendaFor(meeting.type)
  const minutes = timers[step]
  return (
    <main id="main" className="presenter">
      <LeaveLink mapId={mapId} />
      <header className="presenter__header">
        <p className="presenter__meeting">
          {meetingInWords(meeting)}. Step {agenda.indexOf(step) + 1} of {agenda.length}
          {minutes !== undefined && `. ${timeLeftInWords(stepStartedAt, minutes, now)}`}
        </p>
        <h1 aria-live="polite">{stepLabel(step, framework, 'family')}</h1>
      </header>
      <div className="presenter__step">
        <StepContent step={step} meeting={meeting} reading={reading} shared={docs.shared} framework={framework} audience="family" changes={changes} />
      </div>
    </main>
  )
}

/** The way back, for a keyboard: out of sight on the projector until it has the focus. */
function LeaveLink({ mapId }: { mapId: string }) {
  return (
    <Link className="presenter__leave" to={`/maps/${encodeURIComponent(mapId)}/meeting`}>
      Back to the map
    </Link>
  )
}

function PresenterMessage({ heading, text, mapId }: { heading: string; text?: string; mapId?: string }) {
  usePageTitle(heading)
  return (
    <main id="main" className="presenter presenter--message">
      {mapId && <LeaveLink mapId={mapId} />}
      <h1>{heading}</h1>
      {text && <p role="status">{text}</p>}
    </main>
  )
}
