import { useState } from 'react'

interface ChooseAndAddProps {
  id: string
  label: string
  hint: string
  options: { value: string; label: string }[]
  /** "Choose a person"; and what the select says when nothing is left. */
  placeholder: string
  noneLeft: string
  /** The rest of the Add button's name for a screen reader: "to the safety network (…)". */
  addName: string
  /** Said when Add is pressed with nothing chosen. */
  nothingChosen: string
  onAdd(value: string): void
  onNothingChosen(message: string): void
}

/**
 * A select and an Add button: browsing a closed select fires change events, so choosing only
 * chooses. If someone else adds the chosen option first, the select shows nothing chosen.
 */
export function ChooseAndAdd({ id, label, hint, options, placeholder, noneLeft, addName, nothingChosen, onAdd, onNothingChosen }: ChooseAndAddProps) {
  const [choice, setChoice] = useState('')
  const chosen = options.some((option) => option.value === choice) ? choice : ''
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-add`}>{label}</label>
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
        <select id={`${id}-add`} aria-describedby={`${id}-hint`} value={chosen} onChange={(event) => setChoice(event.target.value)}>
          <option value="" disabled>
            {options.length === 0 ? noneLeft : placeholder}
          </option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          if (!chosen) return onNothingChosen(nothingChosen)
          onAdd(chosen)
          setChoice('')
        }}
      >
        Add<span className="visually-hidden"> {addName}</span>
      </button>
    </>
  )
}
