import { useState } from 'react'
import { addPlanRule } from '../../shared/model'
import { useAnalysisView } from '../analysis/analysisContext'
import { useAnalysisFocus } from '../analysis/focusRequests'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { peopleToChoose, personChoiceLabel } from '../map/peopleToChoose'
import { usePlanView } from './planContext'
import { PlanRuleItem } from './PlanRuleItem'

/** The plan's rules, oldest first (a rule's number is its place), and a way to add one. */
export function PlanRules() {
  const { plan, plain } = usePlanView()
  return (
    <section className="plan-section" aria-labelledby="rules-heading">
      <h3 id="rules-heading">Plan rules</h3>
      <p className="plan-section__hint">
        {plain
          ? 'Your own rules, in your own words: who does what, and when, including at the hard times.'
          : 'The family’s own rules, in their words: who does what, and when, including at the hard times. The family leads; each rule says whose words it is.'}
      </p>
      {plan.rules.length === 0 ? (
        <p>No rules yet.</p>
      ) : (
        <ol className="plan-rules" role="list">
          {plan.rules.map((rule, index) => (
            <li key={rule.id}>
              <PlanRuleItem rule={rule} number={index + 1} />
            </li>
          ))}
        </ol>
      )}
      <AddPlanRule />
    </section>
  )
}

/**
 * A family member's rule is in their own words: on their device it is theirs without asking. Staff
 * typing in a meeting say whose words it is, so the plan shows who leads it.
 */
function AddPlanRule() {
  const { docs, analysis, role, mayEdit } = useAnalysisView()
  const { myPersonId } = usePlanView()
  const focus = useAnalysisFocus()
  const { error, setError, change } = useChange()
  const [writer, setWriter] = useState('')
  if (!mayEdit) return null
  const ownWords = role === 'participant'
  const people = peopleToChoose(analysis.people)
  // The family leads: its people come first in the list.
  const ordered = [...people.filter((person) => person.group !== 'professional'), ...people.filter((person) => person.group === 'professional')]

  function add() {
    const personId = ownWords ? myPersonId : writer
    if (!personId) return setError('Choose whose rule it is.')
    change(() => {
      const id = addPlanRule(docs.shared, { writtenBy: { personId } })
      focus.request(`plan-rule-${id}-what`)
    })
    setWriter('')
  }

  return (
    <div className="plan-add">
      {!ownWords && (
        <div className="field">
          <label htmlFor="new-rule-writer">Whose rule is it?</label>
          <p className="field__hint" id="new-rule-writer-hint">
            The family leads: choose who is saying it; it is written in their words.
          </p>
          <select id="new-rule-writer" aria-describedby="new-rule-writer-hint" value={writer} onChange={(event) => setWriter(event.target.value)}>
            <option value="" disabled>
              Choose a person
            </option>
            {ordered.map((person) => (
              <option key={person.id} value={person.id}>
                {personChoiceLabel(person)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="button" className="button button--primary" onClick={add}>
        Add a rule
      </button>
      <ErrorMessage message={error} />
    </div>
  )
}
