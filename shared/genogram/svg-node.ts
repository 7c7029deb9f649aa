/**
 * A tiny, framework-free SVG element tree and its serialisation: the drawing is built as data so
 * the canvas can render it with React, the export can embed it as a file, and tests can read it.
 */
export interface SvgNode {
  tag: string
  attrs: Record<string, string | number>
  children: (SvgNode | string)[]
}

export function el(tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: (SvgNode | string | null | false)[]): SvgNode {
  const kept: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) kept[key] = typeof value === 'number' ? round(value) : value
  return { tag, attrs: kept, children: children.filter((child): child is SvgNode | string => child !== null && child !== false) }
}

const round = (value: number) => Math.round(value * 100) / 100

/** The client's own font stack (client/styles/base.css): system fonts, nothing fetched. */
export const GENOGRAM_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif"

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;')

function write(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeText(node)
  const attrs = Object.entries(node.attrs)
    .map(([key, value]) => ` ${key}="${escapeAttr(String(value))}"`)
    .join('')
  return node.children.length === 0 ? `<${node.tag}${attrs}/>` : `<${node.tag}${attrs}>${node.children.map(write).join('')}</${node.tag}>`
}

/** A complete, standalone SVG document; the root gets the SVG namespace if it lacks one. */
export function svgToString(node: SvgNode): string {
  const root = node.tag === 'svg' && !node.attrs.xmlns ? { ...node, attrs: { xmlns: 'http://www.w3.org/2000/svg', ...node.attrs } } : node
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root)}\n`
}
