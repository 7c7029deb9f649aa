import * as Y from 'yjs'
import { YKeyValue } from 'y-utility/y-keyvalue'
import type { CanvasRecord, Layer } from './schema.js'

/**
 * The Yjs layout of each document layer: which root types it has. Only this folder names them;
 * everything else goes through the accessors in `case-map.ts`.
 */
export const ROOT_TYPES = {
  // The analysis (statements with their goals, bottom lines, next steps) is family-facing.
  // The genogram's people, relationships and households are family-facing: the family draws it.
  shared: ['meta', 'cards', 'people', 'noneIdentified', 'canvas', 'statements', 'bottomLines', 'nextSteps', 'relationships', 'households', 'genogramPins',
    // The safety plan is the family's (shared/model/safety-plan.ts): they write rules and journal entries.
    'planRules', 'safetyPlan', 'networkRoles', 'safetyJournal'],
  // Contact details and consent to contact (`personDetails`) are for professionals only.
  professional: ['meta', 'cards', 'canvas', 'personDetails'],
  // Scaling (shared/model/scaling.ts) is record: sealed numbers must stay off every device until the reveal.
  // Agreeing the safety plan and giving out copies are recorded by the server (shared/model/plan-record.ts).
  record: ['meta', 'settings', 'pairStatus', 'scalingQuestions', 'meetings', 'scalingRounds', 'judgements', 'planAgreements', 'planCopies'],
} as const satisfies Record<Layer, readonly string[]>

/** Root types only the server writes, whatever the caller's rights. */
export const SERVER_ONLY_ROOTS: ReadonlySet<string> = new Set([
  'meta',
  'settings',
  'pairStatus',
  'scalingQuestions',
  'meetings',
  'scalingRounds',
  'judgements',
  'planAgreements',
  'planCopies',
])

/** Layers whose cards can be edited by clients; the record layer is written by the server only. */
export type CardLayer = 'shared' | 'professional'
export const CARD_LAYERS: readonly CardLayer[] = ['shared', 'professional']

/**
 * Gives a layer's root types their real Yjs types. A document built only from received updates
 * holds untyped roots until something asks for them by type; validation must see the real ones.
 */
export function defineRoots(doc: Y.Doc, layer: Layer): void {
  for (const name of ROOT_TYPES[layer]) {
    if (name === 'canvas') doc.getArray(name)
    else doc.getMap(name)
  }
}

export const metaOf = (doc: Y.Doc) => doc.getMap<unknown>('meta')
export const cardsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('cards')
export const peopleOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('people')
export const noneIdentifiedOf = (doc: Y.Doc) => doc.getMap<unknown>('noneIdentified')
export const settingsOf = (doc: Y.Doc) => doc.getMap<unknown>('settings')
export const statementsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('statements')
export const bottomLinesOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('bottomLines')
export const nextStepsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('nextSteps')
export const relationshipsOf = (doc: Y.Doc) => doc.getMap<unknown>('relationships')
export const householdsOf = (doc: Y.Doc) => doc.getMap<unknown>('households')
export const genogramPinsOf = (doc: Y.Doc) => doc.getMap<unknown>('genogramPins')
export const personDetailsOf = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('personDetails')
export const pairStatusOf = (doc: Y.Doc) => doc.getMap<unknown>('pairStatus')
export const canvasArrayOf = (doc: Y.Doc) => doc.getArray<{ key: string; val: CanvasRecord }>('canvas')

/** The canvas of a layer as a key-value store of tldraw records (see TECH-NOTES §1.4 for why). */
const canvases = new WeakMap<Y.Doc, YKeyValue<CanvasRecord>>()
export function canvasOf(doc: Y.Doc): YKeyValue<CanvasRecord> {
  let canvas = canvases.get(doc)
  if (!canvas) {
    canvas = new YKeyValue(canvasArrayOf(doc))
    canvases.set(doc, canvas)
  }
  return canvas
}
