import { COUPLE_STATUSES, type CoupleStatus, type Person } from '../../shared/model'
import { removeRelationship, updateRelationship } from '../../shared/model/genogram'
import { peopleIn } from '../../shared/model/relationship-rules'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { useGenogramOnCanvas } from './genogram-context'
import { COUPLE_STATUS_NAMES, relationshipFrom } from './relationshipWords'

/** A person's relationships in words: the keyboard's way to read the lines on the canvas, and to change them. */
export function RelationshipList({ person }: { person: Person }) {
  const { docs, genogram, editable } = useGenogramOnCanvas()
  const { error, change } = useChange()
  const theirs = genogram.relationships.filter((relationship) => peopleIn(relationship).includes(person.id))
  const headingId = `relationships-${person.id}`
  return (
    <section className="genogram-panel__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Relationships</h3>
      <ErrorMessage message={error} />
      {theirs.length === 0 ? (
        <p>None on the genogram yet.</p>
      ) : (
        <ul className="genogram-panel__list">
          {theirs.map((relationship) => {
            const words = relationshipFrom(relationship, person.id, genogram.people)
            return (
              <li key={relationship.id}>
                <span>{words}</span>
                {editable && (
                  <span className="genogram-panel__item-actions">
                    {relationship.kind === 'couple' && (
                      <label>
                        <span className="visually-hidden">How they are together ({words})</span>
                        <select
                          value={relationship.status}
                          onChange={(event) => change(() => updateRelationship(docs.shared, relationship.id, { status: event.target.value as CoupleStatus }))}
                        >
                          {COUPLE_STATUSES.map((status) => (
                            <option key={status} value={status}>
                              {COUPLE_STATUS_NAMES[status]}
                            </option>
                          ))}
                        </select>
                      </label>
                    )}
                    <button type="button" className="button button--quiet" onClick={() => change(() => removeRelationship(docs.shared, relationship.id))}>
                      Remove<span className="visually-hidden"> “{words}”</span>
                    </button>
                  </span>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
