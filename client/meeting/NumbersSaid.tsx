import type { Audience } from '../../shared/audience'
import { nameOf, personRefKey, type Person, type ScalingRound } from '../../shared/model'

interface NumbersSaidProps {
  rounds: readonly ScalingRound[]
  people: readonly Person[]
  audience: Audience
}

/**
 * The numbers given in a meeting's rounds, each with its question, what 0 and 10 mean, and each
 * person's number and reason. A sealed round shows who has answered until it is revealed: its
 * numbers are in no document before then, so there is nothing else it could show.
 */
export function NumbersSaid({ rounds, people, audience }: NumbersSaidProps) {
  const family = audience === 'family'
  if (rounds.length === 0) return <p className="said-empty">{family ? 'Nobody has been asked for a number yet in this meeting.' : 'No scaling round in this meeting yet.'}</p>
  const noNumber = family ? 'did not want to give a number' : 'prefers not to give a number'
  return (
    <div className="said-rounds">
      {rounds.flatMap((round) =>
        round.questions.map((question) => {
          const hidden = round.mode === 'sealed' && round.state === 'open'
          const answers = round.answers.filter((answer) => answer.questionId === question.id)
          const answered = round.answered.filter((mark) => mark.questionId === question.id)
          return (
            <section key={`${round.id} ${question.id}`} className="said-round" aria-label={question.question}>
              <h3>{question.question}</h3>
              <p className="said-round__ends">0 means: {question.zero}</p>
              <p className="said-round__ends">10 means: {question.ten}</p>
              {hidden ? (
                <p>
                  {answered.length === 0
                    ? 'Nobody has given a number yet.'
                    : `Numbers stay hidden until they are all shown together. Given so far by ${answered.map((mark) => nameOf(mark.person, people)).join(', ')}.`}
                </p>
              ) : answers.length === 0 ? (
                <p className="said-empty">No numbers yet.</p>
              ) : (
                <ul className="said-list said-numbers">
                  {answers.map((answer) => (
                    <li key={personRefKey(answer.person)}>
                      <strong>
                        {nameOf(answer.person, people)}: {answer.score ?? noNumber}
                      </strong>
                      {answer.reason && <span className="said-numbers__why"> — {answer.reason}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )
        }),
      )}
    </div>
  )
}
