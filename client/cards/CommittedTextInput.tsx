import { useEffect, useState, type InputHTMLAttributes } from 'react'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string
  onCommit(value: string): void
}

/**
 * A text field over a shared value: it sends the value when the person leaves the field or
 * presses Enter, not on every keystroke, and takes other people's changes while not being typed in.
 */
export function CommittedTextInput({ value, onCommit, onBlur, onFocus, onKeyDown, ...rest }: Props) {
  const [draft, setDraft] = useState(value)
  const [typing, setTyping] = useState(false)

  useEffect(() => {
    if (!typing) setDraft(value)
  }, [value, typing])

  const commit = () => {
    if (draft.trim() !== value) onCommit(draft.trim())
  }

  return (
    <input
      {...rest}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onFocus={(event) => {
        setTyping(true)
        onFocus?.(event)
      }}
      onBlur={(event) => {
        setTyping(false)
        commit()
        onBlur?.(event)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault()
          commit()
        }
        onKeyDown?.(event)
      }}
    />
  )
}
