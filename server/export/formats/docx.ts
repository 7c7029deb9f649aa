import { zipSync } from 'fflate'
import { picturesOf } from '../pictures/pictures.js'
import type { Report } from '../report.js'
import { coverLines, documentTitle } from './cover.js'
import { BOLD, DocxBody, run, style, type PlacedPicture } from './docx-body.js'
import { DOCX_STYLES, numberingXml, PAGE, STYLES_XML } from './docx-styles.js'
import { xml, XML_DECLARATION } from './xml.js'

/**
 * A real Word document, written as WordprocessingML by hand and zipped with fflate. The `docx`
 * package made the same file at about ten times the cost: it builds an object per element, turns
 * them into plain objects, then into text, so a 300-card map took 200-250 ms before any picture,
 * and its floor (bare paragraphs, no formatting) was already over 100 ms. Pictures are made into
 * PNGs on a worker thread while the text is written.
 */
export async function renderDocx(report: Report): Promise<Buffer> {
  const body = new DocxBody(picturesOf(report))
  body.paragraph(style('Title'), run(documentTitle(report)))
  for (const { label, value } of coverLines(report)) body.paragraph('', run(`${label}: `, BOLD) + run(value))
  body.paragraph(style(DOCX_STYLES.notice), run(report.notice))
  for (const section of report.sections) {
    body.paragraph(style('Heading1'), run(section.heading))
    body.blocks(section.blocks, { level: -1 })
  }
  const document = documentXml(body.parts.join(''))
  const pngs = await Promise.all(body.pictures.map(({ picture }) => picture.png))
  const encode = (text: string) => Buffer.from(text, 'utf8')
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': encode(CONTENT_TYPES),
    '_rels/.rels': encode(PACKAGE_RELATIONSHIPS),
    'docProps/core.xml': encode(coreXml(report)),
    'docProps/app.xml': encode(APP_XML),
    'word/document.xml': encode(document),
    'word/_rels/document.xml.rels': encode(documentRelationships(body.pictures)),
    'word/styles.xml': encode(STYLES_XML),
    'word/numbering.xml': encode(numberingXml(body.numberedLists)),
    'word/settings.xml': encode(SETTINGS_XML),
    'word/footer1.xml': encode(footerXml(report)),
  }
  body.pictures.forEach(({ fileName }, at) => (files[`word/media/${fileName}`] = pngs[at]))
  // Dated as the report is, so the same report makes the same bytes.
  return Buffer.from(zipSync(files, { level: 6, mtime: new Date(report.generatedAt) }))
}

const NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
].join(' ')

const FOOTER_ID = 'rIdFooter1'

function documentXml(body: string): string {
  const section =
    `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_ID}"/><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.margin}" w:right="${PAGE.margin}" w:bottom="${PAGE.margin}" w:left="${PAGE.margin}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`
  return `${XML_DECLARATION}<w:document ${NAMESPACES}><w:body>${body}${section}</w:body></w:document>`
}

/** "Child and Family Assessment: Ellie and Jack Hale. Page 2 of 9", centred. */
function footerXml(report: Report): string {
  const field = (instruction: string) => `<w:fldSimple w:instr=" ${instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>`
  return (
    `${XML_DECLARATION}<w:ftr ${NAMESPACES}><w:p><w:pPr>${style(DOCX_STYLES.footer)}<w:jc w:val="center"/></w:pPr>` +
    `${run(`${documentTitle(report)}: ${report.title}. Page `)}${field('PAGE')}${run(' of ')}${field('NUMPAGES')}</w:p></w:ftr>`
  )
}

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const relationships = (entries: Array<[id: string, type: string, target: string]>) =>
  `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`

const PACKAGE_RELATIONSHIPS = relationships([
  ['rId1', `${RELATIONSHIP}/officeDocument`, 'word/document.xml'],
  ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
  ['rId3', `${RELATIONSHIP}/extended-properties`, 'docProps/app.xml'],
])

const documentRelationships = (pictures: readonly PlacedPicture[]) =>
  relationships([
    ['rIdStyles', `${RELATIONSHIP}/styles`, 'styles.xml'],
    ['rIdNumbering', `${RELATIONSHIP}/numbering`, 'numbering.xml'],
    ['rIdSettings', `${RELATIONSHIP}/settings`, 'settings.xml'],
    [FOOTER_ID, `${RELATIONSHIP}/footer`, 'footer1.xml'],
    ...pictures.map(({ relationshipId, fileName }): [string, string, string] => [relationshipId, `${RELATIONSHIP}/image`, `media/${fileName}`]),
  ])

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml'
const CONTENT_TYPES =
  `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
  [
    ['/word/document.xml', `${WORD}.document.main+xml`],
    ['/word/styles.xml', `${WORD}.styles+xml`],
    ['/word/numbering.xml', `${WORD}.numbering+xml`],
    ['/word/settings.xml', `${WORD}.settings+xml`],
    ['/word/footer1.xml', `${WORD}.footer+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
  ]
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('') +
  '</Types>'

function coreXml(report: Report): string {
  const when = report.generatedAt.replace(/\.\d+Z$/, 'Z')
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${xml(`${documentTitle(report)}: ${report.title}`)}</dc:title><dc:description>${xml(report.notice)}</dc:description><dc:creator>Kinmap</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  )
}

const APP_XML = `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Kinmap</Application></Properties>`

const SETTINGS_XML =
  `${XML_DECLARATION}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
