import { createContext, useContext } from 'react'
import type { Badge } from '../../shared/coach'
import type { PairWording } from '../../shared/framework'
import type { Card } from '../../shared/model'
import type { MapViewContext } from '../map/mapView'
import type { Analysis } from './useAnalysis'

/** What every pair, bottom line and next step of the analysis view needs, given once. */
export interface AnalysisContextValue extends MapViewContext {
  analysis: Analysis
  badges: Badge[]
  /** The shared layer's cards: what a statement may rest on, and what its links are quoted from. */
  sharedCards: Card[]
  /** Today in London, "yyyy-mm-dd": what "overdue" is measured against. */
  today: string
  wording: PairWording
  /** Whether this person may write the shared layer (not an observer). */
  mayEdit: boolean
  /** Whether this person may record sharing and agreement (owners and professionals). */
  mayDecide: boolean
}

export const AnalysisContext = createContext<AnalysisContextValue | null>(null)

export function useAnalysisView(): AnalysisContextValue {
  const value = useContext(AnalysisContext)
  if (!value) throw new Error('useAnalysisView is used outside the analysis view.')
  return value
}
