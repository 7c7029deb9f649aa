import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { addStaff, createMap, personIn } from './support.js'

const RULE = 'On the nights Sophie works, Ellie and Jack sleep at my flat.'
const CONTINGENCY = 'If the plan cannot be kept, Ellie and Jack stay with Maureen and Priya calls a family network meeting the same week.'
const todayInLondon = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date())

/** Writes into a rich part: its preview takes the keyboard and becomes the editor. */
async function write(page: Page, name: string, text: string) {
  const box = page.getByRole('textbox', { name })
  await box.click()
  await expect(box).toBeFocused()
  await page.keyboard.type(text)
}

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()

test('a grandmother writes a plan rule on her phone, the worker ties it to the worry and agrees the plan, and her copy lists her part', async ({ browser }) => {
  // Two browsers (one a phone opening the canvas first) and three accessibility scans: more than the usual minute.
  test.slow()
  const priya = addStaff('Priya Shah')
  const worker = await personIn(browser, priya)
  const mapId = await createMap(worker.page, 'Ellie and Jack Hale', ['Ellie Hale', 'Jack Hale'])

  // The worker puts Maureen on the map, writes the danger statement, and invites Maureen.
  await worker.page.goto(`/maps/${mapId}/analysis`)
  await worker.page.getByRole('button', { name: 'People' }).click()
  await worker.page.getByRole('button', { name: 'Add person' }).click()
  await worker.page.getByLabel('Name').fill('Maureen Hale')
  await worker.page.getByLabel('Relationship to the child, or role').fill('maternal grandmother')
  await worker.page.getByLabel('Group').selectOption({ label: 'Network' })
  await worker.page.getByRole('button', { name: 'Add person' }).click()
  await worker.page.getByRole('button', { name: 'Add a danger statement' }).click()
  await worker.page.keyboard.type('When Dean has been drinking he shouts at Sophie and grabs her.')
  await worker.page.getByRole('button', { name: 'Invitations' }).click()
  await worker.page.getByRole('button', { name: 'Invite Maureen Hale' }).click()
  const link = await worker.page.getByLabel('Link for Maureen Hale only').inputValue()
  await worker.page.getByRole('link', { name: 'Safety plan' }).click()
  await expect(worker.page.getByText('Not yet: 1 of the 1 danger statements has no rule yet.')).toBeVisible()
  await expect(worker.page.getByText('No rule answers this yet.')).toBeVisible()

  // Maureen, on her own phone, writes a rule in her own words: the plan records that they are hers.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', timezoneId: 'Europe/London' })
  const maureen = await phone.newPage()
  await maureen.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  await expect(maureen.getByText('Taking part as Maureen Hale')).toBeVisible()
  await maureen.getByRole('link', { name: 'Safety plan' }).click()
  await maureen.getByRole('button', { name: 'Add a rule' }).click()
  await expect(maureen.getByRole('textbox', { name: 'Who does what, and when (Rule 1)' })).toBeFocused()
  await maureen.keyboard.type(RULE)
  await expect(maureen.getByText('In the words of Maureen Hale (maternal grandmother)')).toBeVisible()

  // The worker sees the rule arrive, ties it to the statement and names Maureen as who does it.
  const rule = worker.page.getByRole('article', { name: 'Rule 1' })
  await expect(rule.getByText(RULE)).toBeVisible()
  await expect(rule.getByText('In the words of Maureen Hale (maternal grandmother)')).toBeVisible()
  await rule.getByLabel('Add a statement it answers').selectOption({ label: 'Danger statement 1: When Dean has been drinking he shouts at Sophie and grabs her.' })
  await rule.getByRole('button', { name: 'Add to rule 1', exact: true }).click()
  await rule.getByLabel('Add who does it').selectOption({ label: 'Maureen Hale (maternal grandmother)' })
  await rule.getByRole('button', { name: 'Add to who does rule 1', exact: true }).click()

  // Coverage turns complete on both screens.
  await expect(worker.page.getByText('Yes: the one danger statement has a rule that answers it.')).toBeVisible()
  await expect(maureen.getByText('Yes: the one worry has a rule that answers it.')).toBeVisible()
  await expect(worker.page.getByText('No rule answers this yet.')).toHaveCount(0)

  // Agreeing is refused while there is no contingency, with the reason; then the worker writes one and agrees.
  await expect(worker.page.getByRole('listitem').filter({ hasText: 'a contingency: what will happen if the plan cannot be kept' })).toBeVisible()
  await worker.page.getByRole('button', { name: 'Agree the plan' }).click()
  await expect(worker.page.getByRole('alert').filter({ hasText: 'The safety plan cannot be agreed yet. Still to add: a contingency' })).toBeVisible()
  await write(worker.page, 'The contingency (the safety plan)', CONTINGENCY)
  await expect(worker.page.getByText('it is ready to agree')).toBeVisible()
  await worker.page.getByRole('button', { name: 'Agree the plan' }).click()
  await expect(worker.page.getByText(`Agreed on ${todayInLondon()} (recorded by Priya Shah).`)).toBeVisible()
  await expect(maureen.getByText(`Agreed on ${todayInLondon()} (recorded by Priya Shah).`)).toBeVisible()
  expect((await axe(worker.page)).violations).toEqual([])
  expect((await axe(maureen)).violations).toEqual([])

  // What Maureen may be told, then her copy: her part, what she may be told, the rule; and the worker records it.
  const told = worker.page.getByRole('article', { name: 'Maureen Hale (maternal grandmother)' }).getByLabel('What they may be told')
  await told.fill('All the worries: Sophie has agreed.')
  await told.press('Enter')
  await worker.page.getByRole('link', { name: 'Their copy (Maureen Hale)' }).click()
  const copy = worker.page.getByRole('article', { name: 'Maureen Hale’s copy' })
  await expect(copy.getByText(`This plan was agreed on ${todayInLondon()}.`)).toBeVisible()
  await expect(copy.getByRole('region', { name: 'Your part' })).toContainText('You do rule 1 below.')
  await expect(copy.getByRole('region', { name: 'What you can be told' })).toContainText('All the worries: Sophie has agreed.')
  const rules = copy.getByRole('region', { name: 'The rules' })
  await expect(rules.getByText(RULE)).toBeVisible()
  await expect(rules.getByText('Your rule')).toBeVisible()
  await expect(copy.getByRole('region', { name: 'If the plan cannot be kept' })).toContainText(CONTINGENCY)
  await worker.page.getByLabel('How they got it').selectOption({ label: 'Handed over in person' })
  await worker.page.getByRole('button', { name: 'Record that Maureen Hale has their copy' }).click()
  await expect(worker.page.getByText(`Copies given: ${todayInLondon()} (handed over in person).`)).toBeVisible()
  expect((await axe(worker.page)).violations).toEqual([])

  // Maureen sees on her phone that she has been given her copy.
  await expect(maureen.getByText(`Given a copy on ${todayInLondon()} (handed over in person).`)).toBeVisible()

  await worker.context.close()
  await phone.close()
})
