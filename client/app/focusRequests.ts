import { createContext, useContext } from 'react'

/**
 * Where the keyboard should go once a change has re-rendered a view: something just added or
 * moved is a new element, so its own mount takes the focus that was asked for it.
 */
export interface FocusRequests<Target extends string> {
  request(target: Target): void
  /** True once for the target that was asked for; the caller then focuses itself. */
  claim(target: Target): boolean
}

export function createFocusRequests<Target extends string>(): FocusRequests<Target> {
  let pending: Target | null = null
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

/** A view's own focus requests, typed by the targets it has. */
export function focusRequestsContext<Target extends string>() {
  const Context = createContext<FocusRequests<Target>>(createFocusRequests<Target>())
  return { Context, useFocusRequests: () => useContext(Context) }
}
