import { addBottomLine, bottomLineText, deleteBottomLine, type BottomLine } from '../../shared/model'
import { useState } from 'react'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { badgesFor } from './useAnalysis'
import { useAnalysisView } from './analysisContext'
import { useAnalysisFocus } from './focusRequests'
import { RichPart } from './RichPart'
import { PART_LABELS } from './wording'

/** A pair's bottom lines: each an agency's condition and what happens if it is not met. */
export function BottomLines({ statementId, context, lines }: { statementId: string; context: string; lines: BottomLine[] }) {
  const { docs, mayEdit } = useAnalysisView()
  const focus = useAnalysisFocus()
  const [error, setError] = useState<string | null>(null)
  if (lines.length === 0 && !mayEdit) return null

  function add() {
    try {
      const id = addBottomLine(docs.shared, { statementId })
      focus.request(`bottom-line-${id}-condition`)
      setError(null)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <div className="bottom-lines">
      <h4 className="bottom-lines__heading">Bottom lines</h4>
      {lines.length > 0 && (
        <ol className="bottom-lines__list">
          {lines.map((line, index) => (
            <li key={line.id}>
              <BottomLineItem line={line} context={`bottom line ${index + 1} of ${context}`} />
            </li>
          ))}
        </ol>
      )}
      {mayEdit && (
        <button type="button" className="button" onClick={add}>
          Add a bottom line<span className="visually-hidden"> to {context}</span>
        </button>
      )}
      <ErrorMessage message={error} />
    </div>
  )
}

export function BottomLineItem({ line, context }: { line: BottomLine; context: string }) {
  const { docs, badges, mayEdit } = useAnalysisView()
  const partBadges = (part: 'condition' | 'contingency') => badgesFor(badges, 'bottomLine', line.id, part)
  return (
    <div className="bottom-line">
      {(['condition', 'contingency'] as const).map((part) => (
        <RichPart
          key={part}
          id={`bottom-line-${line.id}-${part}`}
          label={PART_LABELS[part]}
          context={context}
          fragment={bottomLineText(docs.shared, line.id, part)}
          badges={partBadges(part)}
        />
      ))}
      {mayEdit && (
        <button type="button" className="button button--quiet button--danger-text" onClick={() => deleteBottomLine(docs.shared, line.id)}>
          Delete bottom line<span className="visually-hidden"> ({context})</span>
        </button>
      )}
    </div>
  )
}
