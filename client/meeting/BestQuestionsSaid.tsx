import type { BestQuestion } from '../../shared/model'

/** A meeting's best questions, in the order they were asked. */
export function BestQuestionsSaid({ questions }: { questions: readonly BestQuestion[] }) {
  if (questions.length === 0) return <p className="said-empty">No best questions yet.</p>
  return (
    <ol className="said-list">
      {questions.map((question) => (
        <li key={question.id}>{question.text}</li>
      ))}
    </ol>
  )
}
