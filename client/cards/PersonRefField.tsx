import { useEffect, useState } from 'react'
import type { Person, PersonRef } from '../../shared/model'
import { peopleToChoose, personChoiceLabel } from '../map/peopleToChoose'

const NONE = ''
const UNLISTED = 'unlisted'
const personChoice = (personId: string) => `person:${personId}`

function choiceOf(value: PersonRef | null): string {
  if (value === null) return NONE
  return 'personId' in value ? personChoice(value.personId) : UNLISTED
}

interface PersonRefFieldProps {
  /** Prefix for element ids; unique on the page. */
  id: string
  /** What the person did: "Who said it", "Heard by". Names the select. */
  label: string
  value: PersonRef | null
  people: Person[]
  /** Whether "Not recorded" is a valid answer. */
  allowNone: boolean
  onChange(value: PersonRef | null): void
}

/**
 * Who said (or heard) something: a person on the map, or someone not on it with their role,
 * relationship or agency. An unlisted person is saved once both name and role are filled in.
 */
export function PersonRefField({ id, label, value, people, allowNone, onChange }: PersonRefFieldProps) {
  const [choice, setChoice] = useState(() => choiceOf(value))
  const [name, setName] = useState(value && 'name' in value ? value.name : '')
  const [role, setRole] = useState(value && 'role' in value ? value.role : '')

  // Someone else's change replaces what this field shows.
  const saved = JSON.stringify(value)
  useEffect(() => {
    const current = JSON.parse(saved) as PersonRef | null
    setChoice(choiceOf(current))
    setName(current && 'name' in current ? current.name : '')
    setRole(current && 'role' in current ? current.role : '')
  }, [saved])

  function choose(next: string) {
    setChoice(next)
    if (next === NONE) onChange(null)
    else if (next.startsWith('person:')) onChange({ personId: next.slice('person:'.length) })
    else if (name.trim() && role.trim()) onChange({ name: name.trim(), role: role.trim() })
  }

  function saveUnlisted() {
    const next = { name: name.trim(), role: role.trim() }
    if (next.name && next.role && JSON.stringify(next) !== saved) onChange(next)
  }

  const offered = peopleToChoose(people, value && 'personId' in value ? [value.personId] : [])
  const knownChoice = choice === NONE || choice === UNLISTED || offered.some((person) => personChoice(person.id) === choice)
  const context = label.toLowerCase()

  return (
    <div className="person-ref">
      <div className="field">
        <label htmlFor={`${id}-who`}>{label}</label>
        <select id={`${id}-who`} value={choice} onChange={(event) => choose(event.target.value)}>
          {allowNone && <option value={NONE}>Not recorded</option>}
          {!allowNone && choice === NONE && (
            <option value={NONE} disabled>
              Choose a person
            </option>
          )}
          {!knownChoice && (
            <option value={choice} disabled>
              Someone no longer on the map
            </option>
          )}
          {offered.map((person) => (
            <option key={person.id} value={personChoice(person.id)}>
              {personChoiceLabel(person)}
            </option>
          ))}
          <option value={UNLISTED}>Someone not on the list…</option>
        </select>
      </div>
      {choice === UNLISTED && (
        <div className="person-ref__unlisted">
          <div className="field">
            <label htmlFor={`${id}-name`}>
              Their name<span className="visually-hidden"> ({context})</span>
            </label>
            <input
              id={`${id}-name`}
              maxLength={120}
              value={name}
              onChange={(event) => setName(event.target.value)}
              onBlur={saveUnlisted}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>
              Their role, relationship or agency<span className="visually-hidden"> ({context})</span>
            </label>
            <input
              id={`${id}-role`}
              maxLength={120}
              value={role}
              onChange={(event) => setRole(event.target.value)}
              onBlur={saveUnlisted}
            />
          </div>
        </div>
      )}
    </div>
  )
}
