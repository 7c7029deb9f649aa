import { addToPlanRule, deletePlanRule, describePersonRef, planRuleText, removeFromPlanRule, RULE_PART_LABELS, type PlanRule } from '../../shared/model'
import { useAnalysisView } from '../analysis/analysisContext'
import { ChooseAndAdd } from '../analysis/ChooseAndAdd'
import { PairList } from '../analysis/PairList'
import { RichPart } from '../analysis/RichPart'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { useConfirmation } from '../app/useConfirmation'
import { peopleToChoose, personChoiceLabel } from '../map/peopleToChoose'
import { usePlanView } from './planContext'

const PARTS = ['what', 'triggers', 'ifBroken'] as const

/** The first words of a statement, to tell it apart in a list. */
const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= 70 ? flat : `${flat.slice(0, 69).trimEnd()}…`
}

/**
 * One plan rule: its three texts (two people typing in one merge character by character), the
 * statements it answers and who does it. A link to a statement deleted since stays, marked, until
 * someone takes it off: it is never dropped without anyone seeing.
 */
export function PlanRuleItem({ rule, number }: { rule: PlanRule; number: number }) {
  const { docs, analysis, mayEdit } = useAnalysisView()
  const { statementName, plain } = usePlanView()
  const statements = useChange()
  const people = useChange()
  const name = `Rule ${number}`
  const statementNumbers = new Map(analysis.statements.map((statement, index) => [statement.id, index + 1]))
  const personById = new Map(analysis.people.map((person) => [person.id, person]))
  const answersLabel = plain ? 'The worries it answers' : 'The statements it answers'

  const statementItems = rule.statementIds.map((statementId) => {
    const at = statementNumbers.get(statementId)
    const text = at === undefined ? `A ${plain ? 'worry' : 'statement'} that has been deleted: needs attention` : `${statementName(at)}: ${excerpt(analysis.statements[at - 1].behaviour)}`
    return {
      key: statementId,
      text,
      gone: at === undefined,
      removeName: `Take ${at === undefined ? 'the deleted one' : statementName(at)} off ${name.toLowerCase()}`,
      onRemove: () => statements.change(() => removeFromPlanRule(docs.shared, rule.id, 'statementIds', statementId)),
    }
  })
  const personItems = rule.personIds.map((personId) => {
    const person = personById.get(personId)
    const text = person ? personChoiceLabel(person) : 'Someone no longer on the map'
    return {
      key: personId,
      text,
      removeName: `Remove ${person?.name ?? 'them'} from ${name.toLowerCase()}`,
      onRemove: () => people.change(() => removeFromPlanRule(docs.shared, rule.id, 'personIds', personId)),
    }
  })

  return (
    <article className="plan-rule" aria-labelledby={`plan-rule-${rule.id}`}>
      <header className="plan-rule__header">
        <h4 id={`plan-rule-${rule.id}`} tabIndex={-1}>
          {name}
        </h4>
        <p className="plan-rule__by">In the words of {describePersonRef(rule.writtenBy, analysis.people)}</p>
      </header>
      {PARTS.map((part) => (
        <RichPart key={part} id={`plan-rule-${rule.id}-${part}`} label={RULE_PART_LABELS[part]} context={name} fragment={planRuleText(docs.shared, rule.id, part)} badges={[]} />
      ))}
      <div className="plan-rule__links">
        <PairList
          id={`plan-rule-${rule.id}-statements`}
          label={answersLabel}
          emptyText="None yet."
          items={statementItems}
          look="quotes"
          error={statements.error}
          adder={
            <ChooseAndAdd
              id={`plan-rule-${rule.id}-statements`}
              label={plain ? 'Add a worry it answers' : 'Add a statement it answers'}
              hint={plain ? 'What we are worried about, from the map.' : 'The danger statements on the map.'}
              options={analysis.statements
                .map((statement, index) => ({ value: statement.id, label: `${statementName(index + 1)}: ${excerpt(statement.behaviour)}` }))
                .filter((option) => !rule.statementIds.includes(option.value))}
              placeholder="Choose one"
              noneLeft="None left to add"
              addName={`to ${name.toLowerCase()}`}
              nothingChosen="Choose which one the rule answers."
              onAdd={(statementId) => statements.change(() => addToPlanRule(docs.shared, rule.id, 'statementIds', statementId))}
              onNothingChosen={statements.setError}
            />
          }
        />
        <PairList
          id={`plan-rule-${rule.id}-people`}
          label="Who does it"
          emptyText="No one yet."
          items={personItems}
          look="chips"
          error={people.error}
          adder={
            <ChooseAndAdd
              id={`plan-rule-${rule.id}-people`}
              label="Add who does it"
              hint="People from the People panel."
              options={peopleToChoose(analysis.people)
                .filter((person) => !rule.personIds.includes(person.id))
                .map((person) => ({ value: person.id, label: personChoiceLabel(person) }))}
              placeholder="Choose a person"
              noneLeft="No one left to add"
              addName={`to who does ${name.toLowerCase()}`}
              nothingChosen="Choose who does the rule."
              onAdd={(personId) => people.change(() => addToPlanRule(docs.shared, rule.id, 'personIds', personId))}
              onNothingChosen={people.setError}
            />
          }
        />
      </div>
      {mayEdit && <DeleteRule ruleId={rule.id} name={name} />}
    </article>
  )
}

function DeleteRule({ ruleId, name }: { ruleId: string; name: string }) {
  const { docs } = useAnalysisView()
  const { confirming, ask, cancel, askButton, safeAnswer } = useConfirmation()
  const { error, change } = useChange()
  if (!confirming) {
    return (
      <button type="button" ref={askButton} className="button button--quiet button--danger-text" onClick={ask}>
        Delete {name.toLowerCase()}
      </button>
    )
  }
  return (
    <div className="confirm" role="group" aria-labelledby={`delete-${ruleId}-question`}>
      <span id={`delete-${ruleId}-question`}>Delete {name.toLowerCase()} for everyone?</span>
      <button type="button" className="button button--danger" onClick={() => change(() => deletePlanRule(docs.shared, ruleId))}>
        Yes, delete
      </button>
      <button type="button" ref={safeAnswer} className="button button--quiet" onClick={cancel}>
        No, keep it
      </button>
      <ErrorMessage message={error} />
    </div>
  )
}
