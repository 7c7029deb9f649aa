import { planLackInWords, whatPlanLacks } from '../../shared/model'
import { useAnalysisView } from '../analysis/analysisContext'
import { lower } from '../analysis/wording'
import { ErrorMessage } from '../app/ErrorMessage'
import { useMapCommand } from '../http/useMapCommand'
import { usePlanView } from './planContext'
import { planStanding } from './planWords'

/**
 * The plan's heading and where it stands: agreed, changed since, or a draft, with what it still
 * needs (the model's own list, the one the server checks). Staff agree it here; the server
 * refuses with the same reasons if anything is missing, and the new standing comes back by sync.
 */
export function PlanStanding() {
  const { mapId, analysis, memberNames, mayDecide, wording } = useAnalysisView()
  const { plan, agreement, changedSinceAgreed, plain } = usePlanView()
  const { busy, error, send } = useMapCommand(mapId)
  const lacks = whatPlanLacks(analysis.statements, plan.rules, plan.contingency)
  const statementWord = plain ? 'worry' : lower(wording.statement)
  const standsAgreed = agreement !== null && !changedSinceAgreed

  const agree = () => send({ type: 'agree-safety-plan' })

  return (
    <section className="plan-section plan-standing" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{plain ? 'Our safety plan' : 'Safety plan'}</h2>
      <p className={`plan-standing__line plan-standing__line--${standsAgreed ? 'agreed' : 'draft'}`}>
        {planStanding(agreement, changedSinceAgreed, memberNames, analysis.people)}
      </p>
      {lacks.length > 0 ? (
        <div>
          <p className="plan-standing__needs">Before it can be agreed, the plan needs:</p>
          <ul className="plan-standing__lacks">
            {lacks.map((lack) => (
              <li key={JSON.stringify(lack)}>{planLackInWords(lack, statementWord)}</li>
            ))}
          </ul>
        </div>
      ) : (
        !standsAgreed && <p>It answers every {statementWord} and has a contingency: it is ready to agree.</p>
      )}
      {mayDecide && !standsAgreed && (
        <button type="button" className="button button--primary plan-standing__agree" disabled={busy} onClick={agree}>
          {agreement ? 'Agree the changed plan' : 'Agree the plan'}
        </button>
      )}
      <ErrorMessage message={error} />
    </section>
  )
}
