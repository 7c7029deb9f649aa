import { statementSentence } from '../../shared/model'
import { useAnalysisView } from '../analysis/analysisContext'
import { lower } from '../analysis/wording'
import { usePlanView } from './planContext'

/**
 * Whether the plan answers every worry (R-SP-1): each statement in plain words with the rules that
 * answer it. One that no rule answers says so in words and with a mark, not by colour alone; a rule
 * tied to a statement that has been deleted is listed as needing attention, never hidden.
 */
export function Coverage() {
  const { analysis, framework, wording } = useAnalysisView()
  const { coverage, statementName, plain } = usePlanView()
  const reading = { people: analysis.people, childIds: analysis.childIds, framework }
  const byId = new Map(analysis.statements.map((statement) => [statement.id, statement]))
  const worry = plain ? 'worry' : lower(wording.statement)
  const worries = plain ? 'worries' : `${worry}s`
  const total = coverage.statements.length
  const uncovered = coverage.uncovered.length

  return (
    <section className="plan-section" aria-labelledby="coverage-heading">
      <h3 id="coverage-heading">Does the plan answer every worry?</h3>
      <p className="plan-coverage__summary">
        {total === 0
          ? `There are no ${worries} on the map yet.`
          : uncovered === 0
            ? `Yes: ${total === 1 ? `the one ${worry}` : `each of the ${total} ${worries}`} has a rule that answers it.`
            : `Not yet: ${uncovered} of the ${total} ${worries} ${uncovered === 1 ? 'has' : 'have'} no rule yet.`}
      </p>
      {total > 0 && (
        <ol className="plan-coverage" role="list">
          {coverage.statements.map(({ statementId, number, rules }) => (
            <li key={statementId} className={rules.length === 0 ? 'plan-coverage__item plan-coverage__item--uncovered' : 'plan-coverage__item'}>
              <p className="plan-coverage__statement">
                <strong>{statementName(number)}:</strong> {statementSentence(byId.get(statementId)!, reading)}
              </p>
              {rules.length === 0 ? (
                <p className="plan-coverage__none">
                  <span className="plan-coverage__mark" aria-hidden="true">
                    !
                  </span>
                  No rule answers this yet.
                </p>
              ) : (
                <p className="plan-coverage__rules">
                  Answered by{' '}
                  {rules.map(({ rule, number: ruleNumber }, index) => (
                    <span key={rule.id}>
                      {index > 0 && (index === rules.length - 1 ? ' and ' : ', ')}
                      <a href={`#plan-rule-${rule.id}`}>rule {ruleNumber}</a>
                    </span>
                  ))}
                  .
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {coverage.needingAttention.length > 0 && (
        <div className="notice notice--warning" role="group" aria-labelledby="coverage-attention">
          <p id="coverage-attention">
            <strong>Needs attention:</strong> {coverage.needingAttention.length === 1 ? 'this rule answers' : 'these rules answer'} a{' '}
            {plain ? 'worry' : 'statement'} that has been deleted. Take that link off the rule, or tie it to another.
          </p>
          <ul role="list">
            {coverage.needingAttention.map(({ rule, number }) => (
              <li key={rule.id}>
                <a href={`#plan-rule-${rule.id}`}>Rule {number}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {coverage.untied.length > 0 && (
        <p>
          Not tied to a {plain ? 'worry' : 'statement'} yet:{' '}
          {coverage.untied.map(({ rule, number }, index) => (
            <span key={rule.id}>
              {index > 0 && ', '}
              <a href={`#plan-rule-${rule.id}`}>rule {number}</a>
            </span>
          ))}
          .
        </p>
      )}
    </section>
  )
}
