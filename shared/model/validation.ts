import * as Y from 'yjs'
import { CanvasRecord, CardShapeProps, CARD_SHAPE_TYPE, Meta, MapSettings, NoneIdentified, type Layer } from './schema.js'
import { canvasArrayOf, defineRoots, ROOT_TYPES, SERVER_ONLY_ROOTS } from './layers.js'
import { cardProblems, personProblems } from './case-map.js'
import { Domain } from '../framework.js'

/** Node names the card editor's rich-text schema can produce (`shared/rich-text-schema.ts`). */
const RICH_TEXT_NODES = new Set([
  'paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'hardBreak', 'horizontalRule',
])

/**
 * Watches a document and reports what the transactions since the last `takeProblems()` broke.
 * The server applies each client update to a probe copy watched by this, and accepts the update
 * only when nothing is broken: a CRDT update cannot be taken back once applied to the live copy.
 */
export function watchLayerChanges(doc: Y.Doc, layer: Layer) {
  const allowedRoots = new Set<string>(ROOT_TYPES[layer])
  defineRoots(doc, layer)
  const rootNames = new Map<Y.AbstractType<any>, string>()
  const touched = new Map<string, Set<string>>()
  let addedCanvasRecords: unknown[] = []

  const rootName = (type: Y.AbstractType<any>): string | undefined => {
    if (!rootNames.has(type)) for (const [name, root] of doc.share) rootNames.set(root, name)
    return rootNames.get(type)
  }
  const touch = (root: string, key: string | null) => {
    const keys = touched.get(root) ?? new Set<string>()
    if (key !== null) keys.add(key)
    touched.set(root, keys)
  }

  const onTransaction = (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) {
      let child: Y.AbstractType<any> = type
      while (child._item !== null) {
        const parent = child._item.parent as Y.AbstractType<any>
        if (parent._item === null) {
          touch(rootName(parent) ?? '?', child._item.parentSub)
          break
        }
        child = parent
      }
      if (type._item === null) {
        const name = rootName(type) ?? '?'
        touch(name, null)
        for (const key of keys) if (key !== null) touch(name, key)
      }
    }
  }
  const onCanvas = (event: Y.YArrayEvent<any>) => {
    for (const item of event.changes.added) addedCanvasRecords.push(...item.content.getContent())
  }
  doc.on('afterTransaction', onTransaction)
  const canvas = allowedRoots.has('canvas') ? canvasArrayOf(doc) : null
  canvas?.observe(onCanvas)

  return {
    /** Plain-words problems with what changed since the last call, then forgets them. */
    takeProblems({ asServer = false } = {}): string[] {
      const problems: string[] = []
      for (const name of doc.share.keys()) {
        if (!allowedRoots.has(name)) problems.push(`"${name}" is not part of the ${layer} layer`)
      }
      for (const [root, keys] of touched) {
        if (!asServer && SERVER_ONLY_ROOTS.has(root)) problems.push(`only the server may change "${root}"`)
        for (const key of keys) problems.push(...itemProblems(doc, layer, root, key))
      }
      for (const record of addedCanvasRecords) problems.push(...canvasProblems(record))
      touched.clear()
      addedCanvasRecords = []
      return problems
    },
    stop() {
      doc.off('afterTransaction', onTransaction)
      canvas?.unobserve(onCanvas)
    },
  }
}

function itemProblems(doc: Y.Doc, layer: Layer, root: string, key: string): string[] {
  const container = doc.share.get(root)
  if (!(container instanceof Y.Map)) return []
  const value = container.get(key)
  if (value === undefined) return [] // deleted
  const where = (problems: string[]) => problems.map((problem) => `${root} ${key}: ${problem}`)
  switch (root) {
    case 'cards': {
      const problems = cardProblems(value, layer, key)
      if (problems.length === 0) problems.push(...richTextProblems((value as Y.Map<unknown>).get('body') as Y.XmlFragment))
      return where(problems)
    }
    case 'people':
      return where(personProblems(value, key))
    case 'noneIdentified':
      return where([...issues(Domain.safeParse(key)), ...issues(NoneIdentified.safeParse(value))])
    case 'meta':
      return where(issues(Meta.shape[key as keyof typeof Meta.shape]?.safeParse(value) ?? { success: false, error: { issues: [{ path: [], message: 'unknown field' }] } }))
    case 'settings':
      return where(issues(MapSettings.shape[key as keyof typeof MapSettings.shape]?.safeParse(value) ?? { success: false, error: { issues: [{ path: [], message: 'unknown field' }] } }))
    default:
      return []
  }
}

function richTextProblems(fragment: Y.XmlFragment): string[] {
  const problems: string[] = []
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) {
        if (!RICH_TEXT_NODES.has(child.nodeName)) problems.push(`text holds an unknown element "${child.nodeName}"`)
        else walk(child)
      }
    }
  }
  walk(fragment)
  return problems
}

function canvasProblems(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null) return ['a canvas entry must be an object']
  const { key, val } = entry as { key?: unknown; val?: unknown }
  const record = CanvasRecord.safeParse(val)
  if (!record.success) return issues(record).map((problem) => `canvas: ${problem}`)
  if (record.data.id !== key) return ['canvas: an entry is filed under another id']
  if (record.data.type === CARD_SHAPE_TYPE) {
    return issues(CardShapeProps.safeParse((val as { props?: unknown }).props)).map((problem) => `canvas card: ${problem}`)
  }
  return []
}

type Parsed = { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }
function issues(result: Parsed): string[] {
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.map(String).join('.') || 'value'}: ${issue.message}`)
}
