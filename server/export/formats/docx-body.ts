import type { Picture } from '../pictures/pictures.js'
import type { ImageBlock, Inline, ReportBlock } from '../report.js'
import { mergedRuns } from './cover.js'
import { BULLETS_NUM_ID, DOCX_STYLES, INDENT, numberedListNumId, TEXT_WIDTH } from './docx-styles.js'
import { xml } from './xml.js'

/**
 * Report blocks as WordprocessingML: Word's own heading styles (so the navigation pane and a table
 * of contents work), real lists from numbering.xml, tables whose header row repeats on each page,
 * quotes in an indented, ruled style, pictures inline. Elements are written in the order the
 * schema gives them: Word refuses a file whose properties are out of order.
 */

interface Place {
  /** The list level a paragraph sits at (-1 outside any list). */
  level: number
  /** Inside a quote. */
  quoted?: boolean
}

/** A picture's part in the package. */
export interface PlacedPicture {
  relationshipId: string
  fileName: string
  picture: Picture
}

export class DocxBody {
  readonly parts: string[] = []
  /** How many numbered lists there are: each has its own numbering instance. */
  numberedLists = 0
  readonly pictures: PlacedPicture[] = []

  constructor(private readonly picturesByBlock: ReadonlyMap<ImageBlock, Picture>) {}

  paragraph(properties: string, runsXml: string): void {
    this.parts.push(properties ? `<w:p><w:pPr>${properties}</w:pPr>${runsXml}</w:p>` : `<w:p>${runsXml}</w:p>`)
  }

  blocks(list: readonly ReportBlock[], place: Place): void {
    for (const block of list) this.block(block, place)
  }

  private block(block: ReportBlock, place: Place): void {
    const indent = place.quoted ? indentXml(INDENT * (place.level + 2)) : place.level >= 0 ? indentXml(INDENT * (place.level + 1)) : ''
    const quoteStyle = place.quoted ? style(DOCX_STYLES.quote) : ''
    switch (block.type) {
      case 'heading':
        return this.paragraph(style(block.level === 3 ? 'Heading2' : 'Heading3'), run(block.text))
      case 'paragraph':
        return this.paragraph(quoteStyle + indent, runs(block.content))
      case 'note':
        return this.paragraph(style(DOCX_STYLES.note) + indent, run(block.text))
      case 'rule':
        return this.paragraph('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="B9B9B3"/></w:pBdr>', '')
      case 'quote':
        return this.blocks(block.content, { ...place, quoted: true })
      case 'list':
        return this.list(block, place)
      case 'table':
        return this.table(block)
      case 'image':
        return this.picture(block)
    }
  }

  private list(block: Extract<ReportBlock, { type: 'list' }>, place: Place): void {
    const level = Math.min(place.level + 1, 8)
    const numId = block.ordered ? numberedListNumId(++this.numberedLists) : BULLETS_NUM_ID
    const numbering = `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`
    for (const item of block.items) {
      // The item's first paragraph carries its bullet or number; the rest sit indented under it.
      // A quote's first paragraph (the child's own words) carries it in the quote's style.
      const first = item[0]
      const lead = first?.type === 'quote' ? first.content[0] : first
      const quoted = place.quoted || first?.type === 'quote'
      const leadStyle = style(quoted ? DOCX_STYLES.quote : DOCX_STYLES.listParagraph)
      if (lead?.type === 'paragraph' || lead?.type === 'note') {
        this.paragraph(leadStyle + numbering, lead.type === 'paragraph' ? runs(lead.content) : run(lead.text, ITALIC))
        const rest = first.type === 'quote' ? [{ ...first, content: first.content.slice(1) }, ...item.slice(1)] : item.slice(1)
        this.blocks(rest, { ...place, level })
      } else {
        this.paragraph(style(DOCX_STYLES.listParagraph) + numbering, '')
        this.blocks(item, { ...place, level })
      }
    }
  }

