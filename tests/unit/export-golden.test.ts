import { describe, expect, it } from 'vitest'
import { ExportJson } from '../../server/export/formats/json.js'
import { FORMAT_IDS } from '../../server/export/formats/index.js'
import { readDocx } from '../support/docx-text.js'
import { haleFamilyDocs } from '../support/export-fixture.js'
import { rendered, reportOf, templates } from '../support/exports.js'

/**
 * Golden files: every shipped template in every format, from the fictional Hale family's map with
 * every date fixed. A change to what an export says shows here as a diff to review; after checking
 * it, `npx vitest run tests/unit/export-golden.test.ts -u` writes the new files. The Word file is
 * compared as its document read back (styles, lists, tables and text), not as zip bytes. A
 * picture's PNG is compared as its size, not its bytes (those belong to resvg and the fonts): it
 * is checked to be a PNG twice the size it is shown at.
 */
const GOLDEN = '../fixtures/exports'

describe('golden exports of the Hale family map', () => {
  const docs = haleFamilyDocs()
  const cases = templates.all.flatMap((template) => FORMAT_IDS.map((format) => ({ template, format })))

  it.each(cases)('$template.id as $format', async ({ template, format }) => {
    const file = await rendered(reportOf(docs, template), format)
    if (format === 'docx') {
      await expect(readDocx(file).outline).toMatchFileSnapshot(`${GOLDEN}/${template.id}.docx.txt`)
      return
    }
    const extension = { markdown: 'md', html: 'html', json: 'json' }[format]
    await expect(withPngSizes(file.toString('utf8'))).toMatchFileSnapshot(`${GOLDEN}/${template.id}.${extension}`)
    if (format === 'json') expect(ExportJson.safeParse(JSON.parse(file.toString('utf8'))).success).toBe(true)
  })
})

/** Each base64 PNG (an HTML data: URL or a JSON field) as "[PNG width×height]", once checked to be one. */
function withPngSizes(text: string): string {
  return text.replace(/(data:image\/png;base64,|"base64": ")([A-Za-z0-9+/=]+)/g, (_match, lead: string, base64: string) => {
    const png = Buffer.from(base64, 'base64')
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true)
    return `${lead}[PNG ${png.readUInt32BE(16)}×${png.readUInt32BE(20)}]`
  })
}
