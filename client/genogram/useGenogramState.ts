import { useCallback, useMemo, useRef, useState } from 'react'
import type { Audience } from '../../shared/audience'
import { drawGenogram } from '../../shared/genogram/drawing'
import type { GenogramLayout } from '../../shared/genogram/geometry'
import { layoutGenogram } from '../../shared/genogram/layout'
import type { MapDocuments } from '../../shared/model'
import type { Genogram } from '../../shared/model/genogram'
import type { MapAccess } from '../http/contract'
import { useSettings } from '../map/useSettings'
import type { GenogramDrag, GenogramOnCanvas } from './genogram-context'
import { useGenogram } from './useGenogram'

/**
 * The layout, computed on this device from the genogram and never written. The layout before
 * is passed on, so when someone else adds a person the people already drawn stay where they are;
 * while a person is dragged here they are laid out as if pinned where the pointer is, so their
 * lines follow them.
 */
function useLayout(genogram: Genogram, drag: GenogramDrag | null): GenogramLayout {
  const previous = useRef<GenogramLayout | undefined>(undefined)
  return useMemo(() => {
    const pins = drag ? { ...genogram.pins, [drag.personId]: { x: drag.x, y: drag.y } } : genogram.pins
    const layout = layoutGenogram({ people: genogram.people, relationships: genogram.relationships, pins }, previous.current)
    previous.current = layout
    return layout
  }, [genogram, drag])
}

interface GenogramStateProps {
  docs: MapDocuments
  access: MapAccess
  audience: Audience
}

/** Everything the genogram on the canvas and its panel share, for one map on this screen. */
export function useGenogramState({ docs, access, audience }: GenogramStateProps): GenogramOnCanvas {
  const genogram = useGenogram(docs.shared, docs.professional)
  const settings = useSettings(docs.record)
  const [selected, setSelected] = useState<string | null>(null)
  const [panelOpen, setPanelOpen] = useState(false)
  const [drag, setDrag] = useState<GenogramDrag | null>(null)
  const layout = useLayout(genogram, drag)
  const childIds = useMemo(() => settings?.childIds ?? [], [settings])
  const title = settings?.title ?? 'Genogram'
  const drawing = useMemo(
    () => drawGenogram(genogram, layout, { audience, childIds, title: `Genogram: ${title}` }),
    [genogram, layout, audience, childIds, title],
  )
  // Someone taken off the map on another device is no longer selected here.
  const selectedId = selected && layout.people[selected] ? selected : null
  const select = useCallback((personId: string | null) => setSelected(personId), [])
  const openPanel = useCallback(() => setPanelOpen(true), [])
  const closePanel = useCallback(() => {
    setPanelOpen(false)
    setSelected(null)
  }, [])

  return useMemo(
    () => ({
      docs,
      genogram,
      layout,
      drawing,
      childIds,
      title,
      audience,
      editable: access.shared === 'edit',
      editsDetails: access.professional === 'edit' && !!docs.professional,
      // A family member's device is always the family audience.
      mayRemove: access.shared === 'edit' && audience === 'professional',
      selectedId,
      panelOpen,
      drag,
      select,
      openPanel,
      closePanel,
      setDrag,
    }),
    [docs, genogram, layout, drawing, childIds, title, audience, access.shared, access.professional, selectedId, panelOpen, drag, select, openPanel, closePanel],
  )
}
