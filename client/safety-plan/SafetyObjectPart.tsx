import { addSafetyObjectChecker, removeSafetyObjectChecker, updateSafetyObject, type SafetyObjectWords } from '../../shared/model'
import { useAnalysisView } from '../analysis/analysisContext'
import { ChooseAndAdd } from '../analysis/ChooseAndAdd'
import { PairList } from '../analysis/PairList'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { CommittedTextInput } from '../cards/CommittedTextInput'
import { peopleToChoose, personChoiceLabel } from '../map/peopleToChoose'
import { usePlanView } from './planContext'

const FIELDS: { key: keyof SafetyObjectWords; label: string; hint: string; max: number }[] = [
  { key: 'description', label: 'The safety object', hint: 'For example: Ellie’s blue bear. Leave empty if the plan has none.', max: 200 },
  { key: 'keptWhere', label: 'Where it is kept', hint: 'Where everyone expects to see it.', max: 200 },
  { key: 'movedMeans', label: 'What moving it means', hint: 'What the child is saying, and what the adult who notices does.', max: 500 },
]

/** The child's safety object, if the plan has one: what it is, where it lives, what moving it says, who checks it. */
export function SafetyObjectPart() {
  const { docs, analysis, mayEdit } = useAnalysisView()
  const { plan } = usePlanView()
  const words = useChange()
  const checkers = useChange()
  const { safetyObject } = plan
  const byId = new Map(analysis.people.map((person) => [person.id, person]))

  return (
    <section className="plan-section" aria-labelledby="safety-object-heading">
      <h3 id="safety-object-heading">The safety object</h3>
      <div className="plan-object">
        {FIELDS.map(({ key, label, hint, max }) => (
          <div className="field" key={key}>
            <label htmlFor={`safety-object-${key}`}>{label}</label>
            <p className="field__hint" id={`safety-object-${key}-hint`}>
              {hint}
            </p>
            <CommittedTextInput
              id={`safety-object-${key}`}
              aria-describedby={`safety-object-${key}-hint`}
              value={safetyObject[key]}
              readOnly={!mayEdit}
              maxLength={max}
              onCommit={(value) => words.change(() => updateSafetyObject(docs.shared, { [key]: value }))}
            />
          </div>
        ))}
      </div>
      <ErrorMessage message={words.error} />
      <PairList
        id="safety-object-checkers"
        label="Who checks it is in its place"
        emptyText="No one yet."
        look="chips"
        error={checkers.error}
        items={safetyObject.checkerIds.map((personId) => {
          const name = byId.get(personId)?.name ?? 'Someone no longer on the map'
          return { key: personId, text: name, removeName: `Remove ${name} from who checks the safety object`, onRemove: () => checkers.change(() => removeSafetyObjectChecker(docs.shared, personId)) }
        })}
        adder={
          <ChooseAndAdd
            id="safety-object-checkers"
            label="Add who checks it"
            hint="Network members and professionals check it on their visits."
            options={peopleToChoose(analysis.people)
              .filter((person) => !safetyObject.checkerIds.includes(person.id) && !analysis.childIds.includes(person.id))
              .map((person) => ({ value: person.id, label: personChoiceLabel(person) }))}
            placeholder="Choose a person"
            noneLeft="No one left to add"
            addName="to who checks the safety object"
            nothingChosen="Choose who checks the safety object."
            onAdd={(personId) => checkers.change(() => addSafetyObjectChecker(docs.shared, personId))}
            onNothingChosen={checkers.setError}
          />
        }
      />
    </section>
  )
}
