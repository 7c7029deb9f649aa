import { useEffect, useMemo, useRef, useState } from 'react'
import { readCaseMap, type MapDocuments, type Person } from '../../shared/model'
import { removePersonFromMap, whatNamesPerson, type PersonMentions, type RemovalChoice } from '../../shared/model/genogram'
import { describeError } from '../app/describeError'
import { ErrorMessage } from '../app/ErrorMessage'

interface RemovePersonDialogProps {
  docs: MapDocuments
  person: Person
  onRemoved(): void
  onKeep(): void
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What names a person, as lines of a list: "2 relationships on the genogram". */
export function mentionLines(mentions: PersonMentions): string[] {
  return [
    mentions.relationships.length > 0 && `${count(mentions.relationships.length, 'relationship', 'relationships')} on the genogram`,
    mentions.statements.length > 0 && `${count(mentions.statements.length, 'statement says', 'statements say')} they are worried`,
    mentions.goals.length > 0 && `${count(mentions.goals.length, 'goal names', 'goals name')} them`,
    mentions.nextSteps.length > 0 && `${count(mentions.nextSteps.length, 'next step', 'next steps')} they own`,
    mentions.cards.length > 0 && `${count(mentions.cards.length, 'card', 'cards')} they said, heard or are about`,
  ].filter((line): line is string => typeof line === 'string')
}

/**
 * Taking someone off the map, for everyone. It shows what names them and asks what becomes of
 * their relationships (gone, or their place in the family tree kept, unnamed) and of what they
 * said or are named in (their name kept as someone not on the map, or taken out).
 */
export function RemovePersonDialog({ docs, person, onRemoved, onKeep }: RemovePersonDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const mentions = useMemo(() => whatNamesPerson(readCaseMap(docs), person.id), [docs, person.id])
  const [choice, setChoice] = useState<RemovalChoice>({ relationships: 'remove', mentions: 'keepName' })
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const element = dialog.current
    element?.showModal()
    return () => element?.close()
  }, [])

  const lines = mentionLines(mentions)
  const named = lines.length > (mentions.relationships.length > 0 ? 1 : 0)

  function remove() {
    try {
      removePersonFromMap(docs, person.id, choice)
      onRemoved()
    } catch (failure) {
      setError(describeError(failure))
    }
  }

  return (
    <dialog
      ref={dialog}
      className="remove-person"
      aria-labelledby="remove-person-question"
      onCancel={(event) => {
        event.preventDefault()
        onKeep()
      }}
    >
      <h2 id="remove-person-question">Remove {person.name} from the map for everyone?</h2>
      <ErrorMessage message={error} />
      {lines.length === 0 ? (
        <p>Nothing on the map names them.</p>
      ) : (
        <>
          <p id="remove-person-named">What names them:</p>
          <ul aria-labelledby="remove-person-named">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {mentions.relationships.length > 0 && (
        <fieldset className="fieldset fieldset--compact">
          <legend>Their relationships</legend>
          <Answer name="relationships" value="remove" choice={choice} onChoose={setChoice} label="Remove them" />
          <Answer
            name="relationships"
            value="keepAsUnnamed"
            choice={choice}
            onChoose={setChoice}
            label="Keep the family tree’s shape, with an unnamed person in their place"
          />
        </fieldset>
      )}
      {named && (
        <fieldset className="fieldset fieldset--compact">
          <legend>Where they are named</legend>
          <Answer name="mentions" value="keepName" choice={choice} onChoose={setChoice} label="Keep their name in what they said or are named in" />
          <Answer name="mentions" value="remove" choice={choice} onChoose={setChoice} label="Remove them from those" />
        </fieldset>
      )}
      <div className="remove-person__buttons">
        <button type="button" className="button" autoFocus onClick={onKeep}>
          Keep {person.name}
        </button>
        <button type="button" className="button button--danger" onClick={remove}>
          Remove {person.name}
        </button>
      </div>
    </dialog>
  )
}

interface AnswerProps<K extends keyof RemovalChoice> {
  name: K
  value: RemovalChoice[K]
  choice: RemovalChoice
  label: string
  onChoose(choice: RemovalChoice): void
}

function Answer<K extends keyof RemovalChoice>({ name, value, choice, label, onChoose }: AnswerProps<K>) {
  const id = `remove-person-${name}-${value}`
  return (
    <div className="choice">
      <input id={id} type="radio" name={`remove-person-${name}`} checked={choice[name] === value} onChange={() => onChoose({ ...choice, [name]: value })} />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}
