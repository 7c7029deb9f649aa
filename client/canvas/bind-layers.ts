import * as Y from 'yjs'
import { react, type Editor, type TLRecord, type TLShapeId } from 'tldraw'
import { domainAt } from '../../shared/canvas-layout'
import type { Domain } from '../../shared/framework'
import {
  canvasOf,
  cardShapeId,
  cardsOf,
  deleteCard,
  moveCardToDomain,
  readCards,
  type CanvasRecord,
  type Card,
  type CardLayer,
} from '../../shared/model'
import { guardCardShapes } from './card-guards'
import { isPlacedAt, placedCardShape, placeUnplacedCards } from './card-placement'
import { isCardShape, type CardShape } from './card-shape-type'
import { layerFor } from './layer-routing'
import { isPairShape } from './pair-shape-type'
import { isGenogramShape } from '../genogram/genogram-shape-type'
import { checkCanvasRecord, referencesOf } from './record-checks'

/**
 * The origin of every Yjs write this binding makes. Its own writes are recognised by this object,
 * not by `transaction.local`, so local writers beside it (the three-column view, TipTap, undo)
 * still reach the canvas (TECH-NOTES §1.4, the echo-loop trap).
 */
export const CANVAS_ORIGIN = { writer: 'kinmap canvas' }

export interface CanvasLayer {
  layer: CardLayer
  doc: Y.Doc
}

export interface LayersBinding {
  /** Deletes the cards whose shapes someone removed, and whatever went with them. */
  confirmRemoval(): void
  /** Puts back everything the pending removal took off the canvas. */
  cancelRemoval(): void
  unbind(): void
}

type KeyValueChange = { action: 'add' | 'update' | 'delete'; newValue?: unknown }
type Writes = Map<CardLayer, { puts: TLRecord[]; deletes: string[]; domains: Map<string, Domain> }>

// Pair shapes and the genogram are drawn on every device (bind-pairs.ts, useGenogramShape.ts) and never stored.
const isSynced = (record: TLRecord) => (record.typeName === 'shape' && !isPairShape(record) && !isGenogramShape(record)) || record.typeName === 'binding'
/** A card's one shape. Copies (pasted, duplicated) carry another id and are removed at once. */
const isCardsOwnShape = (record: TLRecord): record is CardShape => isCardShape(record) && record.id === cardShapeId(record.props.cardId)

/**
 * Keeps tldraw's store and the layers' canvases in step. Each layer's `canvasOf(doc)` holds that
 * layer's tldraw records: professionals-only cards keep their shapes in the professional canvas,
 * everything else lives in the shared one. Cards nobody has placed are shown where
 * `placeCard` puts them, as remote changes, so no client ever writes a derived position; the
 * first move or resize by a person writes the shape.
 */
