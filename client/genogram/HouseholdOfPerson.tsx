import { useState } from 'react'
import { updatePerson, type Person } from '../../shared/model'
import { addHousehold } from '../../shared/model/genogram'
import { ErrorMessage } from '../app/ErrorMessage'
import { useChange } from '../app/useChange'
import { useGenogramOnCanvas } from './genogram-context'

const NEW = 'new'

/** Which household a person lives in, or a new one: the genogram draws a boundary around each. */
export function HouseholdOfPerson({ person }: { person: Person }) {
  const { docs, genogram } = useGenogramOnCanvas()
  const { error, setError, change } = useChange()
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState('')
  const id = `household-${person.id}`

  function choose(value: string) {
    if (value === NEW) return setNaming(true)
    setNaming(false)
    change(() => updatePerson(docs.shared, person.id, { householdId: value || null }))
  }

  function addAndMoveIn() {
    if (!name.trim()) return setError('Give the household a name, for example “Sophie’s flat”.')
    change(() =>
      docs.shared.transact(() => {
        const householdId = addHousehold(docs.shared, name.trim())
        updatePerson(docs.shared, person.id, { householdId })
      }),
    )
    setNaming(false)
    setName('')
  }

  return (
    <div className="genogram-panel__household">
      <div className="field">
        <label htmlFor={id}>Lives in the household</label>
        <select id={id} value={naming ? NEW : (person.householdId ?? '')} onChange={(event) => choose(event.target.value)}>
          <option value="">Not in a household on the map</option>
          {genogram.households.map((household) => (
            <option key={household.id} value={household.id}>
              {household.name}
            </option>
          ))}
          <option value={NEW}>A new household…</option>
        </select>
      </div>
      {naming && (
        <div className="field">
          <label htmlFor={`${id}-name`}>Name of the new household</label>
          <div className="field--row">
            <input id={`${id}-name`} autoFocus maxLength={120} value={name} onChange={(event) => setName(event.target.value)} onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                addAndMoveIn()
              }
            }} />
            <button type="button" className="button" onClick={addAndMoveIn}>
              Add household
            </button>
          </div>
        </div>
      )}
      <ErrorMessage message={error} />
    </div>
  )
}
