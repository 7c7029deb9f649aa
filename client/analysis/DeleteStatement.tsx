import { deleteDangerStatement, type LinkedItemsChoice } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { useConfirmation } from '../app/useConfirmation'
import { useAnalysisView } from './analysisContext'
import { useAnalysisFocus } from './focusRequests'

/**
 * Deleting a statement takes its goal with it, for everyone, so it asks first; when bottom lines or
 * next steps serve it, it asks what becomes of them. Kept ones are listed as needing attention.
 */
export function DeleteStatement({ statementId, context }: { statementId: string; context: string }) {
  const { docs, analysis } = useAnalysisView()
  const focus = useAnalysisFocus()
  const { confirming, ask, cancel, askButton, safeAnswer } = useConfirmation()
  const { error, change } = useChange()

  const linked =
    analysis.bottomLines.filter((line) => line.statementId === statementId).length +
    analysis.nextSteps.filter((step) => step.statementId === statementId).length

  function remove(choice: LinkedItemsChoice) {
    change(() => {
      focus.request('add-statement')
      deleteDangerStatement(docs.shared, statementId, { bottomLines: choice, nextSteps: choice })
    })
  }

  if (!confirming) {
    return (
      <button type="button" ref={askButton} className="button button--quiet button--danger-text" onClick={ask}>
        Delete statement and goal<span className="visually-hidden"> ({context})</span>
      </button>
    )
  }

  const questionId = `delete-${statementId}-question`
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <span id={questionId}>
        {linked === 0
          ? `Delete ${context} and its goal for everyone?`
          : `Delete ${context} and its goal for everyone? ${linked === 1 ? 'One bottom line or next step serves' : `${linked} bottom lines and next steps serve`} it.`}
      </span>
      {linked === 0 ? (
        <button type="button" className="button button--danger" onClick={() => remove('delete')}>
          Yes, delete
        </button>
      ) : (
        <>
          <button type="button" className="button button--danger" onClick={() => remove('delete')}>
            Delete them too
          </button>
          <button type="button" className="button" onClick={() => remove('keepUnlinked')}>
            Keep them, unlinked
          </button>
        </>
      )}
      <button type="button" ref={safeAnswer} className="button button--quiet" onClick={cancel}>
        No, keep the statement
      </button>
      <ErrorMessage message={error} />
    </div>
  )
}
