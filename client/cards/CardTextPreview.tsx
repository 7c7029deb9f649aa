import { Fragment, useCallback, type ReactNode } from 'react'
import * as Y from 'yjs'
import { keepIfSame, useObservedDeep } from '../yjs/useObservedDeep'
import './card-text.css'

/** A card's text as plain data: cheap to compare, cheap to render. */
type TextNode =
  | { kind: 'text'; runs: { text: string; marks: string[] }[] }
  | { kind: 'element'; name: string; children: TextNode[] }

function toTree(node: Y.XmlFragment | Y.XmlElement): TextNode[] {
  return node.toArray().flatMap((child): TextNode[] => {
    if (child instanceof Y.XmlText) {
      const runs = (child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[])
        .filter((op) => typeof op.insert === 'string')
        .map((op) => ({ text: op.insert as string, marks: Object.keys(op.attributes ?? {}) }))
      return [{ kind: 'text', runs }]
    }
    if (child instanceof Y.XmlElement) return [{ kind: 'element', name: child.nodeName, children: toTree(child) }]
    return []
  })
}

const MARK_TAGS: Record<string, 'strong' | 'em' | 's' | 'u'> = { bold: 'strong', italic: 'em', strike: 's', underline: 'u' }

function renderRun(run: { text: string; marks: string[] }, key: number): ReactNode {
  const marked = run.marks.reduce<ReactNode>((inner, mark) => {
    const Tag = MARK_TAGS[mark]
    return Tag ? <Tag>{inner}</Tag> : inner
  }, run.text)
  return <Fragment key={key}>{marked}</Fragment>
}

function renderNodes(nodes: TextNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.kind === 'text') return <span key={index}>{node.runs.map(renderRun)}</span>
    const children = renderNodes(node.children)
    switch (node.name) {
      case 'paragraph':
        return <p key={index}>{children}</p>
      // Card headings stay out of the page's heading outline: they read as emphasised lines.
      case 'heading':
        return (
          <p key={index} className="card-text__heading">
            {children}
          </p>
        )
      case 'bulletList':
        return <ul key={index}>{children}</ul>
      case 'orderedList':
        return <ol key={index}>{children}</ol>
      case 'listItem':
        return <li key={index}>{children}</li>
      case 'blockquote':
        return <blockquote key={index}>{children}</blockquote>
      case 'hardBreak':
        return <br key={index} />
      case 'horizontalRule':
        return <hr key={index} />
      default:
        return <span key={index}>{children}</span>
    }
  })
}

const isEmpty = (nodes: TextNode[]): boolean =>
  nodes.every((node) => (node.kind === 'text' ? node.runs.every((run) => !run.text.trim()) : isEmpty(node.children)))

/**
 * A card's text, read-only, updated live as anyone types: for every card not being edited, so a
 * map of many cards mounts no editors (TECH-NOTES §3.2).
 */
export function CardTextPreview({ fragment, emptyText = 'No text yet.' }: { fragment: Y.XmlFragment; emptyText?: string }) {
  const read = useCallback(() => toTree(fragment), [fragment])
  const tree = useObservedDeep(fragment, read, keepIfSame)
  if (isEmpty(tree)) return <p className="card-text card-text--empty">{emptyText}</p>
  return <div className="card-text">{renderNodes(tree)}</div>
}
