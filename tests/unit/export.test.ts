import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { cardsOf, statementsOf } from '../../shared/model/layers.js'
import { BLOCK_IDS } from '../../server/export/blocks/index.js'
import { renderDocx } from '../../server/export/formats/docx.js'
import { renderHtml } from '../../server/export/formats/html.js'
import { renderMarkdown } from '../../server/export/formats/markdown.js'
import { FORMAT_IDS } from '../../server/export/formats/index.js'
import { readExportSource } from '../../server/export/read-map.js'
import { blocksText, paragraph, type Report } from '../../server/export/report.js'
import { loadTemplates, parseTemplate, TemplateError, type ExportTemplate } from '../../server/export/templates.js'
import { chooseExport, BadExportRequest } from '../../server/export/export-map.js'
import { dayOf } from '../../server/export/blocks/words.js'
import { readDocx } from '../support/docx-text.js'
import { EXPORTED_AT, haleFamilyDocs, PROFESSIONAL_ONLY_WORDS } from '../support/export-fixture.js'
import { rendered, reportOf, template, templates } from '../support/exports.js'

const FIXTURES = path.join(import.meta.dirname, '../fixtures/export-templates')

describe('the Word document, read back', () => {
  it('has real headings, lists, tables, marks and the child’s words quoted', async () => {
    const docx = readDocx(await rendered(reportOf(haleFamilyDocs(), template('child-and-family-assessment')), 'docx'))
    expect(docx.parts).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footer1.xml']))
    const headings = [...docx.document.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, heading]) => heading.replace(/&apos;/g, "'"))
    expect(headings).toEqual([
      'What we are worried about',
      "What's working well",
      'Analysis',
      'Judgement',
      "The child's voice",
      'Views of the network',
      'Next steps',
      'Genogram',
      'Sources of information',
    ])
    expect(docx.document.match(/<w:tbl>/g)?.length).toBe(7) // two scaling questions, next steps, the safety network and journal, people, sources
    expect(docx.document).toContain('<w:tblHeader/>')
    expect(docx.outline).toContain('Maureen will have the children at her flat **every night Sophie works**, *starting this week*.')
    expect(docx.outline).toMatch(/\[list 1\] Monday nights/)
    expect(docx.outline).toContain('[KinmapQuote] “I hide under my bed with Jack when Daddy shouts. Jack cries and I put my hands on his ears.”')
    expect(docx.outline).toContain('| Priya Shah (social worker) | 5 | Maureen or Tasha has been with the children every night Sophie worked. | up 2 (from 3 on 03/11/2026) |')
    expect(docx.outline).toContain('**Case Scale Reason: **The network plan has held for two weeks')
    expect(docx.xml('word/footer1.xml')).toContain('PAGE')
  })

  it('embeds a picture as a PNG part, tied in by its relationship and content type, with its alternative text', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#2f5d62"/></svg>'
    const report: Report = {
      ...reportOf(haleFamilyDocs(), template('child-and-family-assessment')),
      sections: [{ id: 'genogram', heading: 'Genogram', blocks: [{ type: 'image', alt: 'The Hale family genogram', draw: () => ({ svg, width: 300, height: 200 }) }, paragraph('Below the picture.')] }],
    }
    const docx = readDocx(await renderDocx(report))
    const media = docx.parts.filter((part) => part.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    expect(isPng(unzipSync(await renderDocx(report))[media[0]])).toBe(true)
    const relationship = new RegExp(`Id="([^"]+)" Type="[^"]+/image" Target="${media[0].slice('word/'.length)}"`).exec(docx.xml('word/_rels/document.xml.rels'))
    expect(relationship).not.toBeNull()
    expect(docx.document).toContain(`<a:blip r:embed="${relationship![1]}"/>`)
    expect(docx.document).toContain('descr="The Hale family genogram"')
    // 300 by 200 CSS pixels, in English Metric Units.
    expect(docx.document).toContain('<wp:extent cx="2857500" cy="1905000"/>')
    expect(docx.xml('[Content_Types].xml')).toContain('<Default Extension="png" ContentType="image/png"/>')
    expect(docx.outline).toContain('Below the picture.')

    const html = await renderHtml(report)
    const dataUrl = /<img src="data:image\/png;base64,([^"]+)" width="300" height="200" alt="The Hale family genogram">/.exec(html)
    expect(isPng(Buffer.from(dataUrl![1], 'base64'))).toBe(true)
    const json = JSON.parse((await rendered(report, 'json')).toString('utf8'))
    const image = json.sections[0].blocks[0]
    expect(image).toMatchObject({ type: 'image', mediaType: 'image/png', width: 300, height: 200, alt: 'The Hale family genogram' })
    expect(isPng(Buffer.from(image.base64, 'base64'))).toBe(true)
    // Markdown goes into case record systems as text: the picture is named, not carried.
    const markdown = renderMarkdown(report)
    expect(markdown).toContain('_The picture “The Hale family genogram” is in the Word and web page exports of this map._')
    expect(markdown).not.toContain('data:image')
  })
})

