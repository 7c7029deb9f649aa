import { createContext, useContext } from 'react'
import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import type { Audience } from '../../shared/audience'
import type { Framework } from '../../shared/framework'
import { cardsOf, type CardLayer, type MapDocuments, type Person } from '../../shared/model'
import type { CanvasViewProps } from '../map/CanvasViewProps'

/**
 * What shapes and canvas layers drawn inside tldraw need from the map page. tldraw renders them in
 * our React tree, so a context reaches them; shape props stay geometry and a card id.
 */
export interface MapOnCanvas {
  docs: MapDocuments
  providers: CanvasViewProps['providers']
  user: CanvasViewProps['user']
  framework: Framework
  /** The family audience words the domains plainly (and has no professional layer open). */
  audience: Audience
  /** The map's people, for saying who said what. */
  people: Person[]
  /** The layers this person may change; the record layer is never one of them. */
  editable: ReadonlySet<CardLayer>
}

export const MapOnCanvasContext = createContext<MapOnCanvas | null>(null)

export function useMapOnCanvas(): MapOnCanvas {
  const value = useContext(MapOnCanvasContext)
  if (!value) throw new Error('useMapOnCanvas is used outside the canvas.')
  return value
}

/** The document and sync connection of a layer, when this person has that layer open. */
export function layerOf(map: Pick<MapOnCanvas, 'docs' | 'providers'>, layer: CardLayer): { doc: Y.Doc; provider: WebsocketProvider } | null {
  const doc = map.docs[layer]
  const provider = map.providers[layer]
  return doc && provider ? { doc, provider } : null
}

/** The layer holding a card; a card never changes layer. */
export const cardLayerIn = (map: Pick<MapOnCanvas, 'docs'>, cardId: string): CardLayer =>
  map.docs.professional && cardsOf(map.docs.professional).has(cardId) ? 'professional' : 'shared'
