import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { addMember, addStaff, createMap, personIn, refuseOutsideRequests } from './support.js'

/** A domain's zone on the canvas, found by the label people read on it. */
const zone = (page: Page, label: string) => page.locator('.kinmap-zones__domain').filter({ has: page.getByText(label, { exact: true }) })

async function centreOf(page: Page, label: string) {
  const box = await zone(page, label).boundingBox()
  if (!box) throw new Error(`no ${label} zone on screen`)
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

async function twoPeopleOnOneMap(browser: Parameters<Parameters<typeof test>[2]>[0]['browser']) {
  const priya = addStaff('Priya Shah')
  const gareth = addStaff('Gareth Owusu')
  const a = await personIn(browser, priya)
  const mapId = await createMap(a.page, 'Ellie and Jack Hale', ['Ellie Hale', 'Jack Hale'])
  await addMember(a.page, mapId, gareth, 'professional')
  const b = await personIn(browser, gareth)
  const outside = [refuseOutsideRequests(a.page), refuseOutsideRequests(b.page)]
  await a.page.goto(`/maps/${mapId}`)
  await b.page.goto(`/maps/${mapId}`)
  await expect(zone(a.page, 'Harm')).toBeVisible()
  await expect(zone(b.page, 'Harm')).toBeVisible()
  return { a, b, mapId, outside }
}

test('two people on the canvas see each other’s cards, moves, text and framework, a reload keeps them, and the canvas has no serious accessibility problems', async ({ browser }) => {
  const { a, b, mapId, outside } = await twoPeopleOnOneMap(browser)

  const harm = await centreOf(a.page, 'Harm')
  await a.page.mouse.dblclick(harm.x, harm.y)
  await expect(a.page.getByRole('textbox', { name: 'Text of the card in Harm' })).toBeFocused()
  await a.page.keyboard.type('Ellie reads every night with Sophie and is never late for school.')

  await expect(b.page.getByRole('article', { name: 'Card in Harm' })).toContainText('Ellie reads every night with Sophie and is never late for school.')
  await expect(b.page.getByText('Priya Shah').first()).toBeVisible() // on the map now

  // Written in the wrong zone: dragging it into another moves it to that domain, for everyone.
  await a.page.keyboard.press('Escape')
  await a.page.keyboard.press('Escape')
  const card = a.page.getByRole('article', { name: 'Card in Harm' })
  const from = await card.boundingBox()
  const to = await centreOf(a.page, 'Existing strengths')
  await a.page.mouse.move(from!.x + 20, from!.y + 12)
  await a.page.mouse.down()
  await a.page.mouse.move(to.x, to.y, { steps: 12 })
  await a.page.mouse.up()
  await expect(a.page.getByRole('article', { name: 'Card in Existing strengths' })).toContainText('Ellie reads every night')
  await expect(b.page.getByRole('article', { name: 'Card in Existing strengths' })).toContainText('Ellie reads every night')
  await expect(b.page.getByRole('article', { name: 'Card in Harm' })).toHaveCount(0)

  await a.page.mouse.dblclick(harm.x, harm.y)
  await a.page.keyboard.type('Ellie hid under her bed with Jack when Dean was shouting.')
  await a.page.keyboard.press('Escape')
  const results = await new AxeBuilder({ page: a.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])

  await a.page.getByLabel('Framework').selectOption({ label: 'Signs of Wellbeing' })
  await expect(zone(b.page, 'Wellbeing concerns (past)')).toBeVisible()
  await expect(zone(b.page, 'Critical worries (future)')).toBeVisible()
  await expect(b.page.getByRole('article', { name: 'Card in Wellbeing concerns (past)' })).toContainText('hid under her bed')

  await b.page.reload()
  await expect(b.page.getByRole('article', { name: 'Card in Wellbeing concerns (past)' })).toContainText(
    'Ellie hid under her bed with Jack when Dean was shouting.',
  )

  await b.page.goto(`/maps/${mapId}/columns`)
  await expect(b.page.getByRole('region', { name: 'Existing strengths' })).toContainText('Ellie reads every night with Sophie')
  await expect(b.page.getByRole('region', { name: 'Wellbeing concerns (past)' })).toContainText('hid under her bed')

  expect(outside.flat()).toEqual([])
  await a.context.close()
  await b.context.close()
})
