import { useState } from 'react'
import { DEFAULT_TEN, DEFAULT_ZERO, type ScalingQuestion } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { sendScalingCommand } from '../http/scaling'
import { useScalingView } from './scalingContext'

/** The scaling questions, each with its 0 and 10 spelled out; staff define and reword them. */
export function Questions() {
  const { scaling, mayRun, plain } = useScalingView()
  const [editing, setEditing] = useState<string | null>(null)
  return (
    <section className="scaling-section" aria-labelledby="scaling-questions-heading">
      <h2 id="scaling-questions-heading">{plain ? 'The questions' : 'Scaling questions'}</h2>
      {scaling.questions.length === 0 && <p>No scaling questions yet.</p>}
      <ul className="scaling-questions">
        {scaling.questions.map((question) => (
          <li key={question.id} className="scaling-question">
            {editing === question.id ? (
              <QuestionForm question={question} done={() => setEditing(null)} />
            ) : (
              <>
                <QuestionWords question={question} />
                {mayRun && (
                  <button type="button" className="button" onClick={() => setEditing(question.id)}>
                    Change the wording<span className="visually-hidden"> of “{question.question}”</span>
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {mayRun && editing === null && <QuestionForm />}
    </section>
  )
}

/** A question as it is asked: what it is about, the question, and what 0 and 10 mean. */
export function QuestionWords({ question }: { question: Pick<ScalingQuestion, 'question' | 'zero' | 'ten' | 'statementId'> }) {
  const { statements } = useScalingView()
  const pairNumber = statements.findIndex((statement) => statement.id === question.statementId) + 1
  const about = question.statementId === null ? 'The map overall' : pairNumber > 0 ? `Statement and goal ${pairNumber}` : 'A statement no longer on the map'
  return (
    <div className="question-words">
      <p className="question-words__about">{about}</p>
      <p className="question-words__question">{question.question}</p>
      <dl className="question-words__ends">
        <div>
          <dt>0 means</dt>
          <dd>{question.zero}</dd>
        </div>
        <div>
          <dt>10 means</dt>
          <dd>{question.ten}</dd>
        </div>
      </dl>
    </div>
  )
}

/** Defining a question (with the usual wording of 0 and 10 offered), or rewording one. */
function QuestionForm({ question, done }: { question?: ScalingQuestion; done?: () => void }) {
  const { mapId, statements } = useScalingView()
  const id = question?.id ?? 'new'
  const [about, setAbout] = useState(question?.statementId ?? '')
  const [words, setWords] = useState({ question: question?.question ?? '', zero: question?.zero ?? DEFAULT_ZERO, ten: question?.ten ?? DEFAULT_TEN })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function save(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      await sendScalingCommand(
        mapId,
        question ? { type: 'edit-scaling-question', questionId: question.id, ...words } : { type: 'define-scaling-question', statementId: about || null, ...words },
      )
      setError(null)
      if (question) done?.()
      else setWords({ question: '', zero: DEFAULT_ZERO, ten: DEFAULT_TEN })
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const field = (key: keyof typeof words, label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`question-${id}-${key}`}>{label}</label>
      {hint && (
        <p className="field__hint" id={`question-${id}-${key}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={`question-${id}-${key}`}
        aria-describedby={hint ? `question-${id}-${key}-hint` : undefined}
        rows={2}
        required
        value={words[key]}
        onChange={(event) => setWords({ ...words, [key]: event.target.value })}
      />
    </div>
  )

  return (
    <form className="scaling-form" onSubmit={save} aria-label={question ? 'Change the wording of a scaling question' : 'Add a scaling question'}>
      {!question && (
        <div className="field">
          <label htmlFor="question-new-about">What it is about</label>
          <select id="question-new-about" value={about} onChange={(event) => setAbout(event.target.value)}>
            <option value="">The map overall</option>
            {statements.map((statement, index) => (
              <option key={statement.id} value={statement.id}>
                Statement and goal {index + 1}
              </option>
            ))}
          </select>
        </div>
      )}
      {field('question', 'The question', 'For example: “On a scale of 0 to 10, how safe are the children with Dean at home?”')}
      {field('zero', 'What 0 means', 'Both ends must be spelled out. The usual wording is offered; change it to suit the family.')}
      {field('ten', 'What 10 means')}
      <div className="scaling-form__buttons">
        <button type="submit" className="button button--primary" disabled={busy}>
          {question ? 'Save the wording' : 'Add the question'}
        </button>
        {question && (
          <button type="button" className="button" onClick={done}>
            Cancel
          </button>
        )}
      </div>
      <ErrorMessage message={error} />
    </form>
  )
}
