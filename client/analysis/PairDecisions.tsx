import type { DangerStatement, PairStatus } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { useMapCommand } from '../http/useMapCommand'
import { useAnalysisView } from './analysisContext'
import { needsAgreeingAgain } from './pairStatusWords'

/**
 * Sharing a pair with the family and agreeing it are recorded by the server (the record layer),
 * which refuses to agree a pair with a part missing and says which: that message is shown as it
 * is, beside the button. A pair whose words changed after it was agreed can be agreed again; the
 * record keeps the earlier agreement. The new status comes back through sync, like everyone else's.
 */
export function PairDecisions({ statement, context, status }: { statement: DangerStatement; context: string; status: PairStatus | undefined }) {
  const { mapId, mayDecide } = useAnalysisView()
  const { busy, error, send } = useMapCommand(mapId)
  if (!mayDecide) return null
  const statementId = statement.id
  const again = needsAgreeingAgain(statement, status)

  return (
    <div className="pair-decisions">
      <div className="pair-decisions__buttons">
        <button type="button" className="button" disabled={busy} onClick={() => send({ type: 'share-pair', statementId })}>
          Mark as shared with the family<span className="visually-hidden"> ({context})</span>
        </button>
        {(!status?.agreed || again) && (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => send({ type: 'agree-pair', statementId })}>
            {again ? 'Agree the changed statement and goal' : 'Agree this statement and goal'}
            <span className="visually-hidden"> ({context})</span>
          </button>
        )}
      </div>
      <ErrorMessage message={error} />
    </div>
  )
}
