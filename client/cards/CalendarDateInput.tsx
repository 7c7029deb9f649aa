import { useEffect, useState } from 'react'
import { formatCalendarDate, londonToday } from '../app/londonTime'

/** "14/11/2026" or "14/11/26" to "2026-11-14"; null when it is not a real date. */
export function parseUkDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})\s*$/.exec(text)
  if (!match) return null
  const [day, month] = [Number(match[1]), Number(match[2])]
  const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3])
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

interface CalendarDateInputProps {
  id: string
  label: string
  /** "yyyy-mm-dd". */
  value: string
  onCommit(value: string): void
}

/**
 * A past date typed as dd/mm/yyyy. A native date field shows the browser's own format (often
 * mm/dd/yyyy), which case records must never be read in.
 */
export function CalendarDateInput({ id, label, value, onCommit }: CalendarDateInputProps) {
  const [draft, setDraft] = useState(formatCalendarDate(value))
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => setDraft(formatCalendarDate(value)), [value])

  function commit() {
    const parsed = parseUkDate(draft)
    if (!parsed) return setProblem('Enter a real date as day/month/year, for example 14/11/2026.')
    if (parsed > londonToday()) return setProblem('The date cannot be in the future.')
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
