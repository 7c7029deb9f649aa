import type * as Y from 'yjs'
import type { Audience } from '../../shared/audience'
import type { Framework } from '../../shared/framework'
import type { AgendaStep, MapReading, Meeting } from '../../shared/model'
import { BestQuestionsSaid } from './BestQuestionsSaid'
import { CardsSaid } from './CardsSaid'
import { ChangesSaid } from './ChangesSaid'
import { GenogramSaid } from './GenogramSaid'
import { NetworkSaid } from './NetworkSaid'
import { NextStepsSaid } from './NextStepsSaid'
import { NumbersSaid } from './NumbersSaid'
import { PairsSaid } from './PairsSaid'
import { PlanSaid } from './PlanSaid'
import type { ChangesSinceLastMeeting } from './useChangesSinceLastMeeting'
import './said.css'

interface StepContentProps {
  step: AgendaStep
  meeting: Meeting
  reading: MapReading
  /** The shared layer, for the genogram's drawing. */
  shared: Y.Doc
  framework: Framework
  audience: Audience
  changes: ChangesSinceLastMeeting
}

/**
 * What a meeting step puts in front of the room, read-only: the shared screen shows it large, the
 * Meeting view at its usual size. Only what the reading holds: on the shared screen that is the
 * shared and record layers, never the professional layer.
 */
export function StepContent({ step, meeting, reading, shared, framework, audience, changes }: StepContentProps) {
  const { map, scaling } = reading
  const childIds = map.settings?.childIds ?? []
  const people = map.people
  switch (step) {
    case 'genogram':
      return <GenogramSaid shared={shared} childIds={childIds} />
    case 'what-we-know':
      return <CardsSaid cards={map.cards} domains={['harm', 'danger', 'complicatingFactors', 'existingStrengths', 'existingSafety']} framework={framework} audience={audience} people={people} />
    case 'statements':
      return <PairsSaid statements={map.statements} people={people} childIds={childIds} framework={framework} audience={audience} />
    case 'scaling':
      return <NumbersSaid rounds={scaling.rounds.filter((round) => round.meetingId === meeting.id)} people={people} audience={audience} />
    case 'best-questions':
      return (
        <>
          <h3>Best questions</h3>
          <BestQuestionsSaid questions={meeting.bestQuestions ?? []} />
          <h3>Next steps</h3>
          <NextStepsSaid steps={map.nextSteps.filter((nextStep) => nextStep.status === 'open')} people={people} />
        </>
      )
    case 'network':
      return <NetworkSaid people={people} statements={map.statements} childIds={childIds} framework={framework} audience={audience} />
    case 'plan':
      return <PlanSaid rules={reading.planRules} bottomLines={map.bottomLines} audience={audience} />
    case 'progress':
      return <NextStepsSaid steps={map.nextSteps} people={people} />
    case 'changes':
      if (changes.state === 'loading') return <p role="status">Comparing with the last meeting…</p>
      if (changes.state === 'failed') return <p>{changes.message}</p>
      if (changes.changes === null) return <p>No earlier meeting saved a copy of the map, so there is nothing to compare with yet.</p>
      return <ChangesSaid changes={changes.changes} people={people} audience={audience} />
    case 'next-steps':
      return <NextStepsSaid steps={map.nextSteps.filter((nextStep) => nextStep.status === 'open')} people={people} empty="No next steps agreed yet." />
  }
}
