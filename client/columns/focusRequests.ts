import { createContext, useContext } from 'react'

/**
 * Where the keyboard should go once a change has re-rendered the view: a card moved to another
 * domain is a new element, so its own mount takes the focus that was asked for it.
 */
export type FocusTarget = `card:${string}:text` | `card:${string}:move` | `domain:${string}`

export interface FocusRequests {
  request(target: FocusTarget): void
  /** True once for the target that was asked for; the caller then focuses itself. */
  claim(target: FocusTarget): boolean
}

export function createFocusRequests(): FocusRequests {
  let pending: FocusTarget | null = null
  return {
    request(target) {
      pending = target
    },
    claim(target) {
      if (pending !== target) return false
      pending = null
      return true
    },
  }
}

export const FocusRequestsContext = createContext<FocusRequests>(createFocusRequests())
export const useFocusRequests = () => useContext(FocusRequestsContext)
