import { useEffect, useState } from 'react'
import { parseUkDate } from '../cards/CalendarDateInput'
import { formatCalendarDate } from '../app/londonTime'

interface DueDateInputProps {
  id: string
  label: string
  /** "yyyy-mm-dd", or null when no date is set. */
  value: string | null
  onCommit(value: string | null): void
}

/**
 * When a next step is due, typed as dd/mm/yyyy (a native date field shows the browser's own
 * order). Unlike a date something was heard, it may be in the future; emptying it clears it.
 */
export function DueDateInput({ id, label, value, onCommit }: DueDateInputProps) {
  const [draft, setDraft] = useState(value ? formatCalendarDate(value) : '')
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => setDraft(value ? formatCalendarDate(value) : ''), [value])

  function commit() {
    if (!draft.trim()) {
      setProblem(null)
      if (value !== null) onCommit(null)
      return
    }
    const parsed = parseUkDate(draft)
    if (!parsed) return setProblem('Enter a real date as day/month/year, for example 14/11/2026.')
    setProblem(null)
    if (parsed !== value) onCommit(parsed)
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