  private table(block: Extract<ReportBlock, { type: 'table' }>): void {
    const widths = columnWidths(block)
    const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="B9B9B3"/>`).join('')
    this.parts.push(
      `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`,
      `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>`,
      '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>',
    )
    block.columns.forEach((column, at) => {
      this.parts.push(`<w:tc><w:tcPr><w:tcW w:w="${widths[at]}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="E8EEEE"/></w:tcPr>`)
      this.paragraph('', run(column, BOLD))
      this.parts.push('</w:tc>')
    })
    this.parts.push('</w:tr>')
    for (const row of block.rows) {
      this.parts.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>')
      row.forEach((cell, at) => {
        this.parts.push(`<w:tc><w:tcPr><w:tcW w:w="${widths[at]}" w:type="dxa"/></w:tcPr>`)
        const before = this.parts.length
        this.blocks(cell, { level: -1 })
        // A cell must end with a paragraph, even an empty one.
        if (this.parts.length === before || this.parts[this.parts.length - 1].endsWith('</w:tbl>')) this.parts.push('<w:p/>')
        this.parts.push('</w:tc>')
      })
      this.parts.push('</w:tr>')
    }
    this.parts.push('</w:tbl>')
  }

  private picture(block: ImageBlock): void {
    const picture = this.picturesByBlock.get(block)
    if (!picture) throw new Error('a picture was not drawn before the document was written')
    const number = this.pictures.length + 1
    const placed = { relationshipId: `rIdPicture${number}`, fileName: `picture${number}.png`, picture }
    this.pictures.push(placed)
    this.paragraph('', `<w:r>${drawingXml(placed, number)}</w:r>`)
  }
}

export const style = (id: string) => `<w:pStyle w:val="${id}"/>`
const indentXml = (left: number) => `<w:ind w:left="${left}"/>`

export const BOLD = '<w:b/><w:bCs/>'
const ITALIC = '<w:i/><w:iCs/>'

/** One run of text, with its run properties already written. */
export function run(text: string, properties = ''): string {
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`
}

function runs(content: readonly Inline[]): string {
  let out = ''
  for (const part of mergedRuns(content)) {
    if ('break' in part) {
      out += '<w:r><w:br/></w:r>'
      continue
    }
    const marks = part.marks ?? []
    out += run(
      part.text,
      (marks.includes('bold') ? BOLD : '') + (marks.includes('italic') ? ITALIC : '') + (marks.includes('strike') ? '<w:strike/>' : '') + (marks.includes('underline') ? '<w:u w:val="single"/>' : ''),
    )
  }
  return out
}

/** Roughly how wide a character of 11 pt Arial is, and a cell's margins, in twentieths of a point. */
const CHARACTER = 110
const CELL_MARGINS = 240

/**
 * Column widths in twentieths of a point: each column is first given room for its longest word (so
 * no word breaks mid-way), then the rest of the page is shared out by how much each column holds.
 */
function columnWidths(block: Extract<ReportBlock, { type: 'table' }>): number[] {
  const columns = block.columns.map((column, at) => {
    const words = { characters: 0, longest: 0 }
    measure(column, words)
    for (const row of block.rows) measureBlocks(row[at] ?? [], words)
    return { least: words.longest * CHARACTER + CELL_MARGINS, weight: Math.max(words.characters / (block.rows.length + 1), 1) }
  })
  const least = columns.reduce((sum, column) => sum + column.least, 0)
  if (least >= TEXT_WIDTH) return columns.map((column) => Math.floor((TEXT_WIDTH * column.least) / least))
  const weights = columns.reduce((sum, column) => sum + column.weight, 0)
  return columns.map((column) => Math.floor(column.least + ((TEXT_WIDTH - least) * column.weight) / weights))
}

function measure(text: string, words: { characters: number; longest: number }) {
  words.characters += text.length
  for (const word of text.split(/\s+/)) if (word.length > words.longest) words.longest = word.length
}

function measureBlocks(blocks: readonly ReportBlock[], words: { characters: number; longest: number }) {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      for (const part of block.content) if ('text' in part) measure(part.text, words)
    } else if (block.type === 'heading' || block.type === 'note') measure(block.text, words)
    else if (block.type === 'list') for (const item of block.items) measureBlocks(item, words)
    else if (block.type === 'quote') measureBlocks(block.content, words)
  }
}

/** English Metric Units: 914,400 to the inch, 96 CSS pixels to the inch. */
const EMU_PER_PIXEL = 9525

function drawingXml({ relationshipId, fileName, picture }: PlacedPicture, number: number): string {
  const cx = picture.width * EMU_PER_PIXEL
  const cy = picture.height * EMU_PER_PIXEL
  const alt = xml(picture.alt)
  return (
    `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${number}" name="Picture ${number}" descr="${alt}" title="${alt}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
    `<pic:nvPicPr><pic:cNvPr id="${number}" name="${fileName}" descr="${alt}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${relationshipId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`
  )
}
