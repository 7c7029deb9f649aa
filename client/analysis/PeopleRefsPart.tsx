import { useState } from 'react'
import type { Badge } from '../../shared/coach'
import { addToPair, describePersonRef, personRefKey, removeFromPair, type PersonRef } from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { PersonRefField } from '../cards/PersonRefField'
import { useAnalysisView } from './analysisContext'
import { Suggestions } from './Suggestions'

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
  const { docs, analysis, mayEdit } = useAnalysisView()
  const [draft, setDraft] = useState<PersonRef | null>(null)
  // A new key empties the field after each person is added.
  const [added, setAdded] = useState(0)
  const [error, setError] = useState<string | null>(null)

  function change(action: () => void) {
    try {
      action()
      setError(null)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  function add() {
    if (!draft) return setError('Choose a person, or give the name and role of someone not on the list.')
    change(() => addToPair(docs.shared, statementId, list, draft))
    setDraft(null)
    setAdded((count) => count + 1)
  }

  return (
    <div className="analysis-part" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="analysis-part__label">
        {label}
      </span>
      {refs.length === 0 ? (
        <p className="analysis-part__empty">No one yet.</p>
      ) : (
        <ul className="people-chips" role="list">
          {refs.map((ref) => {
            const name = describePersonRef(ref, analysis.people)
            return (
              <li key={personRefKey(ref)} className="people-chip">
                {name}
                {mayEdit && (
                  <button type="button" className="people-chip__remove" onClick={() => change(() => removeFromPair(docs.shared, statementId, list, ref))}>
                    <span aria-hidden="true">×</span>
                    <span className="visually-hidden">
                      Remove {name} from {label.toLowerCase()} ({context})
                    </span>
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {mayEdit && (
        <div className="analysis-part__add">
          <PersonRefField key={added} id={`${id}-add`} label={addLabel} value={draft} people={analysis.people} allowNone={false} onChange={setDraft} />
          <button type="button" className="button" onClick={add}>
            Add<span className="visually-hidden"> to {label.toLowerCase()} ({context})</span>
          </button>
        </div>
      )}
      <ErrorMessage message={error} />
      <Suggestions badges={badges} about={label} />
    </div>
  )
}
