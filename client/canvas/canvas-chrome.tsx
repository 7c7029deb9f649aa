import {
  ArrowToolbarItem,
  DefaultStylePanel,
  DefaultToolbar,
  DrawToolbarItem,
  EllipseToolbarItem,
  EraserToolbarItem,
  HandToolbarItem,
  NoteToolbarItem,
  RectangleToolbarItem,
  SelectToolbarItem,
  TextToolbarItem,
  useEditor,
  useReadonly,
  useValue,
  type TLComponents,
  type TLUiOverrides,
} from 'tldraw'
import type { CardLayer } from '../../shared/model'
import { addCardInView } from './add-card'
import { CardPanel } from './CardPanel'
import { isCardShape } from './card-shape-type'
import { isGenogramShape } from '../genogram/genogram-shape-type'
import { isPairShape } from './pair-shape-type'
import { GenogramArea } from '../genogram/GenogramArea'
import { GenogramButtons } from '../genogram/GenogramButtons'
import { GenogramPanel } from '../genogram/GenogramPanel'
import { useGenogramShape } from '../genogram/useGenogramShape'
import { PairConnectors } from './PairConnectors'
import { useMapOnCanvas, type MapOnCanvas } from './map-context'
import { MapZones } from './MapZones'
import { useAddCardOnDoubleClick } from './useAddCardOnDoubleClick'
import { useLocalContentOnly } from './useLocalContentOnly'

/** The few drawing tools a case-mapping meeting uses, beside the cards. */
function CalmToolbar() {
  return (
    <DefaultToolbar>
      <SelectToolbarItem />
      <HandToolbarItem />
      <NoteToolbarItem />
      <TextToolbarItem />
      <ArrowToolbarItem />
      <DrawToolbarItem />
      <RectangleToolbarItem />
      <EllipseToolbarItem />
      <EraserToolbarItem />
    </DefaultToolbar>
  )
}

/**
 * Styles are for drawings, notes and text. Cards and pairs have none, so the panel shows only while drawing
 * or when something other than a card is selected, instead of covering the map all the time.
 */
function CalmStylePanel() {
  const editor = useEditor()
  const wanted = useValue(
    'style panel wanted',
    () =>
      !['select', 'hand'].includes(editor.getCurrentToolId()) ||
      editor.getSelectedShapes().some((shape) => !isCardShape(shape) && !isPairShape(shape) && !isGenogramShape(shape)),
    [editor],
  )
  return wanted ? <DefaultStylePanel /> : null
}

/** Adding a card is the main thing people do here, so it has words, not an icon. */
function AddCardButtons() {
  const editor = useEditor()
  const map = useMapOnCanvas()
  const readonly = useReadonly()
  if (readonly || !map.editable.has('shared')) return null
  return (
    <div className="kinmap-add-card" role="group" aria-label="Add a card">
      <button type="button" className="button button--primary" aria-keyshortcuts="C" onClick={() => addCardInView(editor, map, 'shared')}>
        Add card <kbd aria-hidden="true">C</kbd>
      </button>
      {map.editable.has('professional') && (
        <button
          type="button"
          className="button kinmap-add-card__professional"
          aria-keyshortcuts="Shift+C"
          onClick={() => addCardInView(editor, map, 'professional')}
        >
          Add professionals-only card <kbd aria-hidden="true">Shift C</kbd>
        </button>
      )}
    </div>
  )
}

/** Behind the shapes, in page space: the map's zones, the lines joining each statement to its goal, the genogram's area. */
function BehindTheShapes() {
  return (
    <>
      <MapZones />
      <PairConnectors />
      <GenogramArea />
    </>
  )
}

/** Above the canvas: adding cards, and going between the map and the genogram. */
function TopControls() {
  return (
    <div className="kinmap-top-controls">
      <AddCardButtons />
      <GenogramButtons />
    </div>
  )
}

/** In front of the canvas: the selected card's details, and behaviour that needs the editor. */
function InFrontOfTheCanvas() {
  const map = useMapOnCanvas()
  useAddCardOnDoubleClick(map)
  useLocalContentOnly()
  useGenogramShape()
  return (
    <>
      <CardPanel />
      <GenogramPanel />
    </>
  )
}

/**
 * tldraw's chrome, trimmed: no pages, no main menu (its embeds, uploads and preferences), no
 * cursor chat, no people menu (the map page shows who is here), no debug tools.
 */
export const canvasComponents: TLComponents = {
  OnTheCanvas: BehindTheShapes,
  InFrontOfTheCanvas,
  TopPanel: TopControls,
  Toolbar: CalmToolbar,
  StylePanel: CalmStylePanel,
  MainMenu: null,
  PageMenu: null,
  HelpMenu: null,
  DebugMenu: null,
  DebugPanel: null,
  SharePanel: null,
  CursorChatBubble: null,
  ImageToolbar: null,
  VideoToolbar: null,
}

/** Actions that reach the network, make pages or frames, or suit a drawing app rather than a map. */
const NOT_HERE = [
  'insert-embed',
  'insert-media',
  'convert-to-bookmark',
  'convert-to-embed',
  'open-embed-link',
  'flatten-to-image',
  'move-to-new-page',
  'change-page-prev',
  'change-page-next',
  'group',
  'ungroup',
  'frame-selection',
  'remove-frame',
  'fit-frame-to-content',
  'open-cursor-chat',
  'toggle-debug-mode',
]

/** `map` is read when an action runs, so the actions need not change as the map does. */
export function canvasOverrides(map: () => MapOnCanvas, editable: ReadonlySet<CardLayer>): TLUiOverrides {
  return {
    actions(editor, actions) {
      for (const id of NOT_HERE) delete actions[id]
      if (editable.has('shared')) {
        actions['kinmap-add-card'] = {
          id: 'kinmap-add-card',
          label: 'Add card',
          kbd: 'c',
          onSelect: () => addCardInView(editor, map(), 'shared'),
        }
      }
      if (editable.has('professional')) {
        actions['kinmap-add-professional-card'] = {
          id: 'kinmap-add-professional-card',
          label: 'Add professionals-only card',
          kbd: 'shift+c',
          onSelect: () => addCardInView(editor, map(), 'professional'),
        }
      }
      return actions
    },
    tools(_editor, tools) {
      for (const id of ['asset', 'embed', 'frame']) delete tools[id]
      return tools
    },
    translations: { en: { 'style-panel.color': 'Colour', 'menu.color-theme': 'Colour theme' } },
  }
}
