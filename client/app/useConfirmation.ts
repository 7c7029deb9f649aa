import { useEffect, useRef, useState } from 'react'

/**
 * A question asked before something that cannot be undone. The keyboard goes to the safe answer
 * when the question opens, and back to the button that asked when it closes.
 */
export function useConfirmation() {
  const [confirming, setConfirming] = useState(false)
  const askButton = useRef<HTMLButtonElement>(null)
  const safeAnswer = useRef<HTMLButtonElement>(null)
  const asked = useRef(false)

  useEffect(() => {
    if (confirming) safeAnswer.current?.focus()
    else if (asked.current) askButton.current?.focus()
    asked.current = confirming
  }, [confirming])

  return { confirming, ask: () => setConfirming(true), cancel: () => setConfirming(false), askButton, safeAnswer }
}
