import { XML_DECLARATION } from './xml.js'

/**
 * How a Kinmap Word document looks: styles.xml (Word's own Title and Heading 1-3, so the
 * navigation pane and a table of contents work, and Kinmap's quote, note, notice and footer) and
 * numbering.xml (bullets, and numbered lists that each start at 1). Arial 11 pt on A4.
 */
export const DOCX_STYLES = { quote: 'KinmapQuote', note: 'KinmapNote', notice: 'KinmapNotice', footer: 'KinmapFooter', listParagraph: 'ListParagraph' } as const

/** 1 cm, in twentieths of a point. */
export const INDENT = 567
/** A4 (11906 twips) less 2 cm margins either side. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const FONT = 'Arial'
const BRAND = '2F5D62'

/** A paragraph style; `paragraph` and `run` are its pPr and rPr contents, in schema order. */
function paragraphStyle(id: string, name: string, { paragraph = '', run = '', heading = false }: { paragraph?: string; run?: string; heading?: boolean }): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
    `${heading ? '<w:uiPriority w:val="9"/>' : ''}<w:qFormat/>${paragraph ? `<w:pPr>${paragraph}</w:pPr>` : ''}${run ? `<w:rPr>${run}</w:rPr>` : ''}</w:style>`
  )
}

const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`
const bold = '<w:b/><w:bCs/>'
const color = (hex: string) => `<w:color w:val="${hex}"/>`
const spacing = (before: number, after: number) => `<w:spacing w:before="${before}" w:after="${after}"/>`
const leftRule = (size: number, hex: string) => `<w:pBdr><w:left w:val="single" w:sz="${size}" w:space="8" w:color="${hex}"/></w:pBdr>`

const heading = (level: 1 | 2 | 3, halfPoints: number, hex: string, before: number, after: number) =>
  paragraphStyle(`Heading${level}`, `heading ${level}`, {
    heading: true,
    paragraph: `<w:keepNext/>${spacing(before, after)}<w:outlineLvl w:val="${level - 1}"/>`,
    run: bold + color(hex) + size(halfPoints),
  })

export const STYLES_XML =
  XML_DECLARATION +
  `<w:styles ${W}>` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/>${size(22)}<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
  `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
  paragraphStyle('Title', 'Title', { paragraph: spacing(0, 200), run: bold + color('1D1D1B') + size(40) }) +
  heading(1, 30, BRAND, 360, 120) +
  heading(2, 26, '1D1D1B', 240, 100) +
  heading(3, 23, '1D1D1B', 200, 80) +
  paragraphStyle(DOCX_STYLES.listParagraph, 'List Paragraph', { paragraph: `<w:ind w:left="720"/><w:contextualSpacing/>` }) +
  paragraphStyle(DOCX_STYLES.quote, 'Kinmap quote', { paragraph: leftRule(18, '1F5FA8') + `<w:ind w:left="${INDENT}"/>`, run: color('123D6E') }) +
  paragraphStyle(DOCX_STYLES.note, 'Kinmap note', { run: `<w:i/><w:iCs/>${color('555555')}` }) +
  paragraphStyle(DOCX_STYLES.notice, 'Kinmap notice', {
    paragraph: `${leftRule(24, 'B35C00')}<w:shd w:val="clear" w:color="auto" w:fill="FFF6E8"/>${spacing(160, 240)}`,
    run: color('5C3000'),
  }) +
  paragraphStyle(DOCX_STYLES.footer, 'Kinmap footer', { run: color('555555') + size(16) }) +
  `</w:styles>`

const BULLETS = ['•', '◦', '▪']

/** Nine levels of a list, each indented one more centimetre. */
const levels = (numbered: boolean) =>
  Array.from(
    { length: 9 },
    (_, level) =>
      `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${numbered ? 'decimal' : 'bullet'}"/><w:lvlText w:val="${numbered ? `%${level + 1}.` : BULLETS[level % BULLETS.length]}"/>` +
      `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${INDENT * (level + 1)}" w:hanging="360"/></w:pPr></w:lvl>`,
  ).join('')

const BULLETS_ABSTRACT = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels(false)}</w:abstractNum>`
const NUMBERS_ABSTRACT = `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${levels(true)}</w:abstractNum>`
const RESTART = Array.from({ length: 9 }, (_, level) => `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="1"/></w:lvlOverride>`).join('')

/** numbering.xml's list instances: every bulleted list shares one; each numbered list has its own, so each starts at 1. */
export const BULLETS_NUM_ID = 1
export const numberedListNumId = (nth: number) => BULLETS_NUM_ID + nth

export function numberingXml(numberedLists: number): string {
  const numbered = Array.from({ length: numberedLists }, (_, at) => `<w:num w:numId="${numberedListNumId(at + 1)}"><w:abstractNumId w:val="1"/>${RESTART}</w:num>`).join('')
  return `${XML_DECLARATION}<w:numbering ${W}>${BULLETS_ABSTRACT}${NUMBERS_ABSTRACT}<w:num w:numId="${BULLETS_NUM_ID}"><w:abstractNumId w:val="0"/></w:num>${numbered}</w:numbering>`
}
