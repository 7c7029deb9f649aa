import { useState } from 'react'
import { addNextStep, deleteNextStep } from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { useAnalysisView } from './analysisContext'
import { useAnalysisFocus } from './focusRequests'
import { NextStepItem } from './NextStepItem'

/** The plan's next steps: actions with an owner, a due date and the pair each serves. */
export function NextSteps() {
  const { docs, analysis, mayEdit } = useAnalysisView()
  const focus = useAnalysisFocus()
  const [error, setError] = useState<string | null>(null)

  function add() {
    try {
      const id = addNextStep(docs.shared, {})
      focus.request(`next-step-${id}-action`)
      setError(null)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <section className="analysis-section" aria-labelledby="next-steps-heading">
      <h2 id="next-steps-heading">Next steps</h2>
      {analysis.nextSteps.length === 0 ? (
        <p>No next steps yet.</p>
      ) : (
        <ol className="next-steps" role="list">
          {analysis.nextSteps.map((step, index) => (
            <li key={step.id}>
              <NextStepItem step={step} position={index + 1} onDelete={() => deleteNextStep(docs.shared, step.id)} />
            </li>
          ))}
        </ol>
      )}
      {mayEdit && (
        <button type="button" className="button" onClick={add}>
          Add a next step
        </button>
      )}
      <ErrorMessage message={error} />
    </section>
  )
}
