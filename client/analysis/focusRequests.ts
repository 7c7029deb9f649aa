import { createContext, useContext } from 'react'

/**
 * Where the keyboard should go once a change has re-rendered the view: a statement just added is
 * a new element, so its own mount takes the focus that was asked for it.
 */
export interface AnalysisFocus {
  request(target: string): void
  /** True once for the target that was asked for; the caller then focuses itself. */
  claim(target: string): boolean
}

export function createAnalysisFocus(): AnalysisFocus {
  let pending: string | null = null
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

export const AnalysisFocusContext = createContext<AnalysisFocus>(createAnalysisFocus())
export const useAnalysisFocus = () => useContext(AnalysisFocusContext)
