import { useState } from 'react'
import type { Badge } from '../../shared/coach'
import { addToPair, removeFromPair } from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { useAnalysisView } from './analysisContext'
import { Suggestions } from './Suggestions'
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
 * network but are not it, so they are not offered (the model will not agree a pair on them alone).
 */
export function NetworkPart({ id, statementId, context, personIds, badges }: NetworkPartProps) {
  const { docs, analysis, mayEdit } = useAnalysisView()
  const [choice, setChoice] = useState('')
  const [error, setError] = useState<string | null>(null)
  const label = PART_LABELS.networkPersonIds
  const byId = new Map(analysis.people.map((person) => [person.id, person]))
  const candidates = analysis.people.filter((person) => person.group !== 'professional' && !personIds.includes(person.id))

  function change(action: () => void) {
    try {
      action()
      setError(null)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <div className="analysis-part" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="analysis-part__label">
        {label}
      </span>
      {personIds.length === 0 ? (
        <p className="analysis-part__empty">No one yet.</p>
      ) : (
        <ul className="people-chips" role="list">
          {personIds.map((personId) => {
            const name = byId.get(personId)?.name ?? 'Someone no longer on the map'
            return (
              <li key={personId} className="people-chip">
                {name}
                {mayEdit && (
                  <button type="button" className="people-chip__remove" onClick={() => change(() => removeFromPair(docs.shared, statementId, 'networkPersonIds', personId))}>
                    <span aria-hidden="true">×</span>
                    <span className="visually-hidden">
                      Remove {name} from the safety network ({context})
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
          <div className="field">
            <label htmlFor={`${id}-add`}>Add to the safety network</label>
            <p className="field__hint" id={`${id}-hint`}>
              Family and network people from the People panel.
            </p>
            <select id={`${id}-add`} aria-describedby={`${id}-hint`} value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="" disabled>
                {candidates.length === 0 ? 'No one left to add' : 'Choose a person'}
              </option>
              {candidates.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.relationship ? `${person.name} (${person.relationship})` : person.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (!choice) return setError('Choose a person to add to the safety network.')
              change(() => addToPair(docs.shared, statementId, 'networkPersonIds', choice))
              setChoice('')
            }}
          >
            Add<span className="visually-hidden"> to the safety network ({context})</span>
          </button>
        </div>
      )}
      <ErrorMessage message={error} />
      <Suggestions badges={badges} about={label} />
    </div>
  )
}
