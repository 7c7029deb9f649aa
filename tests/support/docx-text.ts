import { unzipSync, strFromU8 } from 'fflate'

/** A .docx read back: its parts by name, and document.xml as an outline of styles, lists, tables and text. */
export function readDocx(file: Uint8Array) {
  const parts = unzipSync(file)
  const xml = (name: string) => (parts[name] ? strFromU8(parts[name]) : '')
  const document = xml('word/document.xml')
  return { parts: Object.keys(parts), document, xml, outline: outlineOf(document) }
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/**
 * One line per paragraph: its style (or list level), then its text with bold and italic runs
 * marked; tables as "[table]" and "|" between cells. What a reader of the Word file would see.
 */
export function outlineOf(document: string): string {
  const body = document.slice(document.indexOf('<w:body>'), document.indexOf('</w:body>'))
  const lines: string[] = []
  const paragraphLine = (paragraph: string) => {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1]
    const list = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/>/.exec(paragraph)
    const runs = [...paragraph.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run]) => {
      const text = [...run.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map(([, words]) => decode(words)).join('') + (run.includes('<w:br/>') ? '⏎' : '')
      if (!text) return ''
      const bold = /<w:b\/>|<w:b w:val="true"\/>/.test(run)
      const italic = /<w:i\/>|<w:i w:val="true"\/>/.test(run)
      return bold && italic ? `***${text}***` : bold ? `**${text}**` : italic ? `*${text}*` : text
    })
    const prefix = [style ? `[${style}]` : '', list ? `[list ${list[1]}]` : ''].join('')
    return `${prefix}${prefix ? ' ' : ''}${runs.join('')}`
  }
  const walk = (xml: string) => {
    const pattern = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g
    for (const [element] of xml.matchAll(pattern)) {
      if (element.startsWith('<w:tbl>')) {
        lines.push('[table]')
        for (const [row] of element.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
          const cells = [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) =>
            [...cell.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => paragraphLine(paragraph)).join(' / '),
          )
          lines.push(`| ${cells.join(' | ')} |`)
        }
      } else if (element !== '<w:p/>') lines.push(paragraphLine(element))
    }
  }
  walk(body)
  return `${lines.filter((line) => line !== '').join('\n')}\n`
}