export function bindLayers(
  editor: Editor,
  layers: CanvasLayer[],
  { mayEdit, onRemovingCards }: { mayEdit(layer: CardLayer): boolean; onRemovingCards(count: number): void },
): LayersBinding {
  const store = editor.store
  const canvases = new Map(layers.map(({ layer, doc }) => [layer, { doc, canvas: canvasOf(doc) }]))
  /** Records shown from a layer's canvas, and which layer holds each. */
  const storedIn = new Map<string, CardLayer>()
  /** Records skipped until their parent or bound shapes arrive. */
  const waiting = new Map<string, { layer: CardLayer; value: unknown }>()
  /** Cards moved by a drag still under way: their domain is settled when the drag ends. */
  const settling = new Set<TLShapeId>()
  /** Removals that wait for "Delete this card?". */
  let held: TLRecord[] = []
  let cards = new Map<string, Card>()
  let bound = true

  const cardLayerOf = (cardId: string): CardLayer | null =>
    layers.find(({ doc }) => cardsOf(doc).has(cardId))?.layer ?? null

  // ------------------------------------------------------------------------------------------
  // Yjs -> tldraw

  function admit(candidates: { key: string; layer: CardLayer; value: unknown }[]): TLRecord[] {
    const checked: { key: string; layer: CardLayer; value: unknown; record: TLRecord }[] = []
    for (const candidate of candidates) {
      const { doc } = canvases.get(candidate.layer)!
      const result = checkCanvasRecord(store, candidate.key, candidate.value, (cardId) => cardsOf(doc).has(cardId))
      waiting.delete(candidate.key)
      if ('problem' in result) console.warn(`Kinmap canvas: skipped ${candidate.key} from the ${candidate.layer} layer: ${result.problem}.`)
      else checked.push({ ...candidate, record: result.record })
    }
    const admitted = new Map<string, TLRecord>()
    const present = (id: string) => admitted.has(id) || store.has(id as TLRecord['id'])
    let pending = checked
    for (let progress = true; progress; ) {
      progress = false
      pending = pending.filter((candidate) => {
        if (!referencesOf(candidate.record).every(present)) return true
        admitted.set(candidate.key, candidate.record)
        storedIn.set(candidate.key, candidate.layer)
        progress = true
        return false
      })
    }
    for (const { key, layer, value } of pending) waiting.set(key, { layer, value })
    return [...admitted.values()]
  }

  function apply(removals: string[], puts: TLRecord[]) {
    if (removals.length === 0 && puts.length === 0) return
    store.mergeRemoteChanges(() => {
      store.remove(removals.filter((id) => store.has(id as TLRecord['id'])) as TLRecord['id'][])
      try {
        store.put(puts)
      } catch {
        // One bad record must not keep the others out.
        for (const record of puts) {
          try {
            store.put([record])
          } catch (error) {
            console.warn(`Kinmap canvas: could not show ${record.id}: ${(error as Error).message}`)
          }
        }
      }
    })
  }

  const onCanvasChange = (layer: CardLayer) => (changes: Map<string, KeyValueChange>, transaction: Y.Transaction) => {
    if (transaction.origin === CANVAS_ORIGIN) return
    const removals: string[] = []
    const candidates: { key: string; layer: CardLayer; value: unknown }[] = []
    for (const [key, change] of changes) {
      if (change.action !== 'delete') {
        candidates.push({ key, layer, value: change.newValue })
        continue
      }
      if (waiting.get(key)?.layer === layer) waiting.delete(key)
      if (storedIn.get(key) !== layer) continue
      storedIn.delete(key)
      // A card losing its shape (moved to another domain elsewhere) is placed again by
      // `reconcile`, as an update, so arrows bound to it stay bound.
      const current = store.get(key as TLRecord['id'])
      if (current && !isCardShape(current)) removals.push(key)
    }
    apply(removals, admit(candidates))
    reconcileSoon()
  }

  /** Shows every card that has no stored shape at its place, and hides shapes of cards gone. */
  function reconcile() {
    cards = new Map(layers.flatMap(({ layer, doc }) => readCards(doc, layer).map((card) => [card.id, card] as const)))
    const puts: TLRecord[] = []
    const places = placeUnplacedCards([...cards.values()], (cardId) => storedIn.has(cardShapeId(cardId)))
    for (const [cardId, placement] of places) {
      const current = store.get(cardShapeId(cardId) as TLShapeId)
      if (current && isCardShape(current) && isPlacedAt(current, placement)) continue
      puts.push(placedCardShape(cardId, placement))
    }
    const removals = store
      .allRecords()
      .filter(
        (record) =>
          isCardShape(record) &&
          (!isCardsOwnShape(record) || !cards.has(record.props.cardId) || (!storedIn.has(record.id) && !places.has(record.props.cardId))),
      )
      .map((record) => record.id)
    apply(removals, puts)
    // Records waiting for a shape (an arrow bound to a card placed just now) may come in now.
    apply([], admit([...waiting].map(([key, entry]) => ({ key, ...entry }))))
  }

  let reconcileScheduled = false
  // Card and canvas changes of one transaction arrive through separate observers: reconciling once
  // they have all run sees both.
  function reconcileSoon() {
    if (reconcileScheduled) return
    reconcileScheduled = true
    queueMicrotask(() => {
      reconcileScheduled = false
      if (bound) reconcile()
    })
  }

  /** Brings back from the canvases whatever the store lost, e.g. after a cancelled removal. */
  function restoreMissing() {
    const missing = [...canvases].flatMap(([layer, { canvas }]) =>
      [...canvas.map].filter(([key]) => !store.has(key as TLRecord['id'])).map(([key, entry]) => ({ key, layer, value: entry.val })),
    )
    apply([], admit(missing))
    reconcile()
  }

  // ------------------------------------------------------------------------------------------
  // tldraw -> Yjs

  const domainUnder = (shapeId: TLShapeId): Domain | null => {
    const bounds = editor.getShapePageBounds(shapeId)
    return bounds ? domainAt(bounds.center) : null
  }
  const isMovingShapes = () => editor.isInAny('select.translating', 'select.resizing')

  function stage(writes: Writes, record: TLRecord, settle: boolean) {
    if (!isSynced(record) || (isCardShape(record) && !isCardsOwnShape(record))) return
    const layer = layerFor(editor, record, cardLayerOf)
    // A card shape without its card (an undo after the card was deleted) is taken away again.
    if (!layer) return reconcileSoon()
    if (!canvases.has(layer) || !mayEdit(layer)) return
    const write = (into: CardLayer) => {
      if (!writes.has(into)) writes.set(into, { puts: [], deletes: [], domains: new Map() })
      return writes.get(into)!
    }
    const before = storedIn.get(record.id)
    write(layer).puts.push(record)
    storedIn.set(record.id, layer)
    if (before && before !== layer) {
      write(before).deletes.push(record.id)
      // An arrow moving layer takes its bindings along.
      if (record.typeName === 'shape') for (const binding of editor.getBindingsFromShape(record.id, 'arrow')) stage(writes, binding, settle)
    }
    if (!isCardShape(record)) return
    if (!settle) {
      settling.add(record.id)
      return
    }
    // A card dropped with its centre in another domain's zone now belongs to that domain.
    const card = cards.get(record.props.cardId)
    const domain = domainUnder(record.id)
    if (card && domain && domain !== card.domain) {
      write(layer).domains.set(card.id, domain)
      cards.set(card.id, { ...card, domain })
    }
  }

  function commit(writes: Writes) {
    for (const [layer, { puts, deletes, domains }] of writes) {
      const { doc, canvas } = canvases.get(layer)!
      doc.transact(() => {
        // moveCardToDomain removes the card's shape; writing the shape after it, in the same
        // transaction, leaves the card where the person dropped it.
        for (const [cardId, domain] of domains) if (cardsOf(doc).has(cardId)) moveCardToDomain(doc, cardId, domain)
        for (const record of puts) canvas.set(record.id, record as unknown as CanvasRecord)
        for (const id of deletes) canvas.delete(id)
      }, CANVAS_ORIGIN)
    }
  }

  function remove(records: TLRecord[]) {
    const writes: Writes = new Map()
    let lost = false
    for (const record of records) {
      const layer = storedIn.get(record.id)
      if (!layer) continue
      if (!mayEdit(layer)) {
        lost = true
        continue
      }
      storedIn.delete(record.id)
      if (!writes.has(layer)) writes.set(layer, { puts: [], deletes: [], domains: new Map() })
      writes.get(layer)!.deletes.push(record.id)
    }
    commit(writes)
    if (lost) queueMicrotask(restoreMissing)
  }

  const stopListening = store.listen(
    ({ changes }) => {
      const writes: Writes = new Map()
      const settle = !isMovingShapes()
      for (const record of Object.values(changes.added)) stage(writes, record, settle)
      for (const [, record] of Object.values(changes.updated)) stage(writes, record, settle)
      commit(writes)

      const removed = Object.values(changes.removed).filter(isSynced)
      // Removing a card's shape would delete what someone wrote: the whole removal waits for the
      // person to say yes, so a "no" can put back the card and everything that went with it.
      if (removed.some(isCardsOwnShape)) {
        held.push(...removed)
        onRemovingCards(held.filter(isCardsOwnShape).length)
      } else remove(removed)
    },
    { source: 'user', scope: 'document' },
  )

  const stopSettling = react('settle the domains of moved cards', () => {
    if (isMovingShapes() || settling.size === 0) return
    const writes: Writes = new Map()
    for (const id of settling) {
      const record = store.get(id)
      if (record) stage(writes, record, true)
    }
    settling.clear()
    commit(writes)
  })

  const stopGuards = guardCardShapes(editor, { cardLayerOf, mayEdit })

  const unobserve = [...canvases].flatMap(([layer, { doc, canvas }]) => {
    const onChange = onCanvasChange(layer)
    // Only cards coming, going or changing fields matter here, not typing in their text.
    const onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (events.some((event) => event.target instanceof Y.Map)) reconcileSoon()
    }
    canvas.on('change', onChange)
    cardsOf(doc).observeDeep(onCards)
    return [() => canvas.off('change', onChange), () => cardsOf(doc).unobserveDeep(onCards)]
  })

  restoreMissing()

  return {
    confirmRemoval() {
      const records = held
      held = []
      remove(records.filter((record) => !isCardsOwnShape(record)))
      for (const record of records.filter(isCardsOwnShape)) {
        const layer = cardLayerOf(record.props.cardId)
        if (!layer || !mayEdit(layer)) continue
        storedIn.delete(record.id)
        // Not under our origin: the card and its shape go for every view, this canvas included.
        deleteCard(canvases.get(layer)!.doc, record.props.cardId)
      }
      restoreMissing()
    },
    cancelRemoval() {
      held = []
      restoreMissing()
    },
    unbind() {
      bound = false
      stopListening()
      stopSettling()
      stopGuards()
      for (const stop of unobserve) stop()
    },
  }
}
