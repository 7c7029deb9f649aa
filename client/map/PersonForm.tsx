import { useState, type FormEvent } from 'react'
import { PERSON_GROUPS, type Person, type PersonGroup } from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { PERSON_GROUP_NAMES } from './personGroups'

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
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} autoFocus maxLength={120} value={draft.name} onChange={(event) => set({ name: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-relationship`}>Relationship to the child, or role</label>
        <input
          id={`${id}-relationship`}
          maxLength={120}
          value={draft.relationship}
          onChange={(event) => set({ relationship: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-agency`}>Agency</label>
        <input id={`${id}-agency`} maxLength={120} value={draft.agency} onChange={(event) => set({ agency: event.target.value })} />
      </div>
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
