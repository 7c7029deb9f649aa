import { useState } from 'react'
import type * as Y from 'yjs'
import {
  describePersonRef,
  KNOWLEDGE_KINDS,
  KNOWLEDGE_NAMES,
  updateCard,
  type Card,
  type CardChange,
  type Knowledge,
  type Person,
  type PersonRef,
} from '../../shared/model'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'
import { formatCalendarDate, londonToday } from '../../shared/london-time'
import { CalendarDateInput } from '../app/CalendarDateInput'
import { CommittedTextInput } from './CommittedTextInput'
import { MoveCardBetweenLayers } from './MoveCardBetweenLayers'
import { PersonRefField } from './PersonRefField'
import './card-details.css'

export interface CardDetailsProps {
  /** The document of the card's layer (card.layer). */
  doc: Y.Doc
  card: Card
  /** The map's people (readPeople of the shared layer). */
  people: Person[]
  /** The people the map is about (settings.childIds). */
  childIds: string[]
  editable: boolean
  /** Who is editing: the default listener when a card becomes the child's own words. */
  user: { id: string; name: string }
}

/** The facts about a card beside its text: what kind of knowledge, whose, and about which child. */
export function CardDetails({ doc, card, people, childIds, editable, user }: CardDetailsProps) {
  const [error, setError] = useState<string | null>(null)
  const idPrefix = `card-${card.id}`
  const childName = (personId: string) => people.find((person) => person.id === personId)?.name ?? 'A child no longer on the map'

  if (!editable) return <CardDetailsSummary card={card} people={people} childName={childName} />

  function change(patch: CardChange) {
    try {
      updateCard(doc, card.layer, card.id, patch)
      setError(null)
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  function changeKnowledge(knowledge: Knowledge) {
    if (knowledge === 'childsWords') {
      // Child's words need who heard them and when; start from the person writing, today.
      const me = people.find((person) => person.userId === user.id)
      const heardBy: PersonRef = me ? { personId: me.id } : { name: user.name, role: 'Member of staff' }
      const onlyChild = childIds.length === 1 ? childIds[0] : null
      change({
        knowledge,
        childsWords: { heardBy, heardOn: londonToday() },
        ...(card.source === null && onlyChild ? { source: { personId: onlyChild } } : {}),
      })
    } else {
      change({ knowledge, ...(card.childsWords ? { childsWords: null } : {}) })
    }
  }

  function toggleChild(personId: string, about: boolean) {
    const next = about ? [...card.childIds, personId] : card.childIds.filter((id) => id !== personId)
    change({ childIds: childIds.filter((id) => next.includes(id)) })
  }

  const kinds = KNOWLEDGE_KINDS.filter((kind) => kind !== 'thirdParty' || card.layer === 'professional')

  return (
    <div className="card-details">
      <ErrorMessage message={error} />
      <div className="field">
        <label htmlFor={`${idPrefix}-knowledge`}>Kind of knowledge</label>
        <select
          id={`${idPrefix}-knowledge`}
          value={card.knowledge}
          onChange={(event) => changeKnowledge(event.target.value as Knowledge)}
          aria-describedby={card.layer === 'shared' ? `${idPrefix}-knowledge-hint` : undefined}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {KNOWLEDGE_NAMES[kind]}
            </option>
          ))}
        </select>
        {card.layer === 'shared' && (
          <p className="field__hint" id={`${idPrefix}-knowledge-hint`}>
            Third-party information can only go on a professionals-only card.
          </p>
        )}
      </div>

      <PersonRefField
        id={`${idPrefix}-source`}
        label="Who said it"
        value={card.source}
        people={people}
        allowNone
        onChange={(source) => change({ source })}
      />

      <div className="field">
        <label htmlFor={`${idPrefix}-agency`}>Agency</label>
        <CommittedTextInput
          id={`${idPrefix}-agency`}
          maxLength={120}
          value={card.agency}
          onCommit={(agency) => change({ agency })}
        />
      </div>

      <fieldset className="fieldset fieldset--compact">
        <legend>Which children it is about</legend>
        {childIds.length === 0 && <p className="field__hint">No children are recorded on this map.</p>}
        {childIds.map((personId) => (
          <div className="choice" key={personId}>
            <input
              type="checkbox"
              id={`${idPrefix}-child-${personId}`}
              checked={card.childIds.includes(personId)}
              onChange={(event) => toggleChild(personId, event.target.checked)}
            />
            <label htmlFor={`${idPrefix}-child-${personId}`}>{childName(personId)}</label>
          </div>
        ))}
      </fieldset>

      {card.childsWords && (
        <>
          <PersonRefField
            id={`${idPrefix}-heard-by`}
            label="Heard by"
            value={card.childsWords.heardBy}
            people={people}
            allowNone={false}
            onChange={(heardBy) => heardBy && change({ childsWords: { ...card.childsWords!, heardBy } })}
          />
          <CalendarDateInput
            kind="happened"
            id={`${idPrefix}-heard-on`}
            label="Heard on"
            value={card.childsWords.heardOn}
            onCommit={(heardOn) => change({ childsWords: { ...card.childsWords!, heardOn } })}
          />
        </>
      )}

      <MoveCardBetweenLayers card={card} />
    </div>
  )
}

/** The same facts for someone who may read but not change the card. */
function CardDetailsSummary({ card, people, childName }: { card: Card; people: Person[]; childName: (id: string) => string }) {
  return (
    <dl className="card-details card-details--summary">
      <dt>Kind of knowledge</dt>
      <dd>{KNOWLEDGE_NAMES[card.knowledge]}</dd>
      <dt>Who said it</dt>
      <dd>{describePersonRef(card.source, people)}</dd>
      {card.agency && (
        <>
          <dt>Agency</dt>
          <dd>{card.agency}</dd>
        </>
      )}
      <dt>About</dt>
      <dd>{card.childIds.length ? card.childIds.map(childName).join(', ') : 'Not recorded'}</dd>
      {card.childsWords && (
        <>
          <dt>Heard by</dt>
          <dd>{describePersonRef(card.childsWords.heardBy, people)}</dd>
          <dt>Heard on</dt>
          <dd>{formatCalendarDate(card.childsWords.heardOn)}</dd>
        </>
      )}
    </dl>
  )
}