/** A PNG file starts with its eight-byte signature. */
const isPng = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 8)).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))

describe('the family copy', () => {
  const docs = haleFamilyDocs()
  /** A council's family template that asks for every block there is. */
  const everything: ExportTemplate = parseTemplate(
    { id: 'family-everything', name: 'Everything', audience: 'family', sections: BLOCK_IDS.map((block, index) => ({ id: `s${index}`, blocks: [block] })) },
    'inline',
  )

  it.each(FORMAT_IDS)('holds nothing professional-only or third-party (%s), whatever its template asks for', async (format) => {
    for (const chosen of [template('family-copy'), everything]) {
      const file = await rendered(reportOf(docs, chosen), format)
      const words = format === 'docx' ? readDocx(file).outline : file.toString('utf8')
      expect(words).not.toContain(PROFESSIONAL_ONLY_WORDS)
      expect(words).not.toContain('PC Dana Whitfield')
      expect(words).not.toMatch(/third-party|professionals only/i)
      // No agencies or practice labels on the family's paper.
      expect(words).not.toContain('Oakfield Primary School')
      expect(words).not.toMatch(/Danger statement|Safety goal/)
    }
  })

  it('is built from the shared and record layers alone: handed the professional layer, it refuses', () => {
    expect(() => readExportSource(docs, { mapId: 'map-hale', audience: 'family', now: EXPORTED_AT })).toThrow(/professional layer/)
  })

  it('says the pairs, the next steps and the plan in the family’s words', async () => {
    const markdown = (await rendered(reportOf(docs, template('family-copy')), 'markdown')).toString('utf8')
    expect(markdown).toContain('### What we are worried about\n')
    expect(markdown).toContain('**What needs to be different:**')
    expect(markdown).toContain('| Meet Sophie, Maureen and Tasha to start a safety plan for the nights Sophie works. | Priya Shah | 28/11/2026 | To do | What we are worried about |')
    expect(markdown).toContain('On the nights Sophie works, Ellie and Jack sleep at Maureen’s flat.')
  })
})

