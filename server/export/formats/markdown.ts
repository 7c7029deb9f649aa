import type { Inline, Report, ReportBlock } from '../report.js'
import { coverLines, documentTitle, mergedRuns } from './cover.js'

/**
 * Markdown (CommonMark with GitHub's tables): for case record systems and editors that take it.
 * Everything typed is escaped, so card text can never become markup; underline, which Markdown
 * lacks, is written as <u>.
 */
export function renderMarkdown(report: Report): string {
  const out: string[] = [`# ${escape(documentTitle(report))}`, '']
  for (const { label, value } of coverLines(report)) out.push(`**${label}:** ${escape(value)}  `)
  out.push('', `> ${escape(report.notice)}`, '')
  const page = (line: string) => void out.push(line)
  for (const section of report.sections) {
    out.push(`## ${escape(section.heading)}`, '')
    writeBlocks(section.blocks, page)
    out.push('')
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}

/**
 * Where a line goes: straight onto the page, or through the margins of the quotes and list items it
 * sits in, each adding its own ("> ", a list marker, an indent) on the way out. Lines are written
 * once, however deep they sit.
 */
type Write = (line: string) => void

/** Blocks, a blank line between each. */
function writeBlocks(list: readonly ReportBlock[], write: Write): void {
  list.forEach((block, at) => {
    if (at > 0) write('')
    writeBlock(block, write)
  })
}

function writeBlock(block: ReportBlock, write: Write): void {
  switch (block.type) {
    case 'heading':
      return write(`${'#'.repeat(block.level)} ${escape(block.text)}`)
    case 'paragraph':
      for (const line of inline(block.content).split('\n')) write(line)
      return
    case 'note':
      return write(`_${escape(block.text)}_`)
    case 'quote':
      return writeBlocks(block.content, (line) => write(line ? `> ${line}` : '>'))
    case 'list':
      return block.items.forEach((item, index) => {
        const marker = block.ordered ? `${index + 1}. ` : '- '
        const indent = ' '.repeat(marker.length)
        let first = true
        // Each item's blocks stay inside it, indented to the width of its marker.
        writeBlocks(item, (line) => {
          write(first ? marker + line : line ? indent + line : '')
          first = false
        })
      })
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`
      write(row(block.columns.map(escape)))
      write(row(block.columns.map(() => '---')))
      for (const cells of block.rows) write(row(cells.map(cellText)))
      return
    }
    // Case record systems take Markdown as text into a field: a picture as a data: URL would arrive
    // as tens of kilobytes of letters, or be stripped. The picture is in the Word and web page files.
    case 'image':
      return write(`_The picture “${escape(block.alt.replace(/\.$/, ''))}” is in the Word and web page exports of this map._`)
    case 'rule':
      return write('---')
  }
}

/** A table cell's blocks on one line: its lines joined by <br>, its pipes escaped. */
function cellText(cell: readonly ReportBlock[]): string {
  const lines: string[] = []
  writeBlocks(cell, (line) => void (line !== '' && lines.push(line)))
  return lines.join('<br>').replace(/\|/g, '\\|')
}

/** Runs with their marks; spaces stay outside the markers, where CommonMark needs them. */
function inline(content: readonly Inline[]): string {
  return mergedRuns(content)
    .map((part) => {
      if ('break' in part) return '\\\n'
      // Trimmed by hand: a lazy regex over the whole run is quadratic in its length.
      const core = part.text.trim()
      if (!core) return part.text
      const lead = part.text.slice(0, part.text.length - part.text.trimStart().length)
      const trail = part.text.slice(part.text.trimEnd().length)
      let marked = escape(core)
      const marks = part.marks ?? []
      if (marks.includes('underline')) marked = `<u>${marked}</u>`
      if (marks.includes('italic')) marked = `*${marked}*`
      if (marks.includes('bold')) marked = `**${marked}**`
      if (marks.includes('strike')) marked = `~~${marked}~~`
      return lead + marked + trail
    })
    .join('')
}

/** Backslash-escapes what Markdown would read as markup, and what would open a block at a line's start. */
export function escape(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|~#!&]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+=]|\d+[.)])(?=\s|$)/gm, (_match, space: string, marker: string) => `${space}${marker.replace(/([-+=.)])$/, '\\$1')}`)
}
