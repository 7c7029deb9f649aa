import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import {
  atom,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  defaultShapeUtils,
  Tldraw,
  UserRecordType,
  type Editor,
  type TldrawOptions,
  type TLShapeId,
} from 'tldraw'
import 'tldraw/tldraw.css'
import { zones } from '../../shared/canvas-layout'
import { domainLabel } from '../../shared/framework'
import { CARD_LAYERS, KNOWLEDGE_NAMES } from '../../shared/model'
import { readCard } from '../cards/readCard'
import type { CanvasViewProps } from '../map/CanvasViewProps'
import { usePeople } from '../map/usePeople'
import { bindLayers, type LayersBinding } from './bind-layers'
import { bindPresence } from './bind-presence'
import { canvasComponents, canvasOverrides } from './canvas-chrome'
import { isCardShape } from './card-shape-type'
import { CardShapeUtil } from './CardShapeUtil'
import { cardLayerIn, layerOf, MapOnCanvasContext, type MapOnCanvas } from './map-context'
import { RemoveCardsDialog } from './RemoveCardsDialog'
import './canvas.css'

// Fonts, icons and translations come with the app, never from tldraw's CDN (TECH-NOTES §1.2).
const assetUrls = getAssetUrlsByImport()
// A double-click on the map adds a card (useAddCardOnDoubleClick), not a text shape.
const options: Partial<TldrawOptions> = { createTextOnCanvasDoubleClick: false, maxPages: 1 }
const EDGE = 24 // screen pixels between the map and the sides of the view
const TOP = 72 // room above the map for the "Add card" buttons and quick actions

const userRecord = (user: CanvasViewProps['user']) =>
  UserRecordType.create({ id: createUserId(user.id), name: user.name, color: user.color })

type Props = CanvasViewProps & {
  /** tldraw's licence key from the session (`tldrawLicenseKey`); without one, localhost shows a watermark. */
  licenseKey?: string
}

/**
 * The case map as a whiteboard: the map's zones, its cards as shapes, free drawing, and everyone's
 * cursors. tldraw is only a view: cards live in the layers' card maps, shapes in their canvases.
 */
export function CanvasView({ docs, providers, access, user, framework, licenseKey }: Props) {
  const people = usePeople(docs.shared)
  const editable = useMemo(
    () => new Set(CARD_LAYERS.filter((layer) => (layer === 'shared' ? access.shared : access.professional) === 'edit' && docs[layer])),
    [access.shared, access.professional, docs],
  )
  const map: MapOnCanvas = useMemo(
    () => ({ docs, providers, user, framework, people, editable }),
    [docs, providers, user, framework, people, editable],
  )
  // Handlers bound once per editor (shape options, actions, the binding) read the map as it is now.
  const current = useRef(map)
  current.current = map

  const [$user] = useState(() => atom('Kinmap user', userRecord(user)))
  useEffect(() => {
    $user.set(userRecord(user))
  }, [$user, user])
  const readonly = access.shared !== 'edit'
  const [$mode] = useState(() => atom<'readonly' | 'readwrite'>('Kinmap access', readonly ? 'readonly' : 'readwrite'))
  useEffect(() => {
    $mode.set(readonly ? 'readonly' : 'readwrite')
  }, [$mode, readonly])

  const shapeUtils = useMemo(
    () => [
      CardShapeUtil.configure({
        mayEdit: (cardId) => current.current.editable.has(cardLayerIn(current.current, cardId)),
        describe: (cardId) => describeCard(current.current, cardId),
      }),
    ],
    [],
  )
  // One store per map: another map's documents start from an empty canvas.
  const store = useMemo(
    () =>
      createTLStore({
        shapeUtils: [...defaultShapeUtils, ...shapeUtils],
        bindingUtils: defaultBindingUtils,
        users: { currentUser: $user },
        collaboration: { status: null, mode: $mode },
      }),
    [docs, shapeUtils, $user, $mode],
  )
  const overrides = useMemo(() => canvasOverrides(() => current.current, editable), [editable])

  const [removing, setRemoving] = useState(0)
  const binding = useRef<LayersBinding | null>(null)

  const onMount = useCallback(
    (editor: Editor) => {
      const layers = CARD_LAYERS.flatMap((layer) => (docs[layer] ? [{ layer, doc: docs[layer] }] : []))
      binding.current = bindLayers(editor, layers, {
        mayEdit: (layer) => current.current.editable.has(layer),
        onRemovingCards: setRemoving,
      })
      const stopPresence = bindPresence(editor.store, providers.shared.awareness, $user, (shapeId: TLShapeId) => {
        const shape = editor.getShape(shapeId)
        return shape !== undefined && isCardShape(shape) && cardLayerIn(current.current, shape.props.cardId) === 'professional'
      })
      showMapWidth(editor)
      return () => {
        binding.current?.unbind()
        binding.current = null
        stopPresence()
      }
    },
    [docs, providers, $user],
  )

  const settleRemoval = (remove: boolean) => {
    if (remove) binding.current?.confirmRemoval()
    else binding.current?.cancelRemoval()
    setRemoving(0)
  }

  return (
    <div className="kinmap-canvas">
      <MapOnCanvasContext.Provider value={map}>
        <Tldraw
          store={store}
          shapeUtils={shapeUtils}
          assetUrls={assetUrls}
          licenseKey={licenseKey}
          locale="en"
          components={canvasComponents}
          overrides={overrides}
          options={options}
          onMount={onMount}
        />
      </MapOnCanvasContext.Provider>
      {removing > 0 && <RemoveCardsDialog count={removing} onDelete={() => settleRemoval(true)} onKeep={() => settleRemoval(false)} />}
    </div>
  )
}

export default CanvasView

/** Opens on the whole width of the map, its top in view. */
function showMapWidth(editor: Editor) {
  const { bounds } = zones()
  const view = editor.getViewportScreenBounds()
  const z = Math.min(1, Math.max(0.1, (view.w - 2 * EDGE) / bounds.w))
  editor.setCamera({ x: EDGE / z - bounds.x, y: TOP / z - bounds.y, z }, { immediate: true })
}

/** What a screen reader hears for a card shape. */
function describeCard(map: MapOnCanvas, cardId: string): string | undefined {
  const layer = cardLayerIn(map, cardId)
  const open = layerOf(map, layer)
  const card = open && readCard(open.doc, layer, cardId)
  if (!card) return undefined
  const privacy = layer === 'professional' ? ', professionals only' : ''
  return `${KNOWLEDGE_NAMES[card.knowledge]} in ${domainLabel(map.framework, card.domain)}${privacy}: ${card.text || 'no text yet'}`
}
