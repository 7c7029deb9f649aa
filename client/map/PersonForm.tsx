import { useState, type FormEvent } from 'react'
import { PERSON_GROUPS, type Person, type PersonGroup } from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { PERSON_GROUP_NAMES } from './personGroups'
import { TextField } from '../app/TextField'

export type PersonDraft = Pick<Person, 'name' | 'relationship' | 'agency' | 'group'>

interface PersonFormProps {
  /** Unique prefix for element ids. */
  id: string
  initial: PersonDraft
  submitLabel: string
  /** Saves the person; a thrown error is shown and the form stays open. */
  onSave(person: PersonDraft): void
  onCancel(): void
}

export function PersonForm({ id, initial, submitLabel, onSave, onCancel }: PersonFormProps) {
  const [draft, setDraft] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const set = (change: Partial<PersonDraft>) => setDraft((current) => ({ ...current, ...change }))

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (!draft.name.trim()) return setError('Enter the person’s name.')
    try {
      onSave({ ...draft, name: draft.name.trim(), relationship: draft.relationship.trim(), agency: draft.agency.trim() })
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <form className="form person-form" onSubmit={handleSubmit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <ErrorMessage message={error} />
      <TextField id={`${id}-name`} label="Name" autoFocus maxLength={120} value={draft.name} onValue={(name) => set({ name })} />
      <TextField
        id={`${id}-relationship`}
        label="Relationship to the child, or role"
        maxLength={120}
        value={draft.relationship}
        onValue={(relationship) => set({ relationship })}
      />
      <TextField id={`${id}-agency`} label="Agency" maxLength={120} value={draft.agency} onValue={(agency) => set({ agency })} />
      <div className="field">
        <label htmlFor={`${id}-group`}>Group</label>
        <select id={`${id}-group`} value={draft.group} onChange={(event) => set({ group: event.target.value as PersonGroup })}>
          {PERSON_GROUPS.map((group) => (
            <option key={group} value={group}>
              {PERSON_GROUP_NAMES[group]}
            </option>
          ))}
        </select>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
