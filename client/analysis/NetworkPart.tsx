import type { Badge } from '../../shared/coach'
import { addToPair, removeFromPair } from '../../shared/model'
import { useAnalysisView } from './analysisContext'
import { ChooseAndAdd } from './ChooseAndAdd'
import { PairList } from './PairList'
import { Suggestions } from './Suggestions'
import { useChange } from '../app/useChange'
import { peopleToChoose, personChoiceLabel } from '../map/peopleToChoose'
import { PART_LABELS } from './wording'

interface NetworkPartProps {
  id: string
  statementId: string
  context: string
  personIds: readonly string[]
  badges: readonly Badge[]
}

/**
 * The goal's safety network: family and network people on the map, by id. Professionals support a
 * network but are not it, and the children the map is about cannot be their own safety network, so
 * neither is offered (the model will not agree a pair on them alone; the coach asks to take a child
 * out again if one is there from before).
 */
export function NetworkPart({ id, statementId, context, personIds, badges }: NetworkPartProps) {
  const { docs, analysis } = useAnalysisView()
  const { error, setError, change } = useChange()
  const label = PART_LABELS.networkPersonIds
  const byId = new Map(analysis.people.map((person) => [person.id, person]))
  const candidates = peopleToChoose(analysis.people).filter(
    (person) => person.group !== 'professional' && !analysis.childIds.includes(person.id) && !personIds.includes(person.id),
  )
  const items = personIds.map((personId) => {
    const name = byId.get(personId)?.name ?? 'Someone no longer on the map'
    return {
      key: personId,
      text: name,
      removeName: `Remove ${name} from the safety network (${context})`,
      onRemove: () => change(() => removeFromPair(docs.shared, statementId, 'networkPersonIds', personId)),
    }
  })
  return (
    <PairList
      id={id}
      label={label}
      emptyText="No one yet."
      items={items}
      look="chips"
      error={error}
      adder={
        <ChooseAndAdd
          id={id}
          label="Add to the safety network"
          hint="Adults from the family and network, from the People panel."
          options={candidates.map((person) => ({ value: person.id, label: personChoiceLabel(person) }))}
          placeholder="Choose a person"
          noneLeft="No one left to add"
          addName={`to the safety network (${context})`}
          nothingChosen="Choose a person to add to the safety network."
          onAdd={(personId) => change(() => addToPair(docs.shared, statementId, 'networkPersonIds', personId))}
          onNothingChosen={setError}
        />
      }
    >
      <Suggestions badges={badges} about={label} />
    </PairList>
  )
}
