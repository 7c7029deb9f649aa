import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { addMember, addStaff, createMap, personIn } from './support.js'

/** A person's group in the drawing (`data-person-id`), found by the start of their accessible name. */
const personOnCanvas = (page: Page, name: string) => page.locator('.kinmap-genogram [data-person-id]').and(page.getByRole('button', { name: new RegExp(`^${name}`) }))

async function box(page: Page, name: string) {
  const found = await personOnCanvas(page, name).boundingBox()
  if (!found) throw new Error(`${name} is not drawn`)
  return found
}

const panel = (page: Page) => page.locator('.kinmap-genogram-panel')

async function openGenogram(page: Page, mapId: string) {
  await page.goto(`/maps/${mapId}`)
  await page.getByRole('button', { name: 'Genogram', exact: true }).click()
  await expect(panel(page).getByRole('heading', { name: 'Genogram' })).toBeVisible()
}

/** Adds someone through the person form in the genogram's panel; the form is already open. */
async function fillPerson(page: Page, name: string, relationship: string, gender: 'Female' | 'Male') {
  const form = panel(page)
  await form.getByLabel('Name', { exact: true }).fill(name)
  await form.getByLabel('Relationship to the child, or role').fill(relationship)
  await form.getByLabel('Gender').selectOption({ label: gender })
}

test('two people build a small family on the genogram together, and the rules refuse a child as his mother’s parent', async ({ browser }) => {
  const priya = addStaff('Priya Shah')
  const gareth = addStaff('Gareth Owusu')
  const a = await personIn(browser, priya)
  const mapId = await createMap(a.page, 'Ellie Hale', ['Ellie Hale'])
  await addMember(a.page, mapId, gareth, 'professional')
  const b = await personIn(browser, gareth)
  await Promise.all([openGenogram(a.page, mapId), openGenogram(b.page, mapId)])

  // Priya adds Ellie's mother, then from her a child.
  await panel(a.page).getByRole('button', { name: 'Add a person' }).click()
  await fillPerson(a.page, 'Sophie Hale', 'mother', 'Female')
  await panel(a.page).getByRole('button', { name: 'Add person' }).click()
  await expect(panel(a.page).getByRole('heading', { name: 'Sophie Hale' })).toBeVisible()
  await panel(a.page).getByRole('button', { name: 'Add child' }).click()
  await fillPerson(a.page, 'Jack Hale', 'brother', 'Male')
  await panel(a.page).getByRole('button', { name: 'Add child' }).click()
  await expect(panel(a.page).getByRole('heading', { name: 'Jack Hale' })).toBeVisible()

  // Gareth sees them drawn and adds Jack's father as Sophie's partner.
  await expect(personOnCanvas(b.page, 'Jack Hale')).toBeVisible()
  await personOnCanvas(b.page, 'Sophie Hale').click()
  await panel(b.page).getByRole('button', { name: 'Add partner' }).click()
  await fillPerson(b.page, 'Dean Marsh', 'father', 'Male')
  await panel(b.page).getByLabel('How they are together').selectOption({ label: 'Married' })
  await panel(b.page).getByRole('checkbox', { name: 'Jack Hale' }).check()
  await panel(b.page).getByRole('button', { name: 'Add partner' }).click()
  await expect(panel(b.page).getByRole('heading', { name: 'Dean Marsh' })).toBeVisible()

  // Both see the couple line, and Jack below and between his parents.
  for (const { page } of [a, b]) {
    await expect(page.locator('.kinmap-genogram [data-couple="married"]')).toHaveCount(1)
    await expect(personOnCanvas(page, 'Dean Marsh')).toBeVisible()
    await expect
      .poll(async () => {
        const [mother, father, child] = [await box(page, 'Sophie Hale'), await box(page, 'Dean Marsh'), await box(page, 'Jack Hale')]
        const centre = (found: { x: number; width: number }) => found.x + found.width / 2
        const between = Math.min(centre(mother), centre(father)) < centre(child) && centre(child) < Math.max(centre(mother), centre(father))
        const below = child.y > Math.max(mother.y + mother.height, father.y + father.height)
        return between && below
      })
      .toBe(true)
  }

  // Priya tries to make Jack his mother's parent: refused in plain words, nothing drawn.
  await personOnCanvas(a.page, 'Sophie Hale').click()
  await panel(a.page).getByRole('button', { name: 'Relate to…' }).click()
  await panel(a.page).getByLabel('Who').selectOption({ label: 'Jack Hale' })
  await panel(a.page).getByLabel('How they are related').selectOption({ label: 'Jack Hale is Sophie Hale’s parent' })
  await panel(a.page).getByRole('button', { name: 'Add relationship' }).click()
  await expect(panel(a.page).getByRole('alert')).toHaveText('That would make Jack Hale his own ancestor.')
  await panel(a.page).getByRole('button', { name: 'Cancel' }).click()
  await expect(panel(a.page).getByText('Son of Jack Hale')).toHaveCount(0)

  // Gareth drags Dean to the right: Priya sees him move, pinned. Both first bring the whole family into view.
  for (const { page } of [a, b]) await page.getByRole('button', { name: 'Genogram', exact: true }).click()
  await expect(personOnCanvas(b.page, 'Dean Marsh')).toBeInViewport()
  const before = await box(a.page, 'Dean Marsh')
  const dean = await box(b.page, 'Dean Marsh')
  await b.page.mouse.move(dean.x + dean.width / 2, dean.y + dean.height / 2)
  await b.page.mouse.down()
  await b.page.mouse.move(dean.x + dean.width / 2 + 80, dean.y + dean.height / 2, { steps: 8 })
  await b.page.mouse.move(dean.x + dean.width / 2 + 160, dean.y + dean.height / 2, { steps: 8 })
  await b.page.mouse.up()
  await expect(personOnCanvas(a.page, 'Dean Marsh')).toHaveAttribute('data-pinned', 'true')
  await expect.poll(async () => (await box(a.page, 'Dean Marsh')).x - before.x).toBeGreaterThan(40)

  // The legend lists the couple line used, and the download holds the family.
  await expect(a.page.locator('.kinmap-genogram [data-legend="couple-married"]')).toContainText('Married')
  await panel(a.page).getByRole('button', { name: 'All people and relationships' }).click()
  const [download] = await Promise.all([a.page.waitForEvent('download'), panel(a.page).getByRole('button', { name: 'Download SVG' }).click()])
  expect(download.suggestedFilename()).toBe('genogram-Ellie-Hale.svg')
  const svg = await readFile((await download.path())!, 'utf8')
  for (const name of ['Sophie Hale', 'Jack Hale', 'Dean Marsh']) expect(svg).toContain(name)

  await a.context.close()
  await b.context.close()
})
