import { useLayoutEffect, useRef, useState } from 'react'
import { createDangerStatement } from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { useAnalysisView } from './analysisContext'
import { useAnalysisFocus } from './focusRequests'
import { lower } from './wording'

/** Adds a statement with its goal (one item) and puts the keyboard in its behaviour. */
export function AddStatement() {
  const { docs, user, wording, mayEdit } = useAnalysisView()
  const focus = useAnalysisFocus()
  const button = useRef<HTMLButtonElement>(null)
  const [error, setError] = useState<string | null>(null)

  // A deleted statement hands the keyboard back here.
  useLayoutEffect(() => {
    if (focus.claim('add-statement')) button.current?.focus()
  })

  if (!mayEdit) return null

  function add() {
    try {
      const statementId = createDangerStatement(docs.shared, { createdBy: user.id })
      focus.request(`pair-${statementId}-behaviour`)
      setError(null)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <div className="add-statement">
      <button type="button" ref={button} className="button button--primary" onClick={add}>
        Add a {lower(wording.statement)}
      </button>
      <ErrorMessage message={error} />
    </div>
  )
}
