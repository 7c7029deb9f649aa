import type { InputHTMLAttributes } from 'react'

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  id: string
  label: string
  /** Shown under the label and read out with the field. */
  hint?: string
  value: string
  onValue: (value: string) => void
}

/** A labelled text input, with its hint tied to it for screen readers. */
export function TextField({ id, label, hint, value, onValue, ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <input id={id} aria-describedby={hintId} value={value} onChange={(event) => onValue(event.target.value)} {...input} />
    </div>
  )
}
