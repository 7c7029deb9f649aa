import { Buffer } from 'node:buffer'
import { madePictures, type MadePicture } from '../pictures/pictures.js'
import type { ImageBlock, Inline, Report, ReportBlock } from '../report.js'
import { coverLines, documentTitle, mergedRuns } from './cover.js'

/**
 * A self-contained HTML page that prints well: one file, no scripts, no outside assets (images are
 * data: URLs), styles inline. It needs no script to print: the map page's Print button prints it
 * from a frame, and the page itself says how (Ctrl+P) when opened from a download. So it is the
 * same under the server's strict Content Security Policy as from a disk.
 */
export async function renderHtml(report: Report): Promise<string> {
  const pictures = await madePictures(report)
  const blocks = (list: readonly ReportBlock[]): string => list.map(block).join('\n')
  const block = (value: ReportBlock): string => (value.type === 'image' ? picture(pictures.get(value)) : blockHtml(value, blocks))
  const cover = coverLines(report)
    .map(({ label, value }) => `<div><dt>${escape(label)}</dt><dd>${escape(value)}</dd></div>`)
    .join('')
  const sections = report.sections
    .map((section) => `<section id="${escape(`section-${section.id}`)}">\n<h2>${escape(section.heading)}</h2>\n${blocks(section.blocks)}\n</section>`)
    .join('\n')
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Kinmap">
<title>${escape(`${documentTitle(report)}: ${report.title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escape(documentTitle(report))}</h1>
<dl class="cover">${cover}</dl>
<p class="notice">${escape(report.notice)}</p>
<p class="print-hint">To print this document or save it as a PDF, press Ctrl+P (⌘P on a Mac).</p>
</header>
${sections}
</main>
</body>
</html>
`
}

const picture = (made: MadePicture | undefined) =>
  made ? `<figure><img src="data:image/png;base64,${Buffer.from(made.png).toString('base64')}" width="${made.width}" height="${made.height}" alt="${escape(made.alt)}"></figure>` : ''

function blockHtml(value: Exclude<ReportBlock, ImageBlock>, blocks: (list: readonly ReportBlock[]) => string): string {
  switch (value.type) {
    case 'heading':
      return `<h${value.level}>${escape(value.text)}</h${value.level}>`
    case 'paragraph':
      return `<p>${inline(value.content)}</p>`
    case 'note':
      return `<p class="note">${escape(value.text)}</p>`
    case 'quote':
      return `<blockquote>${blocks(value.content)}</blockquote>`
    case 'list': {
      const tag = value.ordered ? 'ol' : 'ul'
      return `<${tag}>${value.items.map((item) => `<li>${blocks(item)}</li>`).join('')}</${tag}>`
    }
    case 'table':
      return `<table><thead><tr>${value.columns.map((column) => `<th scope="col">${escape(column)}</th>`).join('')}</tr></thead><tbody>${value.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${blocks(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    case 'rule':
      return '<hr>'
  }
}

function inline(content: readonly Inline[]): string {
  return mergedRuns(content)
    .map((part) => {
      if ('break' in part) return '<br>'
      let marked = escape(part.text)
      const marks = part.marks ?? []
      if (marks.includes('underline')) marked = `<u>${marked}</u>`
      if (marks.includes('italic')) marked = `<em>${marked}</em>`
      if (marks.includes('bold')) marked = `<strong>${marked}</strong>`
      if (marks.includes('strike')) marked = `<s>${marked}</s>`
      return marked
    })
    .join('')
}

export function escape(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #f4f4f1; color: #1d1d1b; font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif; }
main { max-width: 52rem; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff; box-shadow: 0 1px 4px rgb(0 0 0 / 12%); }
h1 { font-size: 1.9rem; margin: 0 0 0.75rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #2f5d62; color: #2f5d62; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
p { margin: 0.4rem 0; }
.cover { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 1rem; }
.cover div { display: contents; }
.cover dt { font-weight: 600; }
.cover dd { margin: 0; }
.notice { padding: 0.6rem 0.9rem; border-left: 4px solid #b35c00; background: #fff6e8; }
.print-hint { color: #555; font-size: 0.9rem; }
.note { font-style: italic; color: #555; }
blockquote { margin: 0.5rem 0; padding: 0.25rem 1rem; border-left: 4px solid #1f5fa8; color: #123d6e; }
ul, ol { padding-left: 1.5rem; }
li { margin: 0.35rem 0; }
li > p:last-child em { color: #444; }
table { width: 100%; border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid #b9b9b3; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #e8eeee; }
td > p:first-child, td > ul:first-child { margin-top: 0; }
figure { margin: 1rem 0; }
img { max-width: 100%; height: auto; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .print-hint { display: none; }
  h2, h3, h4 { break-after: avoid; }
  tr, li, blockquote, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; }
}
`
