import { useState } from 'react'
import { runsCommands } from '../../shared/map-roles'
import { agendaFor, attendees, meetingInWords, meetingRecord, runningMeeting, stepLabel, type MapReading, type Meeting, type MeetingFlow, type PersonRef } from '../../shared/model'
import { useMapView, type MapViewContext } from '../map/mapView'
import { useSession } from '../session/SessionContext'
import { AgendaSteps } from './AgendaSteps'
import { BestQuestions } from './BestQuestions'
import { CloseMeeting } from './CloseMeeting'
import { attendeeName } from './meetingWords'
import { MeetingRecordView } from './MeetingRecordView'
import { PastMeetings } from './PastMeetings'
import { StartMeeting } from './StartMeeting'
import { StepContent } from './StepContent'
import { useChangesSinceLastMeeting } from './useChangesSinceLastMeeting'
import { useMapReading } from './useMapReading'
import { useMeetings } from './useMeetings'
import { WhatChanged } from './WhatChanged'
import './meeting.css'

/**
 * `/maps/:mapId/meeting`: running the meeting. Starting one; its agenda with the step it is on
 * (those running it move it and set timers; everyone's screen follows); the step's content;
 * best questions in group supervision; what changed since the last meeting; its record so far;
 * closing it, which saves a read-only copy of the map. Then the meetings before, each with its
 * record, its copy, and a review map to start from it.
 */
export function MeetingView() {
  const view = useMapView()
  const { mapId, docs, role, audience, framework, memberNames } = view
  const meetings = useMeetings(docs.record)
  const reading = useMapReading(docs)
  const running = runningMeeting(meetings)
  const mayRun = runsCommands(role)
  const [closed, setClosed] = useState<string | null>(null)
  const { session } = useSession()
  const people = reading.map.people
  const userId = session.status === 'signed-in' ? session.user.id : null
  const myPersonId = people.find((person) => userId !== null && person.userId === userId)?.id ?? null

  return (
    <div className="meeting-view">
      <h2 className="visually-hidden">The meeting</h2>
      <p role="status" className="meeting-view__closed">
        {closed}
      </p>
      {running ? (
        <RunningMeeting view={view} meeting={running} reading={reading} mayRun={mayRun} onClosed={setClosed} />
      ) : (
        <p className="said-empty">No meeting is running on this map.</p>
      )}
      {mayRun && !running && <StartMeeting mapId={mapId} people={people} myPersonId={myPersonId} startedHint="Everyone’s screen can follow it from its first step." />}
      <PastMeetings mapId={mapId} meetings={meetings} reading={reading} memberNames={memberNames} framework={framework} audience={audience} mayRun={mayRun} />
    </div>
  )
}

interface RunningMeetingProps {
  view: MapViewContext
  meeting: Meeting & { flow: MeetingFlow }
  reading: MapReading
  mayRun: boolean
  onClosed(message: string): void
}

function RunningMeeting({ view, meeting, reading, mayRun, onClosed }: RunningMeetingProps) {
  const { mapId, docs, role, audience, framework, memberNames } = view
  const comparison = useChangesSinceLastMeeting(mapId, meeting, audience, reading)
  const people = reading.map.people
  const named = (ref: PersonRef) => attendeeName(ref, people)
  const present = attendees(meeting).filter((ref) => ref !== meeting.facilitator)
  return (
    <section className="meeting-running" aria-labelledby="running-meeting-heading">
      <h2 id="running-meeting-heading">{meetingInWords(meeting)}</h2>
      <p>
        Facilitated by {named(meeting.facilitator)}. {present.length > 0 ? `Present: ${present.map(named).join(', ')}.` : 'Nobody else recorded as present yet.'}
      </p>
      <div className="meeting-running__columns">
        <AgendaSteps mapId={mapId} meeting={meeting} framework={framework} audience={audience} mayRun={mayRun} />
        <section className="meeting-section meeting-now" aria-labelledby="meeting-now-heading">
          <h3 id="meeting-now-heading">Now: {stepLabel(meeting.flow.step, framework, audience)}</h3>
          <StepContent step={meeting.flow.step} meeting={meeting} reading={reading} shared={docs.shared} framework={framework} audience={audience} changes={comparison} />
        </section>
      </div>
      {agendaFor(meeting.type).includes('best-questions') && <BestQuestions mapId={mapId} meeting={meeting} mayAdd={mayRun || role === 'observer'} />}
      <WhatChanged mapId={mapId} meeting={meeting} comparison={comparison} people={people} audience={audience} mayRecord={mayRun} />
      <section className="meeting-section" aria-labelledby="record-so-far-heading">
        <h3 id="record-so-far-heading">The meeting’s record so far</h3>
        <MeetingRecordView record={meetingRecord(meeting, reading)} statements={reading.map.statements} people={people} memberNames={memberNames} framework={framework} audience={audience} />
      </section>
      {mayRun && <CloseMeeting mapId={mapId} meeting={meeting} onClosed={onClosed} />}
    </section>
  )
}
