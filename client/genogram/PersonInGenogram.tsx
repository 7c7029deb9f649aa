import { useState } from 'react'
import { londonToday } from '../../shared/london-time'
import { type Person } from '../../shared/model'
import { pinPerson, unpinPerson, type Relation } from '../../shared/model/genogram'
import { useChange } from '../app/useChange'
import { ErrorMessage } from '../app/ErrorMessage'
import { detailsDraft, personDraft } from '../map/personDraft'
import { PersonForm } from '../map/PersonForm'
import { RemovePersonDialog } from '../map/RemovePersonDialog'
import { savePerson } from '../map/savePerson'
import { AddRelative, RELATION_LABELS } from './AddRelative'
import { useGenogramOnCanvas } from './genogram-context'
import { HouseholdOfPerson } from './HouseholdOfPerson'
import { personSummary } from './personSummary'
import { RelateTo } from './RelateTo'
import { RelationshipList } from './RelationshipList'

type Mode = { doing: 'looking' } | { doing: 'editing' } | { doing: 'relating' } | { doing: 'adding'; relation: Relation } | { doing: 'removing' }

const RELATIONS: Relation[] = ['partner', 'child', 'parent', 'sibling']

/**
 * One person in the genogram's panel: what is known of them, and everything that can be done
 * from them: edit, add a relative, relate them to someone, their household, pin or unpin, remove.
 */
export function PersonInGenogram({ person }: { person: Person }) {
  const context = useGenogramOnCanvas()
  const { docs, genogram, layout, editable, editsDetails, mayRemove, audience, select } = context
  const [mode, setMode] = useState<Mode>({ doing: 'looking' })
  const { error, change } = useChange()
  const look = () => setMode({ doing: 'looking' })
  const today = londonToday()
  // Read only where the professionals' layer is open: never in the family audience.
  const details = genogram.details[person.id] ?? null
  const pinned = genogram.pins[person.id] !== undefined
  const place = layout.people[person.id]

  if (mode.doing === 'editing') {
    return (
      <PersonForm
        id={`genogram-person-${person.id}`}
        initial={personDraft(person, today)}
        before={person}
        initialDetails={editsDetails ? detailsDraft(genogram.details[person.id]) : null}
        households={genogram.households}
        showAgency={audience === 'professional'}
        submitLabel="Save changes"
        onSave={(fields, changed) => {
          savePerson(docs, person.id, fields, changed)
          look()
        }}
        onCancel={look}
      />
    )
  }
  if (mode.doing === 'adding') {
    return (
      <AddRelative
        from={person}
        relation={mode.relation}
        onAdded={(personId) => {
          look()
          select(personId)
        }}
        onCancel={look}
      />
    )
  }
  if (mode.doing === 'relating') return <RelateTo person={person} onDone={look} />

  const summary = personSummary(person, genogram.households, details, today)
  return (
    <div className="genogram-panel__person">
      {summary.length > 0 && (
        <dl className="genogram-panel__summary">
          {summary.map(([term, description]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{description}</dd>
            </div>
          ))}
        </dl>
      )}
      <ErrorMessage message={error} />
      {editable && (
        <>
          <div className="genogram-panel__actions" role="group" aria-label={`Change ${person.name}`}>
            <button type="button" className="button" onClick={() => setMode({ doing: 'editing' })}>
              Edit details
            </button>
            {/* A pregnancy, miscarriage or stillbirth has parents only: they are added from the parents. */}
            {(person.kind ?? 'person') === 'person' &&
              RELATIONS.map((relation) => (
                <button key={relation} type="button" className="button" onClick={() => setMode({ doing: 'adding', relation })}>
                  {RELATION_LABELS[relation]}
                </button>
              ))}
            <button type="button" className="button" onClick={() => setMode({ doing: 'relating' })}>
              Relate to…
            </button>
            {pinned ? (
              <button type="button" className="button" onClick={() => change(() => unpinPerson(docs.shared, person.id))}>
                Unpin
              </button>
            ) : (
              place && (
                <button type="button" className="button" onClick={() => change(() => pinPerson(docs.shared, person.id, { x: place.x, y: place.y }))}>
                  Pin here
                </button>
              )
            )}
          </div>
          {pinned && <p className="genogram-panel__note">Pinned by hand: the layout leaves {person.name} where they are.</p>}
          <HouseholdOfPerson person={person} />
        </>
      )}
      <RelationshipList person={person} />
      {editable && mayRemove && (
        <button type="button" className="button button--quiet button--danger-text" onClick={() => setMode({ doing: 'removing' })}>
          Remove from the map…
        </button>
      )}
      {mode.doing === 'removing' && (
        <RemovePersonDialog
          docs={docs}
          person={person}
          onRemoved={() => select(null)}
          onKeep={look}
        />
      )}
    </div>
  )
}
