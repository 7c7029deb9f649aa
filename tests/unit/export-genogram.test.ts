import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { relationshipsOf } from '../../shared/model/layers.js'
import { pictureFontFiles } from '../../server/export/pictures/fonts.js'
import { picturesOf } from '../../server/export/pictures/pictures.js'
import { svgToPng } from '../../server/export/pictures/png.js'
import { blocksText, type ImageBlock, type Report } from '../../server/export/report.js'
import { parseTemplate } from '../../server/export/templates.js'
import { haleFamilyDocs } from '../support/export-fixture.js'
import { reportOf, template } from '../support/exports.js'

const docs = haleFamilyDocs()
const familyTree = parseTemplate({ id: 'family-tree', name: 'Family tree', audience: 'family', sections: [{ id: 'tree', blocks: ['genogram', 'people'] }] }, 'inline')

const section = (report: Report, id: string) => report.sections.find((each) => each.id === id)!
const imageIn = (report: Report): ImageBlock => report.sections.flatMap((each) => each.blocks).find((block): block is ImageBlock => block.type === 'image')!
/** The width and height a PNG says it has (its IHDR chunk). */
const pngSize = (png: Uint8Array) => ({ width: Buffer.from(png).readUInt32BE(16), height: Buffer.from(png).readUInt32BE(20) })

describe('the genogram in an export', () => {
  it('is the drawing, with pregnancies named under it and never listed as people', () => {
    const report = reportOf(docs, template('child-and-family-assessment'))
    const genogram = section(report, 'genogram')
    expect(genogram.blocks[0]).toMatchObject({ type: 'image', alt: 'Genogram of Ellie and Jack Hale, with 10 people and how they are related.' })
    const words = blocksText(genogram.blocks)
    expect(words).toContain('Also drawn on the genogram: a miscarriage (Sophie and Dean, 2021).')
    expect(words).toContain('Ron Hale | maternal grandfather | Family')
    expect(words).not.toMatch(/^Miscarriage \|/m)
  })

  it('draws professionals’ details for professionals and none for the family', () => {
    const professional = imageIn(reportOf(docs, template('child-and-family-assessment'))).draw().svg
    expect(professional).toContain('>Eastfield,</text>')
    const family = reportOf(docs, familyTree)
    const drawing = imageIn(family).draw().svg
    expect(drawing).toContain('Maureen Hale')
    expect(drawing).not.toMatch(/Eastfield|Oakfield estate|Southbrook|07700/)
    expect(blocksText(family.sections[0].blocks)).toContain('Also drawn on the family tree: a miscarriage (Sophie and Dean, 2021).')
  })

  it('says so when no genogram has been drawn', () => {
    const bare = haleFamilyDocs()
    relationshipsOf(bare.shared).clear()
    expect(blocksText(section(reportOf(bare, template('child-and-family-assessment')), 'genogram').blocks)).toContain('No genogram has been drawn on this map yet.')
    expect(blocksText(reportOf(bare, familyTree).sections[0].blocks)).toContain('The family tree has not been drawn on the map yet.')
  })

  it('becomes a PNG twice its page width, at most a page wide', async () => {
    const [picture] = picturesOf(reportOf(docs, template('child-and-family-assessment'))).values()
    expect(picture.width).toBe(640)
    expect(pngSize(await picture.png)).toEqual({ width: 1280, height: picture.height * 2 })
  })
})

describe('pictures are drawn with the fonts Kinmap serves, not the machine’s', () => {
  const svg = (words: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="10" y="28" font-family="system-ui, sans-serif" font-size="20">${words}</text></svg>`

  it('decompresses the client’s IBM Plex Sans to TrueType files resvg can read', async () => {
    const files = await pictureFontFiles()
    expect(files.map((file) => file.split('/').at(-1))).toEqual(['IBMPlexSans-Medium.ttf', 'IBMPlexSans-Bold.ttf'])
    // A TrueType file starts with its version, 0x00010000.
    for (const file of files) expect(fs.readFileSync(file).readUInt32BE(0)).toBe(0x00010000)
  })

  it('draws the text: words change the picture', async () => {
    const [blank, written, other] = await Promise.all([svgToPng(svg(''), 200), svgToPng(svg('Ellie Hale'), 200), svgToPng(svg('Jack Hale'), 200)])
    expect(Buffer.from(written).equals(Buffer.from(blank))).toBe(false)
    expect(Buffer.from(written).equals(Buffer.from(other))).toBe(false)
  })
})
