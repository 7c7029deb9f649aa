import type { Audience } from '../../shared/audience.js'
import type { Framework } from '../../shared/framework.js'

/**
 * The format-neutral report an export is built as: a template's sections filled with headings,
 * paragraphs with marks, lists, tables, quotes and images. Blocks (`blocks/`) write it from the
 * map; one adapter per format (`formats/`) turns it into a file. Nothing here knows Yjs or a format.
 */

export const MARKS = ['bold', 'italic', 'underline', 'strike'] as const
export type Mark = (typeof MARKS)[number]

/** A run of text with its marks, or a line break inside a paragraph. */
export type Inline = { text: string; marks?: Mark[] } | { break: true }

export type ReportBlock =
  /** Level 3 sits under a section's heading (2), level 4 under a block's subheading (3); the title is 1. */
  | { type: 'heading'; level: 3 | 4; text: string }
  | { type: 'paragraph'; content: Inline[] }
  /** A plain line saying what is not there yet ("No next steps yet."): never a vanished section. */
  | { type: 'note'; text: string }
  | { type: 'list'; ordered: boolean; items: ReportBlock[][] }
  | { type: 'quote'; content: ReportBlock[] }
  | { type: 'table'; columns: string[]; rows: ReportBlock[][][] }
  /** A picture, drawn only when a format shows it (Markdown does not): see `formats/pictures.ts`. */
  | { type: 'image'; alt: string; draw: () => Drawing }
  | { type: 'rule' }

/** A drawing as SVG, with its size in CSS pixels. */
export interface Drawing {
  svg: string
  width: number
  height: number
}

export type ImageBlock = Extract<ReportBlock, { type: 'image' }>

export interface ReportSection {
  /** The template's id for the section: what a case record system maps to its own field. */
  id: string
  heading: string
  blocks: ReportBlock[]
}

export interface Report {
  mapId: string
  /** The map's title. */
  title: string
  /** The people the map is about, by name. */
  about: string[]
  /** Who may read it, in a line at the top: "For professionals only..." or "For the family...". */
  notice: string
  framework: Framework
  audience: Audience
  template: { id: string; name: string }
  /** When the export was made (ISO); shown in UK time. */
  generatedAt: string
  sections: ReportSection[]
  /** Ids of items in the map's documents that could not be read: listed, never silently dropped. */
  unreadable: string[]
}

// Small builders, so blocks read as what they say.
export const text = (value: string, ...marks: Mark[]): Inline => (marks.length > 0 ? { text: value, marks } : { text: value })
export const paragraph = (...content: Array<Inline | string>): ReportBlock => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
})
export const heading = (value: string, level: 3 | 4 = 3): ReportBlock => ({ type: 'heading', level, text: value })
export const note = (value: string): ReportBlock => ({ type: 'note', text: value })
export const list = (items: ReportBlock[][], ordered = false): ReportBlock => ({ type: 'list', ordered, items })
export const quote = (...content: ReportBlock[]): ReportBlock => ({ type: 'quote', content })
export const table = (columns: string[], rows: ReportBlock[][][]): ReportBlock => ({ type: 'table', columns, rows })
/** A table cell holding one plain paragraph. */
export const cell = (value: string): ReportBlock[] => [paragraph(value)]

/** The plain text of inline content (breaks as newlines). */
export const inlineText = (content: readonly Inline[]): string => content.map((part) => ('break' in part ? '\n' : part.text)).join('')

/** The plain text of blocks, one line per paragraph: for JSON's plain-text field and checks. */
export function blocksText(blocks: readonly ReportBlock[]): string {
  const lines: string[] = []
  const walk = (block: ReportBlock, prefix = '') => {
    switch (block.type) {
      case 'heading':
      case 'note':
        lines.push(prefix + block.text)
        break
      case 'paragraph':
        lines.push(prefix + inlineText(block.content))
        break
      case 'list':
        block.items.forEach((item, index) => item.forEach((inner, at) => walk(inner, at === 0 ? `${prefix}${block.ordered ? `${index + 1}.` : '-'} ` : `${prefix}  `)))
        break
      case 'quote':
        for (const inner of block.content) walk(inner, `${prefix}> `)
        break
      case 'table':
        lines.push(prefix + block.columns.join(' | '))
        for (const row of block.rows) lines.push(prefix + row.map((cells) => blocksText(cells).replace(/\n/g, ' ')).join(' | '))
        break
      case 'image':
        lines.push(`${prefix}[${block.alt}]`)
        break
      case 'rule':
        break
    }
  }
  for (const block of blocks) walk(block)
  return lines.join('\n')
}
