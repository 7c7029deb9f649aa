import * as Y from 'yjs'

/**
 * Plain text of a rich-text part (a card's body, a part of a statement), one line per block.
 * Walks the Yjs XML tree directly so the server and tests need neither a DOM nor ProseMirror.
 */
export function fragmentText(fragment: Y.XmlFragment): string {
  const lines: string[] = []
  const walk = (node: Y.XmlElement | Y.XmlFragment, into: string[]) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) {
        into.push(child.toDelta().map((op: { insert: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join(''))
      } else if (child instanceof Y.XmlElement) {
        if (child.nodeName === 'hardBreak') into.push('\n')
        else if (isBlock(child)) {
          // Nested blocks (list items) push their own lines; only a block's own text lands in `inner`.
          const inner: string[] = []
          walk(child, inner)
          if (inner.length > 0) lines.push(inner.join(''))
        } else walk(child, into)
      }
    }
  }
  walk(fragment, lines)
  return lines.join('\n').trim()
}

const isBlock = (node: Y.XmlElement) => node.nodeName !== 'text'

/** Writes plain paragraphs into an empty fragment: for seeding fixtures and the demo map. */
export function writeParagraphs(fragment: Y.XmlFragment, text: string): void {
  const paragraphs = text.split('\n').map((line) => {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(line)])
    return paragraph
  })
  fragment.insert(fragment.length, paragraphs)
}

/** Node names the card editor's rich-text schema can produce (`shared/rich-text-schema.ts`). */
const RICH_TEXT_NODES = new Set([
  'paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'hardBreak', 'horizontalRule',
])

/** Elements in a fragment that the editors could not have made, in plain words. */
export function richTextProblems(fragment: Y.XmlFragment): string[] {
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
