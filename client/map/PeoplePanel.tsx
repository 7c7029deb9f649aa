import { useEffect, useRef, useState, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { addPerson, PERSON_GROUPS, updatePerson, type Person } from '../../shared/model'
import { PanelHeading } from './PanelHeading'
import { PersonForm, type PersonDraft } from './PersonForm'
import { PERSON_GROUP_HEADINGS } from './personGroups'
import { usePeople } from './usePeople'

interface PeoplePanelProps {
  shared: Y.Doc
  editable: boolean
  /** False in the family audience: a person's agency is a professional's contact detail. */
  showAgencies: boolean
  /** The people the map is about, marked as such in the list. */
  childIds: string[]
  onClose(): void
}

const EMPTY: PersonDraft = { name: '', relationship: '', agency: '', group: 'family' }

/** The map's people: one record each, used by every card that names them. */
export function PeoplePanel({ shared, editable, showAgencies, childIds, onClose }: PeoplePanelProps) {
  const people = usePeople(shared)
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  // When a form closes, the keyboard returns to the button that opened it.
  const [returnTo, setReturnTo] = useState<string | 'new' | null>(null)
  const close = () => {
    setReturnTo(editing)
    setEditing(null)
  }

  return (
    <div className="panel-content">
      <PanelHeading title="People" onClose={onClose} />
      {people.length === 0 && <p>No one has been added yet.</p>}
      {PERSON_GROUPS.map((group) => {
        const members = people.filter((person) => person.group === group)
        if (members.length === 0) return null
        return (
          <section key={group} aria-labelledby={`people-${group}`} className="people-group">
            <h3 id={`people-${group}`}>{PERSON_GROUP_HEADINGS[group]}</h3>
            <ul className="people-list">
              {members.map((person) =>
                editing === person.id ? (
                  <li key={person.id} className="person">
                    <PersonForm
                      id={`person-${person.id}`}
                      initial={{ name: person.name, relationship: person.relationship, agency: person.agency, group: person.group }}
                      submitLabel="Save changes"
                      onSave={(draft) => {
                        updatePerson(shared, person.id, draft)
                        close()
                      }}
                      onCancel={close}
                    />
                  </li>
                ) : (
                  <PersonItem
                    key={person.id}
                    person={person}
                    isChild={childIds.includes(person.id)}
                    showAgency={showAgencies}
                    onEdit={editable ? () => setEditing(person.id) : undefined}
                    takeFocus={returnTo === person.id}
                  />
                ),
              )}
            </ul>
          </section>
        )
      })}
      {editable &&
        (editing === 'new' ? (
          <section aria-labelledby="people-new" className="people-group">
            <h3 id="people-new">Add a person</h3>
            <PersonForm
              id="person-new"
              initial={EMPTY}
              submitLabel="Add person"
              onSave={(draft) => {
                addPerson(shared, draft)
                close()
              }}
              onCancel={close}
            />
          </section>
        ) : (
          <FocusableButton takeFocus={returnTo === 'new'} onClick={() => setEditing('new')}>
            Add person
          </FocusableButton>
        ))}
    </div>
  )
}

interface PersonItemProps {
  person: Person
  isChild: boolean
  showAgency: boolean
  onEdit?: () => void
  takeFocus: boolean
}

function PersonItem({ person, isChild, showAgency, onEdit, takeFocus }: PersonItemProps) {
  const description = [person.relationship, showAgency ? person.agency : ''].filter(Boolean).join(', ')
  return (
    <li className="person">
      <div className="person__who">
        <strong>{person.name}</strong>
        {isChild && <span className="tag">Child</span>}
        {description && <span className="person__description">{description}</span>}
      </div>
      {onEdit && (
        <FocusableButton takeFocus={takeFocus} className="button button--quiet" onClick={onEdit}>
          Edit<span className="visually-hidden"> {person.name}</span>
        </FocusableButton>
      )}
    </li>
  )
}

function FocusableButton({ takeFocus, className = 'button', onClick, children }: { takeFocus: boolean; className?: string; onClick(): void; children: ReactNode }) {
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (takeFocus) button.current?.focus()
  }, [takeFocus])
  return (
    <button type="button" ref={button} className={className} onClick={onClick}>
      {children}
    </button>
  )
}
