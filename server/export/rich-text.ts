import * as Y from 'yjs'
import { getSchema } from '@tiptap/core'
import { cardTextExtensions } from '../../shared/rich-text-schema.js'
import { MARKS, paragraph, type Inline, type Mark, type ReportBlock } from './report.js'

/**
 * A card's rich text as report blocks, read straight from its Yjs fragment. Every element and mark
 * is looked up in the editor's own schema (`shared/rich-text-schema.ts`, built once here), so the
 * export reads exactly what the editor can write: bold, italic, lists and quotes survive in every
 * format. Walking the fragment directly builds no ProseMirror document per card, and, unlike
 * y-prosemirror's reader, never writes to the document it reads (that one deletes what it cannot
 * place, which on the server would be the live map).
 */
const schema = getSchema(cardTextExtensions)
/** The marks the report keeps, each with its place in the schema: ProseMirror orders a run's marks so. */
const MARK_RANK: ReadonlyMap<string, number> = new Map(Object.keys(schema.marks).flatMap((name, rank) => ((MARKS as readonly string[]).includes(name) ? [[name, rank] as const] : [])))
/** Overlapping marks are stored as "name--hash" (y-prosemirror's attribute naming). */
const HASHED_MARK = /^(.*)--[a-zA-Z0-9+/=]{8}$/

type Node = Y.XmlElement | Y.XmlFragment

export function richTextBlocks(fragment: Y.XmlFragment): ReportBlock[] {
  return childBlocks(fragment)
}

function childBlocks(node: Node): ReportBlock[] {
  const blocks: ReportBlock[] = []
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlElement && child.nodeName in schema.nodes) blocks.push(...blockOf(child))
  }
  return blocks
}

function blockOf(element: Y.XmlElement): ReportBlock[] {
  switch (element.nodeName) {
    case 'paragraph': {
      const content = inlines(element)
      return content.length > 0 ? [{ type: 'paragraph', content }] : []
    }
    // A heading in a card is the card's own emphasis, not a part of the report's outline.
    case 'heading':
      return [{ type: 'paragraph', content: inlines(element).map(emboldened) }]
    case 'blockquote':
      return [{ type: 'quote', content: childBlocks(element) }]
    case 'bulletList':
    case 'orderedList':
      return [{ type: 'list', ordered: element.nodeName === 'orderedList', items: element.toArray().flatMap((item) => (item instanceof Y.XmlElement ? [childBlocks(item)] : [])) }]
    case 'horizontalRule':
      return [{ type: 'rule' }]
    default: {
      // Nothing else can be in a card (the validator refuses it); text at block level stays text.
      const content = inlines(element)
      return content.length > 0 ? [paragraph(...content)] : []
    }
  }
}

function inlines(element: Y.XmlElement): Inline[] {
  const content: Inline[] = []
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
        if (typeof op.insert !== 'string' || op.insert === '') continue
        const marks = marksOf(op.attributes)
        content.push(marks.length > 0 ? { text: op.insert, marks } : { text: op.insert })
      }
    } else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') content.push({ break: true })
  }
  return content
}

function marksOf(attributes: Record<string, unknown> | undefined): Mark[] {
  if (!attributes) return []
  const marks: Mark[] = []
  for (const key of Object.keys(attributes)) {
    const name = HASHED_MARK.exec(key)?.[1] ?? key
    if (MARK_RANK.has(name) && !marks.includes(name as Mark)) marks.push(name as Mark)
  }
  return marks.length > 1 ? marks.sort((a, b) => MARK_RANK.get(a)! - MARK_RANK.get(b)!) : marks
}

const emboldened = (inline: Inline): Inline =>
  'break' in inline ? inline : { text: inline.text, marks: [...new Set<Mark>([...(inline.marks ?? []), 'bold'])] }
