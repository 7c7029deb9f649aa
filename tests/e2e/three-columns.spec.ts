import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { addMember, addStaff, createMap, personIn, refuseOutsideRequests } from './support.js'

test('with the keyboard alone, a card is added, written and moved, and the other person hears of it', async ({ browser }) => {
  const priya = addStaff('Priya Shah')
  const gareth = addStaff('Gareth Owusu')
  const a = await personIn(browser, priya)
  const mapId = await createMap(a.page, 'Ellie and Jack Hale', ['Ellie Hale', 'Jack Hale'])
  await addMember(a.page, mapId, gareth, 'professional')
  const b = await personIn(browser, gareth)
  await b.page.goto(`/maps/${mapId}/columns`)
  await a.page.goto(`/maps/${mapId}/columns`)
  const outside = refuseOutsideRequests(a.page)

  // Only the keyboard from here on for Priya.
  const addToHarm = a.page.getByRole('button', { name: 'Add card to Harm' })
  await expect(addToHarm).toBeVisible()
  await addToHarm.focus()
  await a.page.keyboard.press('Enter')
  await expect(a.page.getByRole('textbox', { name: 'Text of card 1 in Harm' })).toBeFocused()
  await a.page.keyboard.type('Ellie said Dean grabbed her arm when he was shouting.')

  const harmInB = b.page.getByRole('region', { name: 'Harm' })
  await expect(harmInB.getByText('Ellie said Dean grabbed her arm when he was shouting.')).toBeVisible()
  await expect(b.page.locator('[aria-live="polite"]').filter({ hasText: 'New card in Harm from Priya Shah' })).toBeAttached()

  // Tab out of the text, through the card's details, to "Move to".
  const moveTo = a.page.getByRole('region', { name: 'Harm' }).getByLabel('Move to')
  for (let presses = 0; presses < 10 && !(await moveTo.evaluate((element) => element === document.activeElement)); presses++) {
    await a.page.keyboard.press('Tab')
  }
  await expect(moveTo).toBeFocused()
  await a.page.keyboard.press('ArrowDown') // choose Danger: browsing the options moves nothing
  await expect(a.page.getByRole('region', { name: 'Harm' }).getByText('Ellie said Dean grabbed her arm')).toBeVisible()
  await a.page.keyboard.press('Tab')
  await expect(a.page.getByRole('button', { name: 'Move card 1 in Harm' })).toBeFocused()
  await a.page.keyboard.press('Enter')
  await expect(a.page.getByRole('region', { name: 'Danger' }).getByText('Ellie said Dean grabbed her arm')).toBeVisible()
  await expect(a.page.getByRole('region', { name: 'Danger' }).getByLabel('Move to')).toBeFocused()
  await expect(b.page.getByRole('region', { name: 'Danger' }).getByText('Ellie said Dean grabbed her arm')).toBeVisible()
  await expect(b.page.getByRole('region', { name: 'Harm' }).getByText('Ellie said Dean grabbed her arm')).toHaveCount(0)
  expect(outside).toEqual([])
  await a.context.close()
  await b.context.close()
})

test('the three-column view has no serious accessibility problems', async ({ browser }) => {
  const priya = addStaff('Priya Shah')
  const { page, context } = await personIn(browser, priya)
  const mapId = await createMap(page, 'Ellie and Jack Hale', ['Ellie Hale'])
  await page.goto(`/maps/${mapId}/columns`)
  await page.getByRole('button', { name: 'Add card to Existing strengths' }).click()
  await page.keyboard.type('Ellie reads every night with her mum.')
  await page.getByRole('button', { name: 'Add card to Danger' }).focus()
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  await page.goto('/')
  const listResults = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
  expect(listResults.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? '')).map((violation) => violation.id)).toEqual([])
  await context.close()
})

test('an observer reads the map but cannot change it', async ({ browser }) => {
  const priya = addStaff('Priya Shah')
  const lin = addStaff('Lin Roberts')
  const a = await personIn(browser, priya)
  const mapId = await createMap(a.page, 'Ellie and Jack Hale', ['Ellie Hale'])
  await addMember(a.page, mapId, lin, 'observer')
  await a.page.goto(`/maps/${mapId}/columns`)
  await a.page.getByRole('button', { name: 'Add card to Existing safety' }).click()
  await a.page.keyboard.type('Maureen had the children for the night twice in October.')

  const b = await personIn(browser, lin)
  await b.page.goto(`/maps/${mapId}/columns`)
  const safety = b.page.getByRole('region', { name: 'Existing safety' })
  await expect(safety.getByText('Maureen had the children for the night twice in October.')).toBeVisible()
  await expect(b.page.getByRole('button', { name: /Add card/ })).toHaveCount(0)
  await expect(safety.getByRole('textbox')).toHaveCount(0)
  await expect(safety.getByLabel('Move to')).toHaveCount(0)
  await a.context.close()
  await b.context.close()
})
