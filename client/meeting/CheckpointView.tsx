import { useEffect, useState } from 'react'
import { Link, useParams } from 'react-router'
import { DOMAINS } from '../../shared/framework'
import { formatLondonDateTime } from '../../shared/london-time'
import { visibleRounds } from '../../shared/model'
import { describeError } from '../app/describeError'
import { usePageTitle } from '../app/usePageTitle'
import { fetchCheckpoint, type CheckpointRead } from '../http/meetings'
import { useMapView } from '../map/mapView'
import { CardsSaid } from './CardsSaid'
import { NextStepsSaid } from './NextStepsSaid'
import { NumbersSaid } from './NumbersSaid'
import { PairsSaid } from './PairsSaid'
import { PlanSaid } from './PlanSaid'
import './said.css'
import './meeting.css'

/**
 * `/maps/:mapId/checkpoints/:checkpointId`: a copy of the map a meeting saved, read-only, as this
 * screen may see it (the server leaves the professional layer out for the family audience).
 */
export function CheckpointView() {
  const { checkpointId = '' } = useParams()
  const { mapId, audience, framework } = useMapView()
  const [read, setRead] = useState<CheckpointRead | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  usePageTitle(read ? `Copy of the map: ${read.checkpoint.name}` : 'Copy of the map')

  useEffect(() => {
    let current = true
    fetchCheckpoint(mapId, checkpointId, audience).then(
      (answer) => current && setRead(answer),
      (failure) => current && setProblem(describeError(failure)),
    )
    return () => {
      current = false
    }
  }, [mapId, checkpointId, audience])

  if (problem) return <p role="alert" className="view-message">{problem}</p>
  if (!read) return <p role="status" className="view-message">Opening the copy…</p>
  const { checkpoint, reading } = read
  const { map } = reading
  const copyFramework = map.settings?.framework ?? framework
  const people = map.people
  return (
    <article className="checkpoint-view" aria-labelledby="checkpoint-heading">
      <h2 id="checkpoint-heading">Copy of the map: {checkpoint.name}</h2>
      <p className="notice notice--info">
        Read-only: the map as it was when this meeting closed, saved {formatLondonDateTime(checkpoint.createdAt)}. <Link to={`/maps/${encodeURIComponent(mapId)}/meeting`}>Back to the meetings</Link>
      </p>
      <section className="meeting-section" aria-labelledby="checkpoint-pairs">
        <h3 id="checkpoint-pairs">{audience === 'family' ? 'What we are worried about and what needs to be different' : 'Statements and goals'}</h3>
        <PairsSaid statements={map.statements} people={people} childIds={map.settings?.childIds ?? []} framework={copyFramework} audience={audience} />
      </section>
      <section className="meeting-section" aria-labelledby="checkpoint-cards">
        <h3 id="checkpoint-cards">The map</h3>
        <CardsSaid cards={map.cards} domains={DOMAINS} framework={copyFramework} audience={audience} people={people} />
      </section>
      <section className="meeting-section" aria-labelledby="checkpoint-steps">
        <h3 id="checkpoint-steps">Next steps</h3>
        <NextStepsSaid steps={map.nextSteps} people={people} />
      </section>
      <section className="meeting-section" aria-labelledby="checkpoint-plan">
        <h3 id="checkpoint-plan">{audience === 'family' ? 'The plan' : 'Safety plan and bottom lines'}</h3>
        <PlanSaid rules={reading.planRules} bottomLines={map.bottomLines} audience={audience} />
      </section>
      <section className="meeting-section" aria-labelledby="checkpoint-numbers">
        <h3 id="checkpoint-numbers">{audience === 'family' ? 'Numbers given' : 'Scaling'}</h3>
        <NumbersSaid rounds={visibleRounds(reading.scaling)} people={people} audience={audience} />
      </section>
    </article>
  )
}
