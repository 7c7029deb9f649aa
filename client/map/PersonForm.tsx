import { useState, type FormEvent, type ReactNode } from 'react'
import { CONSENT_TO_CONTACT, GENDERS, PERSON_GROUPS, PERSON_KINDS, SAFETY_CIRCLES, type Household, type Person, type PersonGroup } from '../../shared/model'
import { londonToday } from '../../shared/london-time'
import { CalendarDateInput } from '../app/CalendarDateInput'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { TextField } from '../app/TextField'
import { detailsFields, personFields, type DetailsDraft, type PersonDraft, type PersonFields } from './personDraft'
import { PERSON_GROUP_NAMES } from './personGroups'
import { CONSENT_NAMES, GENDER_NAMES, PERSON_KIND_NAMES, SAFETY_CIRCLE_NAMES } from './personWording'

interface PersonFormProps {
  /** Unique prefix for element ids. */
  id: string
  initial: PersonDraft
  /** The person as stored, when editing: an approximate age nobody changed keeps its day. */
  before?: Partial<Person>
  /** Contact details and consent: only when this screen has the professionals' layer open. */
  initialDetails: DetailsDraft | null
  households: readonly Household[]
  /** False in the family audience: a person's agency is a professional's contact detail. */
  showAgency: boolean
  submitLabel: string
  /** Fields of the relationship being made, when the person is added as someone's relative. */
  children?: ReactNode
  /** Saves the person; a thrown error is shown and the form stays open. */
  onSave(person: PersonFields, details: DetailsDraft | null): void
  onCancel(): void
}

/**
 * The one form for a person: who they are (shared with the family), their place in the family tree
 * and with the child, and, for professionals only, how to reach them and whether the family agrees.
 */
