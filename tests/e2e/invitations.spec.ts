import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { addStaff, createMap, personIn } from './support.js'

test('a grandmother invited by link adds a card the worker sees, and loses the map within 5 s when the link is withdrawn', async ({ browser }) => {
  const priya = addStaff('Priya Shah')
  const worker = await personIn(browser, priya)
  const mapId = await createMap(worker.page, 'Ellie and Jack Hale', ['Ellie Hale', 'Jack Hale'])
  await worker.page.goto(`/maps/${mapId}/columns`)

  await worker.page.getByRole('button', { name: 'People' }).click()
  await worker.page.getByRole('button', { name: 'Add person' }).click()
  await worker.page.getByLabel('Name').fill('Maureen Hale')
  await worker.page.getByLabel('Relationship to the child, or role').fill('maternal grandmother')
  await worker.page.getByLabel('Group').selectOption({ label: 'Network' })
  await worker.page.getByRole('button', { name: 'Add person' }).click()

  await worker.page.getByRole('button', { name: 'Invitations' }).click()
  await worker.page.getByRole('button', { name: 'Invite Maureen Hale' }).click()
  const link = await worker.page.getByLabel('Link for Maureen Hale only').inputValue()
  expect(link).toMatch(/\/join#[A-Za-z0-9_-]{43}$/)
  await expect(worker.page.getByText('Sent, not opened yet')).toBeVisible()

  // Maureen's own phone: a new browser with no account, opening the link she was sent.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', timezoneId: 'Europe/London' })
  const maureen = await phone.newPage()
  await maureen.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  await expect(maureen.getByText('Taking part as Maureen Hale')).toBeVisible()
  await expect(maureen).toHaveURL(new RegExp(`/maps/${mapId}$`))
  expect(maureen.url()).not.toContain('#')
  await expect(maureen.getByRole('button', { name: 'Members' })).toHaveCount(0)
  await expect(maureen.getByRole('button', { name: 'Invitations' })).toHaveCount(0)

  await maureen.goto(`/maps/${mapId}/columns`)
  await maureen.getByRole('button', { name: 'Add card to What already keeps the children safe' }).click()
  await maureen.keyboard.type('I have Ellie and Jack to stay every Saturday night.')
  await expect(worker.page.getByRole('article', { name: 'Existing safety, card 1 of 1' })).toContainText('I have Ellie and Jack to stay every Saturday night.')
  expect((await new AxeBuilder({ page: maureen }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([])

  // Withdrawing closes her map at once, with the reason in plain words.
  await worker.page.getByRole('button', { name: "Withdraw Maureen Hale's invitation" }).click()
  await worker.page.getByRole('button', { name: 'Yes, withdraw' }).click()
  await expect(maureen.getByText('Your invitation to this map has been withdrawn.')).toBeVisible({ timeout: 5_000 })
  await expect(maureen.getByText('I have Ellie and Jack to stay every Saturday night.')).toHaveCount(0)

  // The same link on another device is refused with a clear page.
  const otherPhone = await browser.newContext({ locale: 'en-GB' })
  const stranger = await otherPhone.newPage()
  await stranger.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  await expect(stranger.getByRole('heading', { name: 'This link cannot be opened' })).toBeVisible()
  await expect(stranger.getByRole('alert')).toContainText('withdrawn')

  await worker.context.close()
  await phone.close()
  await otherPhone.close()
})
