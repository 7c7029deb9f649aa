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

test('two people on the canvas see each other’s cards, text and framework, and a reload keeps them', async ({ browser }) => {
  const { a, b, mapId, outside } = await twoPeopleOnOneMap(browser)

  const harm = await centreOf(a.page, 'Harm')
  await a.page.mouse.dblclick(harm.x, harm.y)
  await expect(a.page.getByRole('textbox', { name: 'Text of the card in Harm' })).toBeFocused()
  await a.page.keyboard.type('Dean shouts at Sophie at night when he has been drinking.')

  const cardInB = b.page.getByRole('article', { name: 'Card in Harm' })
  await expect(cardInB).toContainText('Dean shouts at Sophie at night when he has been drinking.')
  await expect(b.page.getByText('Priya Shah').first()).toBeVisible() // on the map now

  await a.page.keyboard.press('Escape')
  await a.page.getByLabel('Framework').selectOption({ label: 'Signs of Wellbeing' })
  await expect(zone(b.page, 'Wellbeing concerns (past)')).toBeVisible()
  await expect(zone(b.page, 'Critical worries (future)')).toBeVisible()
  await expect(b.page.getByRole('article', { name: 'Card in Wellbeing concerns (past)' })).toContainText('Dean shouts at Sophie')

  await b.page.reload()
  await expect(b.page.getByRole('article', { name: 'Card in Wellbeing concerns (past)' })).toContainText(
    'Dean shouts at Sophie at night when he has been drinking.',
  )

  await b.page.goto(`/maps/${mapId}/columns`)
  await expect(b.page.getByRole('region', { name: 'Wellbeing concerns (past)' })).toContainText('Dean shouts at Sophie at night')

  expect(outside.flat()).toEqual([])
  await a.context.close()
  await b.context.close()
})

test('dragging a card into another zone moves it to that domain for everyone', async ({ browser }) => {
  const { a, b, mapId } = await twoPeopleOnOneMap(browser)
  const harm = await centreOf(a.page, 'Harm')
  await a.page.mouse.dblclick(harm.x, harm.y)
  await a.page.keyboard.type('Ellie has missed eleven days of school this term.')
  await a.page.keyboard.press('Escape')
  await a.page.keyboard.press('Escape')

  const card = a.page.getByRole('article', { name: 'Card in Harm' })
  const from = await card.boundingBox()
  const to = await centreOf(a.page, 'Complicating factors')
  await a.page.mouse.move(from!.x + 20, from!.y + 12)
  await a.page.mouse.down()
  await a.page.mouse.move(to.x, to.y, { steps: 12 })
  await a.page.mouse.up()
  await expect(a.page.getByRole('article', { name: 'Card in Complicating factors' })).toContainText('missed eleven days')

  await b.page.goto(`/maps/${mapId}/columns`)
  await expect(b.page.getByRole('region', { name: 'Complicating factors' })).toContainText('Ellie has missed eleven days of school this term.')
  await expect(b.page.getByRole('region', { name: 'Harm' })).not.toContainText('missed eleven days')
  await a.context.close()
  await b.context.close()
})

test('the canvas view has no serious accessibility problems', async ({ browser }) => {
  const { a, b } = await twoPeopleOnOneMap(browser)
  const danger = await centreOf(a.page, 'Danger')
  await a.page.mouse.dblclick(danger.x, danger.y)
  await a.page.keyboard.type('Ellie and Jack could be hurt if they are near when Dean is drunk.')
  await a.page.keyboard.press('Escape')
  const results = await new AxeBuilder({ page: a.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  await a.context.close()
  await b.context.close()
})
