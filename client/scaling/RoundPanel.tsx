import { useState } from 'react'
import { notYetAnswered, spreadOf, type ScalingAnswer, type ScalingQuestion, type ScalingRound } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { sendScalingCommand } from '../http/scaling'
import { AnswerForm } from './AnswerForm'
import { QuestionWords } from './Questions'
import { ScaleLine } from './ScaleLine'
import { useScalingView } from './scalingContext'
import { useMyAnswers } from './useMyAnswers'
import { meetingInWords } from './wording'

/** A round in progress: per question, the line, the reasons, the spread and who is still to answer. */
export function RoundPanel({ round }: { round: ScalingRound }) {
  const { mapId, scaling, words, mayRun, mayAnswer } = useScalingView()
  const mine = useMyAnswers(mapId, round, mayAnswer)
  const meeting = scaling.meetings.find((each) => each.id === round.meetingId)
  const sealed = round.mode === 'sealed' && round.state === 'open'
  return (
    <section className="round" aria-labelledby={`round-${round.id}-heading`} data-round-state={round.state}>
      <div className="round__header">
        <h2 id={`round-${round.id}-heading`}>
          {words.round}: {meetingInWords(meeting)}
        </h2>
        <p className="round__mode">{round.mode === 'sealed' ? (round.state === 'open' ? words.sealedRound : 'Revealed') : words.openRound}</p>
        {mayRun && <RoundButtons round={round} />}
      </div>
      {round.questions.map((question) => (
        <RoundQuestion key={question.id} round={round} question={question} sealed={sealed} mine={mine} />
      ))}
    </section>
  )
}

function RoundQuestion({ round, question, sealed, mine }: { round: ScalingRound; question: ScalingQuestion; sealed: boolean; mine: ScalingAnswer[] }) {
  const { scaling, words, nameOf, mayAnswer } = useScalingView()
  const meeting = scaling.meetings.find((each) => each.id === round.meetingId) ?? null
  const answers = round.answers.filter((answer) => answer.questionId === question.id)
  const waiting = notYetAnswered(round, meeting, question.id)
  const answered = round.answered.filter((mark) => mark.questionId === question.id)
  const spread = spreadOf(answers, question.id)
  // Once revealed, their answer is on the line with everyone else's.
  const myOwn = sealed ? mine.find((answer) => answer.questionId === question.id) : undefined
  return (
    <div className="round-question">
      <QuestionWords question={question} />
      {sealed ? (
        <p className="round-question__sealed">
          {answered.length === 0 ? 'Nobody has answered yet.' : `Answered: ${answered.map((mark) => nameOf(mark.person)).join(', ')}.`} Numbers are hidden until they are revealed.
        </p>
      ) : (
        <>
          <ScaleLine answers={answers} label={`Numbers for: ${question.question}`} />
          {spread && (
            <p className="round-question__spread">
              {words.spread}: {spread.lowest === spread.highest ? `everyone who gave a number said ${spread.lowest}` : `from ${spread.lowest} to ${spread.highest}`}
            </p>
          )}
          <Reasons answers={answers} />
        </>
      )}
      {myOwn && (
        <p className="round-question__mine">
          Your answer: {myOwn.score ?? 'no number'}
          {myOwn.reason ? ` because “${myOwn.reason}”` : ''}
          <br />
          Only you can see it until the numbers are revealed.
        </p>
      )}
      {waiting.length > 0 && (
        <p className="round-question__waiting">
          {words.notYetAnswered}: {waiting.map(nameOf).join(', ')}
        </p>
      )}
      {mayAnswer && round.state === 'open' && <AnswerForm round={round} question={question} />}
    </div>
  )
}

function Reasons({ answers }: { answers: ScalingAnswer[] }) {
  const { nameOf } = useScalingView()
  if (answers.length === 0) return null
  return (
    <ul className="round-question__reasons">
      {answers.map((answer) => (
        <li key={nameOf(answer.person)}>
          <strong>
            {nameOf(answer.person)}: {answer.score ?? 'no number'}
          </strong>{' '}
          {answer.reason ?? <em>prefers not to say why</em>}
        </li>
      ))}
    </ul>
  )
}

function RoundButtons({ round }: { round: ScalingRound }) {
  const { mapId } = useScalingView()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const send = async (type: 'reveal-scaling-round' | 'close-scaling-round') => {
    setBusy(true)
    try {
      await sendScalingCommand(mapId, { type, roundId: round.id })
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const mayReveal = round.mode === 'sealed' && round.state === 'open'
  return (
    <div className="round__buttons">
      {mayReveal ? (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => send('reveal-scaling-round')}>
          Reveal the numbers
        </button>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={() => send('close-scaling-round')}>
          Close the round
        </button>
      )}
      <ErrorMessage message={error} />
    </div>
  )
}