describe('templates', () => {
  it('ships the five templates, each naming its audience', () => {
    expect(templates.all.map((each) => [each.id, each.audience])).toEqual([
      ['child-and-family-assessment', 'professional'],
      ['conference-summary', 'professional'],
      ['family-copy', 'family'],
      ['meeting-record', 'professional'],
      ['meeting-record-family', 'family'],
    ])
  })

  it('adds a council’s own folder, mapping its form’s sections without code', () => {
    const withCouncil = loadTemplates(path.join(FIXTURES, 'westshire'))
    const westshire = withCouncil.find('westshire-cfa')!
    expect(westshire.sections.map((section) => section.id)).toEqual(['s2-agencies', 's5-childs-voice', 's5-network', 's7-overall-safety-scale'])
    const report = reportOf(haleFamilyDocs(), westshire)
    const s7 = report.sections.find((section) => section.id === 's7-overall-safety-scale')!
    expect(blocksText(s7.blocks)).toContain('Case Scale Reason')
  })

  it('refuses at load a template that does not validate, naming the file and the path of the bad field', () => {
    expect(() => loadTemplates(path.join(FIXTURES, 'broken'))).toThrow(TemplateError)
    expect(() => loadTemplates(path.join(FIXTURES, 'broken'))).toThrow(/bad-block\.json is not valid:\n {2}- sections\[1\]\.blocks\[1\]\.block: "worries" is not a block Kinmap knows \(the blocks are: domains\.harm, /)
    expect(() => parseTemplate({ id: 'x', name: 'X', audience: 'parents', sections: [] }, 'x.json')).toThrow(/audience: .*\n.*sections: /)
  })

  it('refuses two templates with one id, and a file that is not JSON', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinmap-templates-'))
    fs.copyFileSync(path.join(import.meta.dirname, '../../server/export/templates/family-copy.json'), path.join(dir, 'copy.json'))
    expect(() => loadTemplates(dir)).toThrow(/Two export templates have the id "family-copy"/)
    fs.writeFileSync(path.join(dir, 'copy.json'), '{ "id": ')
    expect(() => loadTemplates(dir)).toThrow(/copy\.json is not valid JSON/)
    fs.rmSync(dir, { recursive: true })
  })

  it('names the valid formats and templates when asked for one that does not exist', () => {
    expect(() => chooseExport(templates, { format: 'pdf', template: 'family-copy' })).toThrow(BadExportRequest)
    expect(() => chooseExport(templates, { format: 'pdf', template: 'family-copy' })).toThrow('"pdf" is not a format Kinmap exports; the formats are: docx, markdown, html, json.')
    expect(() => chooseExport(templates, { format: 'docx', template: 'nope' })).toThrow('the templates are: child-and-family-assessment, conference-summary, family-copy, meeting-record, meeting-record-family')
    expect(() => chooseExport(templates, { format: 'docx', template: 'family-copy', audience: 'professional' })).toThrow(/is for the family audience/)
    expect(chooseExport(templates, { format: 'docx', template: 'family-copy' }).audience).toBe('family')
  })
})

describe('a map whose documents fail validation', () => {
  it('still exports everything else, lists what could not be read, and every file is whole', async () => {
    const docs = haleFamilyDocs()
    const badCard = [...cardsOf(docs.shared).keys()][0]
    cardsOf(docs.shared).get(badCard)!.set('knowledge', 'rumour')
    const badStatement = [...statementsOf(docs.shared).keys()][0]
    statementsOf(docs.shared).get(badStatement)!.delete('goal')
    docs.record.getMap('judgements').set('judgement-3', { id: 'judgement-3', score: 11 })
    const report = reportOf(docs, template('child-and-family-assessment'))
    expect(report.unreadable.sort()).toEqual([badCard, badStatement, 'judgement-3'].sort())
    const last = report.sections.at(-1)!
    expect(last.heading).toBe('Could not be read')
    expect(blocksText(last.blocks)).toContain(badCard)
    // The rest is there: another harm card, the judgement that stands.
    expect(blocksText(report.sections.flatMap((section) => section.blocks))).toContain('Jack has missed two health checks')
    for (const format of FORMAT_IDS) {
      const file = await rendered(report, format)
      const text = format === 'docx' ? readDocx(file).outline : file.toString('utf8')
      expect(text).toContain('Could not be read')
      if (format === 'html') expect(text.trimEnd().endsWith('</html>')).toBe(true)
      if (format === 'json') expect(JSON.parse(text).unreadable).toHaveLength(3)
    }
  })

  it('reads a document with unknown elements in a card’s text without failing', () => {
    const docs = haleFamilyDocs()
    const body = cardsOf(docs.shared).get([...cardsOf(docs.shared).keys()][0])!.get('body') as Y.XmlFragment
    body.insert(0, [new Y.XmlElement('marquee')])
    expect(() => reportOf(docs, template('conference-summary'))).not.toThrow()
  })
})

describe('days in UK time', () => {
  it('are right either side of midnight, in summer and winter time, however often asked', () => {
    for (let asked = 0; asked < 2; asked++) {
      expect(dayOf('2026-06-01T22:59:59Z')).toBe('01/06/2026')
      expect(dayOf('2026-06-01T23:00:00Z')).toBe('02/06/2026')
      expect(dayOf('2026-12-01T23:59:59Z')).toBe('01/12/2026')
      expect(dayOf('2026-12-02T00:00:00Z')).toBe('02/12/2026')
      // The clocks go back at 01:00 UTC on 25 October 2026.
      expect(dayOf('2026-10-24T23:30:00+00:00')).toBe('25/10/2026')
      expect(dayOf('not a date')).toBe('not a date')
    }
  })
})
