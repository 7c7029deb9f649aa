import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { unzipSync } from 'fflate'
import { expect, test } from '@playwright/test'
import { E2E_DATA_DIR } from '../../playwright.config.js'
import { addStaff, personIn, refuseOutsideRequests, type Staff } from './support.js'

/** The demo map of the fictional Hale family, made with the documented CLI. */
function demoMapOf(owner: Staff): string {
  const printed = execFileSync('npx', ['tsx', 'server/cli.ts', 'demo', '--owner', owner.email], {
    env: { ...process.env, KINMAP_DATA_DIR: E2E_DATA_DIR, LOG_LEVEL: 'warn' },
  }).toString()
  return /\(map ([A-Za-z0-9_-]+)\)/.exec(printed)![1]
}

test('exporting from the map page: a Word file downloads, and Print prints under the server’s Content Security Policy', async ({ browser }) => {
  const priya = addStaff('Priya Shah')
  const mapId = demoMapOf(priya)
  const { context, page } = await personIn(browser, priya)
  const outside = refuseOutsideRequests(page)
  // In every frame, the print frame included: print() is counted instead of opening the dialogue,
  // and any Content Security Policy refusal is kept with the address of the frame refused.
  await context.addInitScript(() => {
    const top = window.top as Window & { printed?: number; refusals?: string[] }
    top.refusals ??= []
    document.addEventListener('securitypolicyviolation', (event) => top.refusals!.push(`${location.href}: ${event.violatedDirective} ${event.blockedURI}`))
    window.print = () => {
      top.printed = (top.printed ?? 0) + 1
    }
  })
  await page.goto(`/maps/${mapId}`)
  await page.getByRole('button', { name: 'Export' }).click()
  await page.getByRole('radio', { name: /Child and Family Assessment/ }).check()
  await page.getByRole('radio', { name: /Word document/ }).check()

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()])
  expect(download.suggestedFilename()).toMatch(/^ellie-and-jack-hale-child-and-family-assessment-\d{4}-\d{2}-\d{2}\.docx$/)
  const parts = unzipSync(fs.readFileSync(await download.path()))
  expect(Object.keys(parts)).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footer1.xml']))
  expect(Object.keys(parts).some((part) => part.startsWith('word/media/'))).toBe(true)

  await page.getByRole('button', { name: 'Print' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Opened the print dialogue.' })).toBeVisible()
  await expect.poll(() => page.evaluate(() => (window as Window & { printed?: number }).printed ?? 0)).toBe(1)
  const printed = page.frameLocator('iframe[title="The document to print"]')
  // The frame is out of sight (but laid out, so it prints): its contents count as hidden.
  await expect(printed.getByRole('heading', { level: 1, name: 'Child and Family Assessment', includeHidden: true })).toBeAttached()
  // The genogram is a data: URL, which the policy allows for images: it loaded.
  const genogram = printed.getByRole('img', { name: /^Genogram of Ellie and Jack Hale/, includeHidden: true })
  await expect.poll(() => genogram.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0)
  // The printed page is a srcdoc frame, under the map page's policy: nothing in it was refused.
  const refusals = await page.evaluate(() => (window as Window & { refusals?: string[] }).refusals ?? [])
  expect(refusals.filter((refusal) => refusal.startsWith('about:srcdoc'))).toEqual([])
  expect(outside).toEqual([])
  await context.close()
})
