import type { ReactNode } from 'react'
import { SAFETY_CIRCLES, updatePerson, type Person, type SafetyCircle } from '../../shared/model'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { useMapView } from '../map/mapView'
import { personName } from '../map/peopleToChoose'
import { SAFETY_CIRCLE_NAMES } from '../map/personWording'
import { usePeople } from '../map/usePeople'
import { safetyCircles } from './safetyCircles'
import './network.css'

/**
 * `/maps/:mapId/network`: the map's people as safety circles around the children: inner, middle
 * and outer, by how much they know and can help. The same people as the genogram and the People
 * panel; a person's circle is changed here with a plain select, and everyone sees it move.
 * Family-facing, so it shows in the family audience and on a family member's device too.
 */
export function NetworkView() {
  const { docs, access, settings } = useMapView()
  const people = usePeople(docs.shared)
  const { children, circles, notPlaced } = safetyCircles(people, settings?.childIds ?? [])
  const editable = access.shared === 'edit'
  const { error, change } = useChange()
  const move = (person: Person, circle: SafetyCircle | null) => change(() => updatePerson(docs.shared, person.id, { circle }))
  const list = (members: Person[]) => <PeopleInCircle people={members} editable={editable} onMove={move} />

  // Each ring wraps the one inside it, from the children out, so the page reads from the outside in.
  const rings = SAFETY_CIRCLES.reduce<ReactNode>(
    (inside, circle) => (
      <section className={`safety-circle safety-circle--${circle}`} aria-labelledby={`circle-${circle}`}>
        <h3 id={`circle-${circle}`}>{SAFETY_CIRCLE_NAMES[circle].name}</h3>
        <p className="safety-circle__meaning">{SAFETY_CIRCLE_NAMES[circle].meaning}.</p>
        {list(circles[circle])}
        {inside}
      </section>
    ),
    <div className="safety-circles__centre">
      <h3 className="visually-hidden">At the centre</h3>
      {children.length === 0 ? <p>The children</p> : <p>{children.map(personName).join(', ')}</p>}
    </div>,
  )

  return (
    <div className="network-view">
      <div className="network-view__intro">
        <h2>Safety circles</h2>
        <p>Who knows about the worries and can help keep the children safe. Professionals support the network and are not in it.</p>
        <ErrorMessage message={error} />
      </div>
      <div className="network-view__body">
        <div className="safety-circles">{rings}</div>
        <section className="safety-circle safety-circle--not-placed" aria-labelledby="circle-not-placed">
          <h3 id="circle-not-placed">Not placed yet</h3>
          {list(notPlaced)}
        </section>
      </div>
    </div>
  )
}

interface PeopleInCircleProps {
  people: Person[]
  editable: boolean
  onMove(person: Person, circle: SafetyCircle | null): void
}

function PeopleInCircle({ people, editable, onMove }: PeopleInCircleProps) {
  if (people.length === 0) return <p className="safety-circle__empty">No one yet.</p>
  return (
    <ul className="safety-circle__people">
      {people.map((person) => (
        <li key={person.id} className="network-person">
          <strong>{personName(person)}</strong>
          {person.relationship && <span className="network-person__relationship">{person.relationship}</span>}
          {person.support && <span className="network-person__support">{person.support}</span>}
          {editable && (
            <label className="network-person__circle">
              <span className="visually-hidden">Safety circle for {person.name}</span>
              <select value={person.circle ?? ''} onChange={(event) => onMove(person, (event.target.value || null) as SafetyCircle | null)}>
                {SAFETY_CIRCLES.map((circle) => (
                  <option key={circle} value={circle}>
                    {SAFETY_CIRCLE_NAMES[circle].name}
                  </option>
                ))}
                <option value="">Not placed yet</option>
              </select>
            </label>
          )}
        </li>
      ))}
    </ul>
  )
}
