import type { NextStep, PairAgreement, PersonRef } from './schema.js'
import type { ScalingAnswer, ScalingQuestion } from './scaling.js'
import type { MapReading } from './map-reading.js'
import { attendees, checkpointName, type BestQuestion, type Meeting, type RecordedChanges } from './meetings.js'
import { visibleRounds } from './map-changes.js'
import { withAnswer } from './scaling.js'

/**
 * What a meeting leaves in the record: who attended, the numbers given in it, what was agreed in
 * it, the next steps it left, the best questions, and what changed since the meeting before (when
 * someone put that into the record). Pure, over a reading of the map: the map as the meeting left
 * it (its checkpoint) once it has closed, the map now while it runs. The meeting view shows it;
 * an export can render it as a section.
 */
export interface MeetingRecord {
  meeting: Meeting
  /** "Core group 17/11/2026". */
  name: string
  attended: PersonRef[]
  /** Each question asked in the meeting with each person's last answer in it; sealed numbers only once revealed. */
  scaling: Array<{ question: ScalingQuestion; answers: ScalingAnswer[] }>
  /** Statement and goal pairs agreed in this meeting. */
  decisions: Array<{ statementId: string; agreement: PairAgreement }>
  /** The next steps still to do when the meeting left the map. */
  nextSteps: NextStep[]
  bestQuestions: BestQuestion[]
  changes: RecordedChanges | null
}

export function meetingRecord(meeting: Meeting, reading: MapReading): MeetingRecord {
  const scaling = new Map<string, { question: ScalingQuestion; answers: ScalingAnswer[] }>()
  for (const round of visibleRounds(reading.scaling).filter((candidate) => candidate.meetingId === meeting.id)) {
    for (const question of round.questions) {
      const entry = scaling.get(question.id) ?? { question, answers: [] }
      for (const answer of round.answers.filter((given) => given.questionId === question.id)) entry.answers = withAnswer(entry.answers, answer)
      scaling.set(question.id, { ...entry, question })
    }
  }
  const decisions = Object.entries(reading.map.pairStatus).flatMap(([statementId, status]) =>
    [...(status.earlier ?? []), ...(status.agreed ? [status.agreed] : [])].filter((agreement) => agreement.meetingId === meeting.id).map((agreement) => ({ statementId, agreement })),
  )
  return {
    meeting,
    name: checkpointName(meeting),
    attended: attendees(meeting),
    scaling: [...scaling.values()],
    decisions,
    nextSteps: reading.map.nextSteps.filter((step) => step.status === 'open'),
    bestQuestions: meeting.bestQuestions ?? [],
    changes: meeting.changes ?? null,
  }
}
