import { useEffect, useRef, useState, type ReactNode } from 'react'
import { PERSON_GROUPS, type MapDocuments, type Person } from '../../shared/model'
import { londonToday } from '../../shared/london-time'
import { useGenogram } from '../genogram/useGenogram'
import { PanelHeading } from './PanelHeading'
import { personName } from './peopleToChoose'
import { detailsDraft, personDraft } from './personDraft'
import { PersonForm } from './PersonForm'
import { PERSON_GROUP_HEADINGS } from './personGroups'
import { RemovePersonDialog } from './RemovePersonDialog'
import { savePerson } from './savePerson'
import { usePeople } from './usePeople'

interface PeoplePanelProps {
  /** The professional layer is absent in the family audience and on a family member's device. */
  docs: MapDocuments
  editable: boolean
  /** Contact details and consent: when the professionals' layer is open and this person may edit it. */
  editsDetails: boolean
  /** False in the family audience: a person's agency is a professional's contact detail. */
  showAgencies: boolean
  /** Taking someone off the map touches the analysis, so it is for professionals, not the family audience. */
  mayRemove: boolean
  /** The people the map is about, marked as such in the list. */
  childIds: string[]
  onClose(): void
}

/** The map's people: one record each, used by every card, pair, genogram and circle that names them. */
export function PeoplePanel({ docs, editable, editsDetails, showAgencies, mayRemove, childIds, onClose }: PeoplePanelProps) {
  const people = usePeople(docs.shared)
  const genogram = useGenogram(docs.shared, editsDetails ? docs.professional : undefined)
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  const [removing, setRemoving] = useState<Person | null>(null)
  // When a form closes, the keyboard returns to the button that opened it.
  const [returnTo, setReturnTo] = useState<string | 'new' | null>(null)
  const close = () => {
    setReturnTo(editing)
    setEditing(null)
  }
  const today = londonToday()
  const formFor = (person: Person | null) => (
    <PersonForm
      id={person ? `person-${person.id}` : 'person-new'}
      initial={personDraft(person ?? {}, today)}
      before={person ?? {}}
      initialDetails={editsDetails ? detailsDraft(person && genogram.details[person.id]) : null}
      households={genogram.households}
      showAgency={showAgencies}
      submitLabel={person ? 'Save changes' : 'Add person'}
      onSave={(fields, details) => {
        savePerson(docs, person?.id ?? null, fields, details)
        close()
      }}
      onCancel={close}
    />
  )

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
                    {formFor(person)}
                  </li>
                ) : (
                  <PersonItem
                    key={person.id}
                    person={person}
                    isChild={childIds.includes(person.id)}
                    showAgency={showAgencies}
                    onEdit={editable ? () => setEditing(person.id) : undefined}
                    onRemove={editable && mayRemove ? () => setRemoving(person) : undefined}
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
            {formFor(null)}
          </section>
        ) : (
          <FocusableButton takeFocus={returnTo === 'new'} onClick={() => setEditing('new')}>
            Add person
          </FocusableButton>
        ))}
      {removing && (
        <RemovePersonDialog
          docs={docs}
          person={removing}
          onRemoved={() => setRemoving(null)}
          onKeep={() => {
            setReturnTo(removing.id)
            setRemoving(null)
          }}
        />
      )}
    </div>
  )
}

interface PersonItemProps {
  person: Person
  isChild: boolean
  showAgency: boolean
  onEdit?: () => void
  onRemove?: () => void
  takeFocus: boolean
}

function PersonItem({ person, isChild, showAgency, onEdit, onRemove, takeFocus }: PersonItemProps) {
  const description = [person.relationship, showAgency ? person.agency : ''].filter(Boolean).join(', ')
  return (
    <li className="person">
      <div className="person__who">
        <strong>{personName(person)}</strong>
        {isChild && <span className="tag">Child</span>}
        {person.died && <span className="tag">Died</span>}
        {description && <span className="person__description">{description}</span>}
      </div>
      {(onEdit || onRemove) && (
        <div className="person__actions">
          {onEdit && (
            <FocusableButton takeFocus={takeFocus} className="button button--quiet" onClick={onEdit}>
              Edit<span className="visually-hidden"> {person.name}</span>
            </FocusableButton>
          )}
          {onRemove && (
            <button type="button" className="button button--quiet button--danger-text" aria-label={`Remove ${person.name} from the map…`} onClick={onRemove}>
              Remove…
            </button>
          )}
        </div>
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
