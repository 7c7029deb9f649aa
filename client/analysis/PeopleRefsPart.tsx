import { useState } from 'react'
import type { Badge } from '../../shared/coach'
import { addToPair, describePersonRef, personRefKey, removeFromPair, type PersonRef } from '../../shared/model'
import { PersonRefField } from '../cards/PersonRefField'
import { useAnalysisView } from './analysisContext'
import { PairList } from './PairList'
import { Suggestions } from './Suggestions'
import { useChange } from '../app/useChange'

interface PeopleRefsPartProps {
  id: string
  statementId: string
  list: 'worried' | 'convinced'
  label: string
  /** "Add who is worried". */
  addLabel: string
  context: string
  refs: readonly PersonRef[]
  badges: readonly Badge[]
}

/**
 * A list of people in a pair (who is worried, who needs to be convinced): people on the map or
 * unlisted names with a role. Two people adding at once both land (the list is a Y.Array). The
 * person is chosen first and added with a button: browsing a closed select fires change events.
 */
export function PeopleRefsPart({ id, statementId, list, label, addLabel, context, refs, badges }: PeopleRefsPartProps) {
  const { docs, analysis } = useAnalysisView()
  const { error, setError, change } = useChange()
  const [draft, setDraft] = useState<PersonRef | null>(null)
  // A new key empties the field after each person is added.
  const [added, setAdded] = useState(0)

  function add() {
    if (!draft) return setError('Choose a person, or give the name and role of someone not on the list.')
    change(() => addToPair(docs.shared, statementId, list, draft))
    setDraft(null)
    setAdded((count) => count + 1)
  }

  const items = refs.map((ref) => {
    const name = describePersonRef(ref, analysis.people)
    return {
      key: personRefKey(ref),
      text: name,
      removeName: `Remove ${name} from ${label.toLowerCase()} (${context})`,
      onRemove: () => change(() => removeFromPair(docs.shared, statementId, list, ref)),
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
        <>
          <PersonRefField key={added} id={`${id}-add`} label={addLabel} value={draft} people={analysis.people} allowNone={false} onChange={setDraft} />
          <button type="button" className="button" onClick={add}>
            Add<span className="visually-hidden"> to {label.toLowerCase()} ({context})</span>
          </button>
        </>
      }
    >
      <Suggestions badges={badges} about={label} />
    </PairList>
  )
}
