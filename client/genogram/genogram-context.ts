import { createContext, useContext } from 'react'
import type { Audience } from '../../shared/audience'
import type { MapDocuments } from '../../shared/model'
import type { Genogram } from '../../shared/model/genogram'
import type { GenogramLayout } from '../../shared/genogram/geometry'
import type { SvgNode } from '../../shared/genogram/svg-node'

/** A person being dragged on the canvas, where they are now in the drawing's own coordinates. */
export interface GenogramDrag {
  personId: string
  x: number
  y: number
}

/**
 * What the genogram on the canvas and its panel share: the genogram read live, its layout (computed
 * on this device, never stored), who is selected here and whether the panel is open. Selection is
 * this screen's own: two people can look at different people at once.
 */
export interface GenogramOnCanvas {
  docs: MapDocuments
  genogram: Genogram
  layout: GenogramLayout
  /** The drawing of `layout`, for this audience: the canvas renders it, the export writes it. */
  drawing: SvgNode
  /** The children the map is about. */
  childIds: readonly string[]
  title: string
  audience: Audience
  /** Whether this person may change the shared layer (people, relationships, pins). */
  editable: boolean
  /** Contact details and consent: the professionals' layer is open and editable here. */
  editsDetails: boolean
  /** Taking someone off the map touches the analysis: professionals only, never the family audience. */
  mayRemove: boolean
  selectedId: string | null
  panelOpen: boolean
  drag: GenogramDrag | null
  select(personId: string | null): void
  openPanel(): void
  closePanel(): void
  setDrag(drag: GenogramDrag | null): void
}

export const GenogramOnCanvasContext = createContext<GenogramOnCanvas | null>(null)

export function useGenogramOnCanvas(): GenogramOnCanvas {
  const value = useContext(GenogramOnCanvasContext)
  if (!value) throw new Error('useGenogramOnCanvas is used outside the canvas.')
  return value
}
