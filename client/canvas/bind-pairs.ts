import * as Y from 'yjs'
import type { Editor, IndexKey, TLShape, TLShapeId } from 'tldraw'
import { placePair } from '../../shared/canvas-layout'
import { PAIR_DOMAIN, type PairSide } from '../../shared/framework'
import { cardsOf, readCards, readDangerStatements, statementsOf } from '../../shared/model'
import type { CanvasLayer } from './bind-layers'
import { isPairShape, PAIR_SHAPE_TYPE, pairShapeId, type PairShape } from './pair-shape-type'

const SIDES: PairSide[] = ['statement', 'goal']
// A goal is three sentences to its statement's one: it gets two rows of its zone's grid.
const ROWS: Record<PairSide, number> = { statement: 1, goal: 2 }
// Beneath every card (cards start above 'a1'): a card someone moves onto a pair stays readable.
const PAIR_INDEX = 'a0' as IndexKey

/**
 * Shows each statement and goal pair on the canvas: the statement in the Danger zone, its goal in
 * the Safety goals zone, below the zones' cards. The shapes are put into tldraw's store as remote
 * changes and are never written to any layer's canvas (`bind-layers` leaves them out), so no
 * device ever stores or echoes a position an algorithm chose. People cannot move, resize or delete
 * them: a pair is changed in the Analysis view, and its place follows the map.
 */
export function bindPairs(editor: Editor, shared: Y.Doc, layers: CanvasLayer[]): () => void {
  const store = editor.store

  function wanted(): PairShape[] {
    const inDomain = new Map<string, number>()
    for (const { doc, layer } of layers) for (const card of readCards(doc, layer)) inDomain.set(card.domain, (inDomain.get(card.domain) ?? 0) + 1)
    return readDangerStatements(shared).flatMap((statement, index) =>
      SIDES.map((side): PairShape => {
        const { x, y, w, h } = placePair(PAIR_DOMAIN[side], inDomain.get(PAIR_DOMAIN[side]) ?? 0, index, ROWS[side])
        return {
          id: pairShapeId(statement.id, side),
          typeName: 'shape',
          type: PAIR_SHAPE_TYPE,
          parentId: 'page:page' as TLShape['parentId'],
          index: PAIR_INDEX,
          x,
          y,
          rotation: 0,
          isLocked: false,
          opacity: 1,
          meta: {},
          props: { statementId: statement.id, side, pair: index + 1, w, h },
        }
      }),
    )
  }

  function reconcile() {
    const shapes = wanted()
    const ids = new Set<string>(shapes.map((shape) => shape.id))
    const puts = shapes.filter((shape) => JSON.stringify(store.get(shape.id)) !== JSON.stringify(shape))
    const removals = store
      .allRecords()
      .filter((record) => isPairShape(record) && !ids.has(record.id))
      .map((record) => record.id)
    if (puts.length === 0 && removals.length === 0) return
    store.mergeRemoteChanges(() => {
      store.remove(removals)
      store.put(puts)
    })
  }

  let scheduled = false
  let bound = true
  // A statement and the cards of one transaction arrive through separate observers.
  const reconcileSoon = () => {
    if (scheduled) return
    scheduled = true
    queueMicrotask(() => {
      scheduled = false
      if (bound) reconcile()
    })
  }

  // Only statements coming and going, and cards coming, going or changing domain, move a pair;
  // typing in either does not.
  const onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    if (events.some((event) => event.target instanceof Y.Map)) reconcileSoon()
  }
  statementsOf(shared).observe(reconcileSoon)
  for (const { doc } of layers) cardsOf(doc).observeDeep(onCards)

  const stops = [
    editor.sideEffects.registerBeforeChangeHandler('shape', (before, after, source) =>
      source === 'user' && isPairShape(after) ? before : after,
    ),
    editor.sideEffects.registerBeforeDeleteHandler('shape', (shape, source) => (source === 'user' && isPairShape(shape) ? false : undefined)),
    // A pasted or duplicated pair is a copy of words that live elsewhere: it is taken away again.
    editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
      if (source !== 'user' || !isPairShape(shape)) return
      queueMicrotask(() => store.mergeRemoteChanges(() => store.remove([shape.id as TLShapeId])))
    }),
  ]
  reconcile()

  return () => {
    bound = false
    statementsOf(shared).unobserve(reconcileSoon)
    for (const { doc } of layers) cardsOf(doc).unobserveDeep(onCards)
    for (const stop of stops) stop()
  }
}
