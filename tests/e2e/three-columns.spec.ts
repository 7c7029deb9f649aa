import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { addMember, addStaff, createMap, personIn, refuseOutsideRequests } from './support.js'

test('with the keyboard alone a card is added, written and moved and the other person hears of it; a new person is there to name as who said something; an observer only reads; no serious accessibility problems', async ({ browser }) => {
  const priya = addStaff('Priya Shah')
  const gareth = addStaff('Gareth Owusu')
  const lin = addStaff('Lin Roberts')
  const a = await personIn(browser, priya)
  const mapId = await createMap(a.page, 'Ellie and Jack Hale', ['Ellie Hale', 'Jack Hale'])
  await addMember(a.page, mapId, gareth, 'professional')
  await addMember(a.page, mapId, lin, 'observer')
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

  // A person Priya adds is there for Gareth to name as who said something.
  await a.page.getByRole('button', { name: 'People', exact: true }).click()
  await a.page.getByRole('button', { name: 'Add person' }).click()
  await a.page.getByLabel('Name', { exact: true }).fill('Maureen Hale')
  await a.page.getByLabel('Relationship to the child, or role').fill('maternal grandmother')
  await a.page.getByLabel('Group').selectOption({ label: 'Network' })
  await a.page.getByRole('button', { name: 'Add person' }).click()
  await expect(a.page.getByRole('region', { name: 'Network' })).toContainText('Maureen Hale')
  await a.page.getByRole('button', { name: 'People', exact: true }).click()

  await b.page.getByRole('button', { name: 'Add card to Existing safety' }).click()
  await b.page.keyboard.type('Maureen had the children for the night twice in October.')
  const card = b.page.getByRole('article', { name: 'Existing safety, card 1 of 1' })
  await card.getByText('Details').click()
  await card.getByLabel('Who said it').selectOption({ label: 'Maureen Hale (maternal grandmother)' })
  await expect(a.page.getByRole('article', { name: 'Existing safety, card 1 of 1' })).toContainText('Maureen Hale (maternal grandmother)')

  // Lin observes: she reads everything and can change nothing.
  const c = await personIn(browser, lin)
  await c.page.goto(`/maps/${mapId}/columns`)
  const safety = c.page.getByRole('region', { name: 'Existing safety' })
  await expect(safety.getByText('Maureen had the children for the night twice in October.')).toBeVisible()
  await expect(c.page.getByRole('button', { name: /Add card/ })).toHaveCount(0)
  await expect(safety.getByRole('textbox')).toHaveCount(0)
  await expect(safety.getByLabel('Move to')).toHaveCount(0)

  await a.page.getByRole('button', { name: 'Add card to Danger' }).focus()
  const results = await new AxeBuilder({ page: a.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  await a.page.goto('/')
  const listResults = await new AxeBuilder({ page: a.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
  expect(listResults.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? '')).map((violation) => violation.id)).toEqual([])

  expect(outside).toEqual([])
  for (const person of [a, b, c]) await person.context.close()
})
