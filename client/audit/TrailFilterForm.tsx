import { useEffect, useState, type FormEvent } from 'react'
import { TextField } from '../app/TextField'
import { CalendarDateInput } from '../app/CalendarDateInput'
import type { TrailFilters } from './trail'

interface TrailFilterFormProps {
  kinds: { event: string; name: string }[]
  applied: TrailFilters
  onApply(filters: TrailFilters): void
}

const NO_FILTERS: TrailFilters = { event: '', actor: '', mapId: '', from: '', to: '' }

/** Narrows the trail: applied on "Show events" (days as soon as they are entered), so the table does not jump while someone types. */
export function TrailFilterForm({ kinds, applied, onApply }: TrailFilterFormProps) {
  const [draft, setDraft] = useState(applied)
  useEffect(() => setDraft(applied), [applied])
  const set = (name: 'event' | 'actor' | 'mapId') => (value: string) => setDraft((current) => ({ ...current, [name]: value }))
  // A day is taken when its field is left (not per keystroke), and applied at once: its error
  // message vanishing on that blur moves the buttons, and a click on "Show events" could miss.
  const applyDay = (name: 'from' | 'to') => (value: string | null) => onApply({ ...draft, [name]: value ?? '' })

  function submit(event: FormEvent) {
    event.preventDefault()
    onApply(draft)
  }

  return (
    <form className="panel trail-filters" onSubmit={submit} aria-labelledby="trail-filters-heading">
      <h2 id="trail-filters-heading">Filter the trail</h2>
      <div className="trail-filters__fields">
        <div className="field">
          <label htmlFor="trail-event">Kind of event</label>
          <select id="trail-event" value={draft.event} onChange={(change) => set('event')(change.target.value)}>
            <option value="">Any kind</option>
            {kinds.map((kind) => (
              <option key={kind.event} value={kind.event}>
                {kind.name}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="trail-actor"
          label="Person"
          hint="An account or invitation id, from the Who column."
          value={draft.actor}
          onValue={set('actor')}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField id="trail-map" label="Map id" hint="From the Map column." value={draft.mapId} onValue={set('mapId')} autoComplete="off" spellCheck={false} />
        {/* Either day may be left empty ("due" dates may be); a day in the future is allowed, if pointless. */}
        <CalendarDateInput id="trail-from" label="From" kind="due" value={draft.from || null} onCommit={applyDay('from')} />
        <CalendarDateInput id="trail-to" label="To (including that day)" kind="due" value={draft.to || null} onCommit={applyDay('to')} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          Show events
        </button>
        <button type="button" className="button" onClick={() => onApply(NO_FILTERS)}>
          Clear filters
        </button>
      </div>
    </form>
  )
}
