import { createContext, useContext } from 'react'
import type { PairInWords } from '../analysis/pairsInWords'

/**
 * The map's pairs in words, for the pair shapes drawn inside tldraw. A context of its own, not part
 * of `MapOnCanvas`: a keystroke in a statement re-renders the pairs, never the cards.
 */
export const PairsOnCanvasContext = createContext<ReadonlyMap<string, PairInWords>>(new Map())

export const usePairOnCanvas = (statementId: string): PairInWords | undefined => useContext(PairsOnCanvasContext).get(statementId)
