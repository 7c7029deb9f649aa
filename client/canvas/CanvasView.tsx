import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useNavigate, useParams } from 'react-router'
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
import { domainLabel, pairKind } from '../../shared/framework'
import { CARD_LAYERS, KNOWLEDGE_NAMES } from '../../shared/model'
import { pairInAnalysis, pairsInWords, type PairInWords } from '../analysis/pairsInWords'
import { useAnalysisData } from '../analysis/useAnalysis'
import { readCard } from '../cards/readCard'
import type { CanvasViewProps } from '../map/CanvasViewProps'
import { usePeople } from '../map/usePeople'
import { GenogramOnCanvasContext } from '../genogram/genogram-context'
import { GenogramShapeUtil } from '../genogram/GenogramShapeUtil'
import { useGenogramState } from '../genogram/useGenogramState'
import { bindLayers, type LayersBinding } from './bind-layers'
import { bindPairs } from './bind-pairs'
import { bindPresence } from './bind-presence'
import { showWidthOf } from './camera'
import { canvasComponents, canvasOverrides } from './canvas-chrome'
import { isCardShape } from './card-shape-type'
import { CardShapeUtil } from './CardShapeUtil'
import { cardLayerIn, layerOf, MapOnCanvasContext, type MapOnCanvas } from './map-context'
import type { PairShape } from './pair-shape-type'
import { PairsOnCanvasContext } from './pairs-context'
import { PairShapeUtil } from './PairShapeUtil'
import { RemoveCardsDialog } from './RemoveCardsDialog'
import './canvas.css'

// Fonts, icons and translations come with the app, never from tldraw's CDN (TECH-NOTES §1.2).
const assetUrls = getAssetUrlsByImport()
// A double-click on the map adds a card (useAddCardOnDoubleClick), not a text shape.
const options: Partial<TldrawOptions> = { createTextOnCanvasDoubleClick: false, maxPages: 1 }

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
export function CanvasView({ docs, providers, access, user, framework, audience, licenseKey }: Props) {
  const people = usePeople(docs.shared)
  const editable = useMemo(
    () => new Set(CARD_LAYERS.filter((layer) => (layer === 'shared' ? access.shared : access.professional) === 'edit' && docs[layer])),
    [access.shared, access.professional, docs],
  )
  const map: MapOnCanvas = useMemo(
    () => ({ docs, providers, user, framework, audience, people, editable }),
    [docs, providers, user, framework, audience, people, editable],
  )
  // Handlers bound once per editor (shape options, actions, the binding) read the map as it is now.
  const current = useRef(map)
  current.current = map
  const analysis = useAnalysisData(docs.shared, docs.record)
  const pairs = useMemo(() => new Map(pairsInWords(analysis, framework).map((pair) => [pair.statementId, pair])), [analysis, framework])
  const navigate = useNavigate()
  const { mapId = '' } = useParams()
  // The Analysis view is the professionals' workshop; the family's screen shows the pairs, not the way in.
  const pairsNow = { pairs, open: (statementId: string) => audience === 'professional' && navigate(pairInAnalysis(mapId, statementId)) }
  const currentPairs = useRef(pairsNow)
  currentPairs.current = pairsNow
  const genogram = useGenogramState({ docs, access, audience })
  const currentGenogram = useRef(genogram)
  currentGenogram.current = genogram

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
      PairShapeUtil.configure({
        open: (statementId) => currentPairs.current.open(statementId),
        describe: (shape) => describePair(current.current, shape, currentPairs.current.pairs.get(shape.props.statementId)),
      }),
      GenogramShapeUtil.configure({
        open: () => currentGenogram.current.openPanel(),
        describe: () => `Genogram of ${Object.keys(currentGenogram.current.layout.people).length} people. Press Enter for its people and relationships as lists.`,
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
      const stopPairs = bindPairs(editor, docs.shared, layers)
      showWidthOf(editor, zones().bounds)
      return () => {
        binding.current?.unbind()
        binding.current = null
        stopPairs()
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
        <PairsOnCanvasContext.Provider value={pairs}>
          <GenogramOnCanvasContext.Provider value={genogram}>
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
          </GenogramOnCanvasContext.Provider>
        </PairsOnCanvasContext.Provider>
      </MapOnCanvasContext.Provider>
      {removing > 0 && <RemoveCardsDialog count={removing} onDelete={() => settleRemoval(true)} onKeep={() => settleRemoval(false)} />}
    </div>
  )
}

export default CanvasView

/** What a screen reader hears for a card shape. */
function describeCard(map: MapOnCanvas, cardId: string): string | undefined {
  const layer = cardLayerIn(map, cardId)
  const open = layerOf(map, layer)
  const card = open && readCard(open.doc, layer, cardId)
  if (!card) return undefined
  const privacy = layer === 'professional' ? ', professionals only' : ''
  return `${KNOWLEDGE_NAMES[card.knowledge]} in ${domainLabel(map.framework, card.domain, map.audience)}${privacy}: ${card.text || 'no text yet'}`
}

/** What a screen reader hears for a pair shape, and how to open it. */
function describePair(map: MapOnCanvas, shape: PairShape, pair: PairInWords | undefined): string | undefined {
  if (!pair) return undefined
  const { side } = shape.props
  const kind = pairKind(map.framework, side, map.audience)
  const opening = map.audience === 'professional' ? ' Press Enter to open it in the Analysis view.' : ''
  return `Pair ${pair.number}, ${kind.toLowerCase()} (${pair.stage}): ${pair[side]}${opening}`
}