export function PersonForm({ id, initial, before = {}, initialDetails, households, showAgency, submitLabel, children, onSave, onCancel }: PersonFormProps) {
  const [draft, setDraft] = useState(initial)
  const [details, setDetails] = useState(initialDetails)
  const [error, setError] = useState<string | null>(null)
  const set = (change: Partial<PersonDraft>) => setDraft((current) => ({ ...current, ...change }))
  const setDetail = (change: Partial<DetailsDraft>) => setDetails((current) => current && { ...current, ...change })
  const inFamily = draft.group !== 'professional'

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const result = personFields(draft, before, londonToday())
    if ('problem' in result) return setError(result.problem)
    try {
      onSave(result.fields, details && detailsFields(details))
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <form className="form person-form" onSubmit={handleSubmit} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <ErrorMessage message={error} />
      <TextField id={`${id}-name`} label="Name" hint="Their full name." autoFocus maxLength={120} value={draft.name} onValue={(name) => set({ name })} />
      <TextField id={`${id}-known-as`} label="Known as" maxLength={80} value={draft.knownAs} onValue={(knownAs) => set({ knownAs })} />
      <TextField
        id={`${id}-relationship`}
        label="Relationship to the child, or role"
        maxLength={120}
        value={draft.relationship}
        onValue={(relationship) => set({ relationship })}
      />
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
      {showAgency && <TextField id={`${id}-agency`} label="Agency" maxLength={120} value={draft.agency} onValue={(agency) => set({ agency })} />}
      {inFamily && (
        <>
          <Choice id={`${id}-gender`} label="Gender" value={draft.gender} options={GENDERS} names={GENDER_NAMES} onChange={(gender) => set({ gender })} />
          <details className="person-form__more">
            <summary>In the family tree</summary>
            <div className="field-group">
              <Choice id={`${id}-kind`} label="This is" value={draft.kind} options={PERSON_KINDS} names={PERSON_KIND_NAMES} onChange={(kind) => set({ kind })} />
              <Born id={id} draft={draft} set={set} />
              <div className="choice">
                <input id={`${id}-died`} type="checkbox" checked={draft.hasDied} onChange={(event) => set({ hasDied: event.target.checked })} />
                <label htmlFor={`${id}-died`}>Has died</label>
              </div>
              {draft.hasDied && (
                <CalendarDateInput id={`${id}-died-on`} label="Date of death, if known" kind="happenedIfKnown" value={draft.diedOn} onCommit={(diedOn) => set({ diedOn })} />
              )}
              <div className="field">
                <label htmlFor={`${id}-household`}>Lives in the household</label>
                <select id={`${id}-household`} value={draft.householdId ?? ''} onChange={(event) => set({ householdId: event.target.value || null })}>
                  <option value="">Not in a household on the map</option>
                  {households.map((household) => (
                    <option key={household.id} value={household.id}>
                      {household.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </details>
          <details className="person-form__more">
            <summary>With the child</summary>
            <div className="field-group">
              <TextField id={`${id}-sees`} label="How often they see the child" maxLength={200} value={draft.seesChild} onValue={(seesChild) => set({ seesChild })} />
              <TextField id={`${id}-support`} label="What support they give" maxLength={500} value={draft.support} onValue={(support) => set({ support })} />
              <div className="field">
                <label htmlFor={`${id}-circle`}>Safety circle</label>
                <select id={`${id}-circle`} value={draft.circle ?? ''} onChange={(event) => set({ circle: (event.target.value || null) as PersonDraft['circle'] })}>
                  <option value="">Not placed yet</option>
                  {SAFETY_CIRCLES.map((circle) => (
                    <option key={circle} value={circle}>
                      {SAFETY_CIRCLE_NAMES[circle].name}: {SAFETY_CIRCLE_NAMES[circle].meaning.toLowerCase()}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </details>
        </>
      )}
      {details && (
        <details className="person-form__more person-form__more--professional">
          <summary>Contact and consent (professionals only)</summary>
          <div className="field-group">
            <TextField id={`${id}-area`} label="Area they live in" maxLength={200} value={details.area} onValue={(area) => setDetail({ area })} />
            <TextField id={`${id}-phone`} label="Phone" type="tel" autoComplete="off" maxLength={40} value={details.phone} onValue={(phone) => setDetail({ phone })} />
            <Choice
              id={`${id}-consent`}
              label="Does the family agree to them being contacted?"
              value={details.consent}
              options={CONSENT_TO_CONTACT}
              names={CONSENT_NAMES}
              onChange={(consent) => setDetail({ consent })}
            />
            {details.consent !== 'notAsked' && (
              <CalendarDateInput id={`${id}-consent-on`} label="When the family said so" kind="happenedIfKnown" value={details.consentOn} onCommit={(consentOn) => setDetail({ consentOn })} />
            )}
            <div className="choice">
              <input
                id={`${id}-kinship`}
                type="checkbox"
                checked={details.possibleKinshipCarer}
                onChange={(event) => setDetail({ possibleKinshipCarer: event.target.checked })}
              />
              <label htmlFor={`${id}-kinship`}>Possible kinship carer</label>
            </div>
          </div>
        </details>
      )}
      {children}
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

function Born({ id, draft, set }: { id: string; draft: PersonDraft; set(change: Partial<PersonDraft>): void }) {
  const answers = { date: 'Date of birth', age: 'Approximate age', notKnown: 'Not known' } as const
  return (
    <fieldset className="fieldset fieldset--compact">
      <legend>Born</legend>
      {(Object.keys(answers) as PersonDraft['born'][]).map((answer) => (
        <div key={answer} className="choice">
          <input id={`${id}-born-${answer}`} type="radio" name={`${id}-born`} checked={draft.born === answer} onChange={() => set({ born: answer })} />
          <label htmlFor={`${id}-born-${answer}`}>{answers[answer]}</label>
        </div>
      ))}
      {draft.born === 'date' && (
        <CalendarDateInput id={`${id}-born-on`} label="Date of birth" kind="happenedIfKnown" value={draft.bornOn} onCommit={(bornOn) => set({ bornOn })} />
      )}
      {draft.born === 'age' && (
        <TextField id={`${id}-age`} label="Age now, in years" inputMode="numeric" maxLength={3} value={draft.age} onValue={(age) => set({ age })} />
      )}
    </fieldset>
  )
}

interface ChoiceProps<T extends string> {
  id: string
  label: string
  value: T
  options: readonly T[]
  names: Record<T, string>
  onChange(value: T): void
}

function Choice<T extends string>({ id, label, value, options, names, onChange }: ChoiceProps<T>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {names[option]}
          </option>
        ))}
      </select>
    </div>
  )
}
