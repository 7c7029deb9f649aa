import { createElement, type ReactNode, type SVGProps } from 'react'
import type { SvgNode } from '../../shared/genogram/svg-node'

/** Extra React props for one node of the tree (handlers, focus, a class), or nothing. */
export type Decorate = (node: SvgNode) => SVGProps<SVGElement> | undefined

const NAMESPACED: Record<string, string> = { 'xlink:href': 'xlinkHref', 'xml:space': 'xmlSpace', 'xml:lang': 'xmlLang', class: 'className' }

/** An SVG attribute's name as React spells it: `stroke-width` is `strokeWidth`; data- and aria- stay. */
export function reactAttributeName(name: string): string {
  if (NAMESPACED[name]) return NAMESPACED[name]
  if (name.startsWith('data-') || name.startsWith('aria-')) return name
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/** `"fill: red; stroke-width: 2"` as React's style object. */
export function reactStyle(style: string): Record<string, string> {
  return Object.fromEntries(
    style
      .split(';')
      .map((rule) => rule.split(':'))
      .filter((parts) => parts.length >= 2 && parts[0].trim())
      .map(([name, ...value]) => [name.trim().startsWith('--') ? name.trim() : reactAttributeName(name.trim()), value.join(':').trim()]),
  )
}

function propsOf(node: SvgNode): Record<string, unknown> {
  const props: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(node.attrs)) props[reactAttributeName(name)] = name === 'style' ? reactStyle(String(value)) : value
  return props
}

/**
 * Renders the genogram's drawing, a plain `SvgNode` tree (shared/genogram/svg-node.ts), as React
 * SVG elements: one tree, two writers, this one for the canvas and `svgToString` for the file.
 */
export function SvgTree({ node, decorate }: { node: SvgNode; decorate?: Decorate }): ReactNode {
  return render(node, decorate, 0)
}

function render(node: SvgNode | string, decorate: Decorate | undefined, key: number): ReactNode {
  if (typeof node === 'string') return node
  const extra = decorate?.(node)
  return createElement(node.tag, { key, ...propsOf(node), ...extra }, ...node.children.map((child, index) => render(child, decorate, index)))
}
