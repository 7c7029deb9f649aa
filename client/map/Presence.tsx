import type { Awareness } from 'y-protocols/awareness'
import type { PresenceUser } from '../session/SessionContext'
import { usePresence } from './usePresence'

/** Who has the map open now. Names only; not announced, as people come and go all the time. */
export function Presence({ awareness, user }: { awareness: Awareness; user: PresenceUser }) {
  const others = usePresence(awareness).filter((person) => person.id !== user.id)
  return (
    <section className="presence" aria-label="Here now">
      <span className="presence__label" aria-hidden="true">
        Here now:
      </span>
      <ul className="presence__list">
        <li className="presence__person">
          <span className="presence__dot" style={{ backgroundColor: user.color }} aria-hidden="true" />
          You
        </li>
        {others.map((person) => (
          <li key={person.id} className="presence__person">
            <span className="presence__dot" style={{ backgroundColor: person.color }} aria-hidden="true" />
            {person.name}
          </li>
        ))}
      </ul>
    </section>
  )
}
