import { useEffect, useState } from 'react'
import { formatCalendarDate, londonToday } from '../../shared/london-time'

/** "14/11/2026" or "14/11/26" to "2026-11-14"; null when it is not a real date. */
function parseUkDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})\s*$/.exec(text)
  if (!match) return null
  const [day, month] = [Number(match[1]), Number(match[2])]
  const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3])
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Dates are "yyyy-mm-dd". */
type CalendarDateInputProps = { id: string; label: string } & (
  /** When something happened: required, and never in the future. */
  | { kind: 'happened'; value: string; onCommit(value: string): void }
  /** When something is due: may be in the future; emptying the field clears it. */
  | { kind: 'due'; value: string | null; onCommit(value: string | null): void }
  /** When something happened, if anyone knows: never in the future; emptying the field clears it. */
  | { kind: 'happenedIfKnown'; value: string | null; onCommit(value: string | null): void }
)

/**
 * A date typed as dd/mm/yyyy. A native date field shows the browser's own format (often
 * mm/dd/yyyy), which case records must never be read in.
 */
export function CalendarDateInput(props: CalendarDateInputProps) {
  const { id, label, value } = props
  const shown = value ? formatCalendarDate(value) : ''
  const [draft, setDraft] = useState(shown)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => setDraft(shown), [shown])

  function commit() {
    if (props.kind !== 'happened' && !draft.trim()) {
      setProblem(null)
      if (props.value !== null) props.onCommit(null)
      return
    }
    const parsed = parseUkDate(draft)
    if (!parsed) return setProblem('Enter a real date as day/month/year, for example 14/11/2026.')
    if (props.kind !== 'due' && parsed > londonToday()) return setProblem('The date cannot be in the future.')
    setProblem(null)
    if (parsed !== value) props.onCommit(parsed)
    setDraft(formatCalendarDate(parsed))
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        Day/month/year, for example 14/11/2026.
      </p>
      {problem && (
        <p className="field__error" id={`${id}-error`}>
          {problem}
        </p>
      )}
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={problem ? true : undefined}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            commit()
          }
        }}
      />
    </div>
  )
}
