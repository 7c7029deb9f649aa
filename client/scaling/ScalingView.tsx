import { useMemo } from 'react'
import { runsCommands } from '../../shared/map-roles'
import { nameOf } from '../../shared/model'
import { usePeople } from '../map/usePeople'
import { useMapView } from '../map/mapView'
import { useSession } from '../session/SessionContext'
import { History } from './History'
import { Judgement } from './Judgement'
import { OpenRound } from './OpenRound'
import { Questions } from './Questions'
import { RoundPanel } from './RoundPanel'
import { ScalingContext, type ScalingContextValue } from './scalingContext'
import { StartMeeting } from '../meeting/StartMeeting'
import { useScaling, useStatements } from './useScaling'
import { scalingWords } from './wording'
import './scaling.css'

/**
 * `/maps/:mapId/scaling`: scaling questions, the meeting's rounds (each person's number and reason,
 * sealed or open), each question's history, and the overall judgement. Everything shown here comes
 * from the record layer, which only the server writes; answers and decisions are server commands.
 */
export function ScalingView() {
  const view = useMapView()
  const { docs, access, role, audience } = view
  const { session } = useSession()
  const scaling = useScaling(docs.record)
  const people = usePeople(docs.shared)
  const statements = useStatements(docs.shared)
  const plain = audience === 'family' || role === 'participant'
  const userId = session.status === 'signed-in' ? session.user.id : null
  const myPersonId = session.status === 'participating' ? session.participant.personId : (people.find((person) => userId !== null && person.userId === userId)?.id ?? null)

  const context: ScalingContextValue = useMemo(
    () => ({
      ...view,
      scaling,
      people,
      statements,
      words: scalingWords(plain),
      plain,
      mayRun: access.shared === 'edit' && runsCommands(role) && !plain,
      mayAnswer: access.shared === 'edit' && (runsCommands(role) || role === 'participant'),
      myPersonId,
      nameOf: (ref) => nameOf(ref, people),
    }),
    [view, scaling, people, statements, plain, access.shared, role, myPersonId],
  )
  const current = scaling.rounds.filter((round) => round.state !== 'closed').reverse()

  return (
    <ScalingContext.Provider value={context}>
      <div className="scaling-view">
        <h2 className="visually-hidden">{context.words.viewTitle}</h2>
        {current.length === 0 && <p className="scaling-view__empty">{plain ? 'Nobody is giving numbers right now.' : 'No scaling round is open.'}</p>}
        {current.map((round) => (
          <RoundPanel key={round.id} round={round} />
        ))}
        {context.mayRun && (
          <div className="scaling-view__run">
            <StartMeeting mapId={view.mapId} people={people} myPersonId={myPersonId} startedHint="Open a scaling round in it below." />
            <OpenRound />
          </div>
        )}
        <History />
        <Judgement />
        <Questions />
      </div>
    </ScalingContext.Provider>
  )
}
