import { useState } from 'react'
import { londonToday } from '../../shared/london-time'
import { removeHousehold, removeRelationship, renameHousehold } from '../../shared/model/genogram'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { CommittedTextInput } from '../cards/CommittedTextInput'
import { personName } from '../map/peopleToChoose'
import { detailsDraft, personDraft } from '../map/personDraft'
import { PersonForm } from '../map/PersonForm'
import { savePerson } from '../map/savePerson'
import { DownloadGenogram } from './DownloadGenogram'
import { drawnPeople } from './drawnPeople'
import { useGenogramOnCanvas } from './genogram-context'
import { relationshipInWords } from './relationshipWords'

/**
 * The genogram as lists, for the keyboard and screen readers as much as for anyone: its people
 * (each opens their details), what needs attention, its relationships and households, and the
 * download.
 */
export function GenogramOverview() {
  const { docs, genogram, layout, editable, editsDetails, audience, select } = useGenogramOnCanvas()
  const { error, change } = useChange()
  const [adding, setAdding] = useState(false)
  const people = drawnPeople(genogram.people)
  const byId = new Map(genogram.relationships.map((relationship) => [relationship.id, relationship]))

  return (
    <div className="genogram-panel__overview">
      <ErrorMessage message={error} />
      {layout.problems.length > 0 && (
        <section className="genogram-panel__section notice notice--warning" aria-labelledby="genogram-attention">
          <h3 id="genogram-attention">Needs attention</h3>
          <p>These relationships contradict others, so they are not drawn. Remove the one that is wrong.</p>
          <ul className="genogram-panel__list">
            {layout.problems.map((problem) => {
              const relationship = byId.get(problem.relationshipId)
              const words = relationship ? relationshipInWords(relationship, genogram.people) : 'A relationship'
              return (
                <li key={problem.relationshipId}>
                  <span>
                    {words}. {problem.message}
                  </span>
                  {editable && (
                    <button type="button" className="button" onClick={() => change(() => removeRelationship(docs.shared, problem.relationshipId))}>
                      Remove<span className="visually-hidden"> “{words}”</span>
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      )}
      <section className="genogram-panel__section" aria-labelledby="genogram-people">
        <h3 id="genogram-people">People</h3>
        {people.length === 0 && <p>No one from the family or network yet.</p>}
        <ul className="genogram-panel__people">
          {people.map((person) => (
            <li key={person.id}>
              <button type="button" className="button button--quiet" onClick={() => select(person.id)}>
                {personName(person)}
                {person.relationship && <span className="genogram-panel__muted">, {person.relationship}</span>}
              </button>
            </li>
          ))}
        </ul>
        {editable &&
          (adding ? (
            <PersonForm
              id="genogram-new-person"
              initial={personDraft({}, londonToday())}
              initialDetails={editsDetails ? detailsDraft(null) : null}
              households={genogram.households}
              showAgency={audience === 'professional'}
              submitLabel="Add person"
              onSave={(fields, details) => {
                const personId = savePerson(docs, null, fields, details)
                setAdding(false)
                select(personId)
              }}
              onCancel={() => setAdding(false)}
            />
          ) : (
            <button type="button" className="button" onClick={() => setAdding(true)}>
              Add a person
            </button>
          ))}
      </section>
      {genogram.relationships.length > 0 && (
        <section className="genogram-panel__section" aria-labelledby="genogram-relationships">
          <h3 id="genogram-relationships">Relationships</h3>
          <ul className="genogram-panel__list">
            {genogram.relationships.map((relationship) => (
              <li key={relationship.id}>{relationshipInWords(relationship, genogram.people)}</li>
            ))}
          </ul>
        </section>
      )}
      {genogram.households.length > 0 && (
        <section className="genogram-panel__section" aria-labelledby="genogram-households">
          <h3 id="genogram-households">Households</h3>
          <ul className="genogram-panel__list">
            {genogram.households.map((household) => {
              const members = genogram.people.filter((person) => person.householdId === household.id).map(personName)
              return (
                <li key={household.id}>
                  {editable ? (
                    <label className="genogram-panel__household-name">
                      <span className="visually-hidden">Name of the household</span>
                      <CommittedTextInput maxLength={120} value={household.name} onCommit={(name) => name && change(() => renameHousehold(docs.shared, household.id, name))} />
                    </label>
                  ) : (
                    <strong>{household.name}</strong>
                  )}
                  <span className="genogram-panel__muted">{members.length > 0 ? members.join(', ') : 'No one lives here on the map'}</span>
                  {editable && (
                    <button type="button" className="button button--quiet" onClick={() => change(() => removeHousehold(docs.shared, household.id))}>
                      Remove<span className="visually-hidden"> the household {household.name}</span>
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      )}
      <DownloadGenogram />
    </div>
  )
}
