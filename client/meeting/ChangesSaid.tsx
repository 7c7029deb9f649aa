import { useId } from 'react'
import type { Audience } from '../../shared/audience'
import { changeCounts, countsInWords, nameOf, nothingChanged, scoreMovementInWords, type MapChanges, type Person } from '../../shared/model'
import { nextStepInWords } from './NextStepsSaid'

interface ChangesSaidProps {
  changes: MapChanges
  people: readonly Person[]
  audience: Audience
}

/** What changed between two readings of the map, in words: numbers that moved, then what was added, changed and removed. */
export function ChangesSaid({ changes, people, audience }: ChangesSaidProps) {
  const id = useId()
  if (nothingChanged(changes)) return <p>Nothing has changed since the last meeting.</p>
  const questions = [...new Map(changes.scores.map((movement) => [movement.question.id, movement.question])).values()]
  const counts = countsInWords(changeCounts(changes), audience)
  const doneOrDropped = changes.nextSteps.changed.filter(({ before, after }) => before.status !== after.status).map(({ after }) => after)
  return (
    <div className="said-changes">
      {questions.map((question) => (
        <section key={question.id} aria-label={`Numbers that moved: ${question.question}`}>
          <h3>{question.question}</h3>
          <ul className="said-list said-movements">
            {changes.scores
              .filter((movement) => movement.question.id === question.id)
              .map((movement) => (
                <li key={`${question.id} ${nameOf(movement.person, people)}`}>{scoreMovementInWords(nameOf(movement.person, people), movement.from, movement.to)}</li>
              ))}
          </ul>
        </section>
      ))}
      {counts.length > 0 && (
        <ul className="said-list said-counts">
          {counts.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {changes.cards.added.length > 0 && (
        <section aria-labelledby={`${id}-new`}>
          <h3 id={`${id}-new`}>New on the map</h3>
          <ul className="said-list">
            {changes.cards.added.map((card) => (
              <li key={card.id}>{card.text}</li>
            ))}
          </ul>
        </section>
      )}
      {doneOrDropped.length > 0 && (
        <section aria-labelledby={`${id}-steps`}>
          <h3 id={`${id}-steps`}>Next steps that moved on</h3>
          <ul className="said-list">
            {doneOrDropped.map((step) => (
              <li key={step.id}>{nextStepInWords(step, people)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
