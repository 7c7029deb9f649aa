import { useState, type FormEvent } from 'react'
import {
  COUPLE_STATUSES,
  DIRECTED_EMOTIONAL_KINDS,
  EMOTIONAL_KINDS,
  PARENT_KINDS,
  type CoupleStatus,
  type EmotionalKind,
  type ParentKind,
  type Person,
} from '../../shared/model'
import { addRelationship, relationshipRefusal, type NewRelationship } from '../../shared/model/genogram'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { personName } from '../map/peopleToChoose'
import { useGenogramOnCanvas } from './genogram-context'
import { drawnPeople } from './drawnPeople'
import { COUPLE_STATUS_NAMES, emotionalKindName, PARENT_KIND_NAMES } from './relationshipWords'

type How = 'couple' | 'parentOf' | 'childOf' | 'twins' | 'emotional'

interface Draft {
  otherId: string
  how: How
  status: CoupleStatus
  from: string
  to: string
  parentKind: ParentKind
  identical: boolean
  emotionalKind: EmotionalKind
  /** For a directed emotional relationship: whether it goes from this person to the other. */
  outwards: boolean
}

/** A year as typed, or null; undefined when it is not a year. */
function yearOf(text: string): number | null | undefined {
  if (!text.trim()) return null
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined
}

/** The relationship the form describes, or what is wrong with what was typed. */
function relationshipOf(person: Person, draft: Draft): NewRelationship | string {
  if (!draft.otherId) return 'Choose who they are related to.'
  const [a, b] = [person.id, draft.otherId]
  switch (draft.how) {
    case 'couple': {
      const [from, to] = [yearOf(draft.from), yearOf(draft.to)]
      if (from === undefined || to === undefined) return 'Enter years as four figures, for example 2015.'
      return { kind: 'couple', partnerIds: [a, b], status: draft.status, from, to }
    }
    case 'parentOf':
      return { kind: 'parent', parentId: a, childId: b, parentKind: draft.parentKind }
    case 'childOf':
      return { kind: 'parent', parentId: b, childId: a, parentKind: draft.parentKind }
    case 'twins':
      return { kind: 'twins', personIds: [a, b], identical: draft.identical }
    case 'emotional':
      return { kind: 'emotional', fromId: draft.outwards ? a : b, toId: draft.outwards ? b : a, emotionalKind: draft.emotionalKind }
  }
}

/**
 * Relating a person to someone already on the genogram: a couple, a parent, twins, or an
 * emotional relationship (with its direction where the notation has one). The genogram's rules
 * are asked first: what they refuse is said in plain words and nothing is written.
 */
export function RelateTo({ person, onDone }: { person: Person; onDone(): void }) {
  const { docs, genogram } = useGenogramOnCanvas()
  const [draft, setDraft] = useState<Draft>({
    otherId: '',
    how: 'couple',
    status: 'married',
    from: '',
    to: '',
    parentKind: 'birth',
    identical: false,
    emotionalKind: 'close',
    outwards: true,
  })
  const [refusal, setRefusal] = useState<string | null>(null)
  const set = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }))
  const others = drawnPeople(genogram.people).filter((other) => other.id !== person.id)
  const other = others.find((candidate) => candidate.id === draft.otherId)
  const name = personName(person)
  const them = other ? personName(other) : 'them'
  const id = `relate-${person.id}`

  function submit(event: FormEvent) {
    event.preventDefault()
    const relationship = relationshipOf(person, draft)
    if (typeof relationship === 'string') return setRefusal(relationship)
    const refused = relationshipRefusal(genogram, relationship)
    if (refused) return setRefusal(refused)
    try {
      addRelationship(docs.shared, relationship)
      onDone()
    } catch (failure) {
      setRefusal(describeError(failure))
    }
  }

  const hows: Record<How, string> = {
    couple: `${name} and ${them} are a couple`,
    parentOf: `${name} is ${them === 'them' ? 'their' : `${them}’s`} parent`,
    childOf: `${them === 'them' ? 'They are' : `${them} is`} ${name}’s parent`,
    twins: `${name} and ${them} are twins`,
    emotional: 'An emotional relationship',
  }

  return (
    <form className="form genogram-panel__section" aria-labelledby={`${id}-heading`} onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onDone()}>
      <h3 id={`${id}-heading`}>Relate {name} to someone</h3>
      <ErrorMessage message={refusal} />
      <div className="field">
        <label htmlFor={`${id}-other`}>Who</label>
        <select id={`${id}-other`} autoFocus value={draft.otherId} onChange={(event) => set({ otherId: event.target.value })}>
          <option value="" disabled>
            Choose a person…
          </option>
          {others.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {personName(candidate)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-how`}>How they are related</label>
        <select id={`${id}-how`} value={draft.how} onChange={(event) => set({ how: event.target.value as How })}>
          {(Object.keys(hows) as How[]).map((how) => (
            <option key={how} value={how}>
              {hows[how]}
            </option>
          ))}
        </select>
      </div>
      {draft.how === 'couple' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-status`}>How they are together</label>
            <select id={`${id}-status`} value={draft.status} onChange={(event) => set({ status: event.target.value as CoupleStatus })}>
              {COUPLE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {COUPLE_STATUS_NAMES[status]}
                </option>
              ))}
            </select>
          </div>
          <div className="genogram-panel__years">
            <div className="field">
              <label htmlFor={`${id}-from`}>Year they got together</label>
              <input id={`${id}-from`} inputMode="numeric" maxLength={4} value={draft.from} onChange={(event) => set({ from: event.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>Year they parted</label>
              <input id={`${id}-to`} inputMode="numeric" maxLength={4} value={draft.to} onChange={(event) => set({ to: event.target.value })} />
            </div>
          </div>
        </>
      )}
      {(draft.how === 'parentOf' || draft.how === 'childOf') && (
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind of parent</label>
          <select id={`${id}-kind`} value={draft.parentKind} onChange={(event) => set({ parentKind: event.target.value as ParentKind })}>
            {PARENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {PARENT_KIND_NAMES[kind]}
              </option>
            ))}
          </select>
        </div>
      )}
      {draft.how === 'twins' && (
        <div className="choice">
          <input id={`${id}-identical`} type="checkbox" checked={draft.identical} onChange={(event) => set({ identical: event.target.checked })} />
          <label htmlFor={`${id}-identical`}>Identical twins</label>
        </div>
      )}
      {draft.how === 'emotional' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-emotional`}>What it is like</label>
            <select id={`${id}-emotional`} value={draft.emotionalKind} onChange={(event) => set({ emotionalKind: event.target.value as EmotionalKind })}>
              {EMOTIONAL_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {emotionalKindName(kind)}
                </option>
              ))}
            </select>
          </div>
          {DIRECTED_EMOTIONAL_KINDS.has(draft.emotionalKind) && (
            <fieldset className="fieldset fieldset--compact">
              <legend>Direction</legend>
              {[true, false].map((outwards) => (
                <div key={String(outwards)} className="choice">
                  <input
                    id={`${id}-direction-${outwards}`}
                    type="radio"
                    name={`${id}-direction`}
                    checked={draft.outwards === outwards}
                    onChange={() => set({ outwards })}
                  />
                  <label htmlFor={`${id}-direction-${outwards}`}>{outwards ? `From ${name} to ${them}` : `From ${them} to ${name}`}</label>
                </div>
              ))}
            </fieldset>
          )}
        </>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          Add relationship
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
