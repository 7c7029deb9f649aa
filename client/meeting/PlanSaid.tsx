import { useId } from 'react'
import type { Audience } from '../../shared/audience'
import { RULE_PART_LABELS, type BottomLine, type PlanRule } from '../../shared/model'

/** The safety plan's rules, then the agency's bottom lines, read-only. */
export function PlanSaid({ rules, bottomLines, audience }: { rules: readonly PlanRule[]; bottomLines: readonly BottomLine[]; audience: Audience }) {
  const family = audience === 'family'
  const id = useId()
  return (
    <div className="said-plan">
      <section aria-labelledby={`${id}-rules`}>
        <h3 id={`${id}-rules`}>{family ? 'The rules of the plan' : 'Safety plan rules'}</h3>
        {rules.length === 0 ? (
          <p className="said-empty">No rules written yet.</p>
        ) : (
          <ol className="said-list">
            {rules.map((rule) => (
              <li key={rule.id}>
                <p>{rule.what.trim() || 'A rule not written yet.'}</p>
                {rule.triggers.trim() && (
                  <p>
                    {RULE_PART_LABELS.triggers}: {rule.triggers}
                  </p>
                )}
                {rule.ifBroken.trim() && (
                  <p>
                    {RULE_PART_LABELS.ifBroken}: {rule.ifBroken}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      {bottomLines.length > 0 && (
        <section aria-labelledby={`${id}-lines`}>
          <h3 id={`${id}-lines`}>{family ? 'What must happen, whatever else happens' : 'Bottom lines'}</h3>
          <ul className="said-list">
            {bottomLines.map((line) => (
              <li key={line.id}>
                <p>{line.condition}</p>
                {line.contingency.trim() && <p>If not: {line.contingency}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
