import { useState } from 'react'
import { itemsNeedingAttention, linkBottomLine, updateNextStep } from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { useAnalysisView } from './analysisContext'
import { BottomLineItem } from './BottomLines'

/**
 * Bottom lines and next steps that have lost their statement (kept when it was deleted, or tied
 * to one deleted elsewhere at the same moment): shown first, never hidden, with a way back.
 */
export function NeedingAttention() {
  const { analysis, wording } = useAnalysisView()
  const { bottomLines, nextSteps } = itemsNeedingAttention(analysis)
  if (bottomLines.length === 0 && nextSteps.length === 0) return null

  return (
    <section className="analysis-section analysis-section--attention" aria-labelledby="attention-heading">
      <h2 id="attention-heading">Needs attention</h2>
      <p>
        These are no longer tied to a {wording.statement.toLowerCase()}: the one they served was deleted. Tie each to a statement, or
        delete it if it is no longer needed.
      </p>
      <ul className="attention-list" role="list">
        {bottomLines.map((line, index) => (
          <li key={line.id}>
            <BottomLineItem line={line} context={`unlinked bottom line ${index + 1}`} />
            <TieTo kind="bottomLine" itemId={line.id} label={`unlinked bottom line ${index + 1}`} />
          </li>
        ))}
        {nextSteps.map((step, index) => (
          <li key={step.id}>
            <p>
              Next step “{step.action || 'with no action written'}” served a statement that has been deleted. Find it under Next steps
              and choose which statement it serves now.
            </p>
            <TieTo kind="nextStep" itemId={step.id} label={`unlinked next step ${index + 1}`} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function TieTo({ kind, itemId, label }: { kind: 'bottomLine' | 'nextStep'; itemId: string; label: string }) {
  const { docs, analysis, wording, mayEdit } = useAnalysisView()
  const [choice, setChoice] = useState('')
  const [error, setError] = useState<string | null>(null)
  if (!mayEdit || analysis.statements.length === 0) return null
  const id = `tie-${itemId}`

  function tie() {
    if (!choice) return setError('Choose a statement first.')
    try {
      if (kind === 'bottomLine') linkBottomLine(docs.shared, itemId, choice)
      else updateNextStep(docs.shared, itemId, { statementId: choice })
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <div className="field field--inline">
      <label htmlFor={id}>
        Tie to<span className="visually-hidden"> ({label})</span>
      </label>
      <select id={id} value={choice} onChange={(event) => setChoice(event.target.value)}>
        <option value="" disabled>
          Choose a statement
        </option>
        {analysis.statements.map((statement, index) => (
          <option key={statement.id} value={statement.id}>
            {wording.statement} {index + 1}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={tie}>
        Tie<span className="visually-hidden"> {label}</span>
      </button>
      <ErrorMessage message={error} />
    </div>
  )
}
