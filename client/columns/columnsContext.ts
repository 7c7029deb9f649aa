import { createContext, useContext } from 'react'
import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import type { CardLayer, Person } from '../../shared/model'
import type { MapViewContext } from '../map/mapView'

/** What every domain and card of the three-column view needs, given once. */
export interface ColumnsContextValue extends MapViewContext {
  people: Person[]
  childIds: string[]
  /** The document and connection of a card layer; absent when this person cannot read it. */
  layer(layer: CardLayer): { doc: Y.Doc; provider: WebsocketProvider } | null
  mayEdit(layer: CardLayer): boolean
}

export const ColumnsContext = createContext<ColumnsContextValue | null>(null)

export function useColumns(): ColumnsContextValue {
  const value = useContext(ColumnsContext)
  if (!value) throw new Error('useColumns is used outside the three-column view.')
  return value
}
