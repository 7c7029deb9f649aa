import { useId } from 'react'
import type { Audience } from '../../shared/audience'
import { pairKind, type Framework } from '../../shared/framework'
import { formatLondonDateTime } from '../../shared/london-time'
import { countsInWords, nameOf, personRefKey, scoreMovementInWords, type DangerStatement, type MeetingRecord, type Person } from '../../shared/model'
import { BestQuestionsSaid } from './BestQuestionsSaid'
import { attendeeName } from './meetingWords'
import { NextStepsSaid } from './NextStepsSaid'

interface MeetingRecordViewProps {
  record: MeetingRecord
  /** The statements of the reading the record was made from, to number the pairs agreed. */
  statements: readonly DangerStatement[]
  people: readonly Person[]
  memberNames: ReadonlyMap<string, string>
  framework: Framework
  audience: Audience
}

/** A meeting's record: who attended, the numbers given, what was agreed, the next steps, best questions and what changed. */
export function MeetingRecordView({ record, statements, people, memberNames, framework, audience }: MeetingRecordViewProps) {
  const id = useId()
  const staff = (userId: string) => memberNames.get(userId) ?? people.find((person) => person.userId === userId)?.name ?? 'a member of staff'
  const questionWords = (questionId: string) => record.scaling.find(({ question }) => question.id === questionId)?.question.question
  const section = (key: string, heading: string, body: React.ReactNode) => (
    <section aria-labelledby={`${id}-${key}`}>
      <h4 id={`${id}-${key}`}>{heading}</h4>
      {body}
    </section>
  )
  return (
    <div className="meeting-record">
      {section(
        'attended',
        'Who attended',
        <p>
          {record.attended.map((ref) => attendeeName(ref, people)).join(', ')}. Facilitated by {attendeeName(record.meeting.facilitator, people)}.
        </p>,
      )}
      {section(
        'numbers',
        audience === 'family' ? 'Numbers given' : 'Scaling',
        record.scaling.length === 0 ? (
          <p className="said-empty">No numbers were given in this meeting.</p>
        ) : (
          record.scaling.map(({ question, answers }) => (
            <div key={question.id}>
              <p>
                <strong>{question.question}</strong>
              </p>
              <ul className="said-list">
                {answers.map((answer) => (
                  <li key={personRefKey(answer.person)}>
                    {nameOf(answer.person, people)}: {answer.score ?? 'no number'}
                    {answer.reason && ` — ${answer.reason}`}
                  </li>
                ))}
              </ul>
            </div>
          ))
        ),
      )}
      {section(
        'decisions',
        'Decisions',
        record.decisions.length === 0 ? (
          <p className="said-empty">Nothing was agreed in this meeting.</p>
        ) : (
          <ul className="said-list">
            {record.decisions.map(({ statementId, agreement }) => {
              const number = statements.findIndex((statement) => statement.id === statementId) + 1
              const pair = number > 0 ? `${pairKind(framework, 'statement', audience)} ${number} and its goal` : 'A statement no longer on the map'
              return (
                <li key={`${statementId} ${agreement.at}`}>
                  {pair} agreed, recorded by {staff(agreement.byUserId)} at {formatLondonDateTime(agreement.at)}.
                </li>
              )
            })}
          </ul>
        ),
      )}
      {section('next-steps', 'Next steps agreed', <NextStepsSaid steps={record.nextSteps} people={people} />)}
      {record.bestQuestions.length > 0 &&
        section(
          'best',
          'Best questions',
          <BestQuestionsSaid questions={record.bestQuestions} />,
        )}
      {record.changes &&
        section(
          'changes',
          'What changed since the last meeting',
          <ul className="said-list">
            {record.changes.scores.map((movement) => (
              <li key={`${movement.questionId} ${personRefKey(movement.person)}`}>
                {scoreMovementInWords(nameOf(movement.person, people), movement.from, movement.to)}
                {questionWords(movement.questionId) && ` (${questionWords(movement.questionId)})`}
              </li>
            ))}
            {countsInWords(record.changes.counts, audience).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>,
        )}
    </div>
  )
}
