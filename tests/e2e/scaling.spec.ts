import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { addStaff, createMap, personIn } from './support.js'

const MAUREENS_REASON = 'Sophie rings me every night before bed.'
const TASHAS_REASON = 'I still see Dean’s van outside on her work nights.'

/** Adds a family or network member in the People panel and opens their invitation in a browser of their own. */
async function familyMemberJoins(browser: Browser, worker: Page, mapId: string, name: string, relationship: string): Promise<Page> {
  await worker.getByRole('button', { name: 'People' }).click()
  await worker.getByRole('button', { name: 'Add person' }).click()
  await worker.getByLabel('Name').fill(name)
  await worker.getByLabel('Relationship to the child, or role').fill(relationship)
  await worker.getByLabel('Group').selectOption({ label: 'Network' })
  await worker.getByRole('button', { name: 'Add person' }).click()
  await worker.getByRole('button', { name: 'Invitations' }).click()
  await worker.getByRole('button', { name: `Invite ${name}` }).click()
  const link = await worker.getByLabel(`Link for ${name} only`).inputValue()
  await worker.getByRole('button', { name: 'Close invitations panel' }).click()
  const phone = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' })
  const page = await phone.newPage()
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  await expect(page.getByText(`Taking part as ${name}`)).toBeVisible()
  await page.goto(`/maps/${mapId}/scaling`)
  return page
}

async function startMeetingAndRound(worker: Page, type: string, date: string, mode: 'Sealed' | 'Open') {
  await worker.getByLabel('Type of meeting').selectOption({ label: type })
  await worker.getByLabel('Date').fill(date)
  for (const name of ['Maureen Hale', 'Tasha Green']) await worker.getByRole('group', { name: 'Who is present' }).getByLabel(name).check()
  await worker.getByRole('button', { name: 'Start the meeting' }).click()
  await expect(worker.getByText('started. Open a scaling round in it below.')).toBeVisible()
  await worker.getByRole('radio', { name: new RegExp(`^${mode}:`) }).check()
  await worker.getByRole('button', { name: 'Open the round' }).click()
}

async function answer(page: Page, score: string, reason: string) {
  const form = page.getByRole('form', { name: /Your number/ })
  await form.getByRole('radio', { name: score, exact: true }).check()
  await form.getByLabel('Why did you choose this number?').fill(reason)
  await form.getByRole('button', { name: 'Give my answer' }).click()
  await expect(form.getByText('Your answer is in.')).toBeVisible()
}

const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  return results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? '')).map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

test('a sealed round: two family members answer from their own browsers, neither sees the other’s number until the facilitator reveals; a second meeting makes two rounds of history', async ({ browser }) => {
  const priya = addStaff('Priya Shah')
  const worker = await personIn(browser, priya)
  const mapId = await createMap(worker.page, 'Ellie and Jack Hale', ['Ellie Hale', 'Jack Hale'])
  await worker.page.goto(`/maps/${mapId}/scaling`)
  const maureen = await familyMemberJoins(browser, worker.page, mapId, 'Maureen Hale', 'maternal grandmother')
  const tasha = await familyMemberJoins(browser, worker.page, mapId, 'Tasha Green', 'neighbour')

  // The facilitator defines a question (the usual 0 and 10 are offered), starts a meeting and opens a sealed round.
  await expect(worker.page.getByLabel('What 0 means')).toHaveValue(/really worried/)
  await worker.page.getByLabel('The question').fill('How safe are Ellie and Jack at home?')
  await worker.page.getByRole('button', { name: 'Add the question' }).click()
  await startMeetingAndRound(worker.page, 'Family network meeting', '03/11/2026', 'Sealed')

  // Each answers on their own device, and sees only their own number.
  await expect(maureen.getByText('Everyone’s numbers stay hidden until they are all shown together')).toBeVisible()
  await answer(maureen, '7', MAUREENS_REASON)
  await expect(maureen.getByText(`Your answer: 7 because “${MAUREENS_REASON}”`)).toBeVisible()
  await answer(tasha, '3', TASHAS_REASON)
  await expect(tasha.getByText(`Your answer: 3 because “${TASHAS_REASON}”`)).toBeVisible()
  await expect(worker.page.getByText('Answered: Maureen Hale, Tasha Green.')).toBeVisible()
  await expect(maureen.getByText('Answered: Maureen Hale, Tasha Green.')).toBeVisible()
  for (const [page, hidden] of [
    [maureen, TASHAS_REASON],
    [tasha, MAUREENS_REASON],
    [worker.page, MAUREENS_REASON],
    [worker.page, TASHAS_REASON],
  ] as const) {
    await expect(page.getByText(hidden)).toHaveCount(0)
  }
  await expect(maureen.getByRole('list', { name: /Numbers for/ })).toHaveCount(0)
  expect(await seriousViolations(maureen)).toEqual([])
  expect(await seriousViolations(worker.page)).toEqual([])

  // The facilitator reveals: everyone sees both numbers and both reasons.
  await worker.page.getByRole('button', { name: 'Reveal the numbers' }).click()
  for (const page of [maureen, tasha, worker.page]) {
    await expect(page.getByText(MAUREENS_REASON)).toBeVisible()
    await expect(page.getByText(TASHAS_REASON)).toBeVisible()
    await expect(page.getByText('Maureen Hale: 7', { exact: true })).toBeVisible()
    await expect(page.getByText('Tasha Green: 3', { exact: true })).toBeVisible()
    await expect(page.getByText('from 3 to 7')).toBeVisible()
  }
  await worker.page.getByRole('button', { name: 'Close the round' }).click()

  // A second meeting, an open round: the history shows both rounds and how each person moved.
  await startMeetingAndRound(worker.page, 'Core group', '17/11/2026', 'Open')
  await answer(maureen, '8', 'Dean has moved out.')
  await answer(tasha, '5', 'The van has gone.')
  for (const page of [worker.page, maureen]) {
    const history = page.getByRole('figure', { name: 'How safe are Ellie and Jack at home?' })
    // The chart (an SVG drawn by recharts): a round on each date, a dot for each person in each round.
    await expect(history.locator('svg .recharts-cartesian-axis-tick-value')).toContainText(['03/11/2026', '17/11/2026', '0', '2', '4', '6', '8', '10'])
    await expect(history.locator('.recharts-line-dot')).toHaveCount(4)
    await expect(history.getByText('Maureen Hale: up 1, from 7 on 03/11/2026 to 8 on 17/11/2026')).toBeVisible()
    await expect(history.getByText('Tasha Green: up 2, from 3 on 03/11/2026 to 5 on 17/11/2026')).toBeVisible()
  }
  expect(await seriousViolations(worker.page)).toEqual([])

  await worker.context.close()
  await maureen.context().close()
  await tasha.context().close()
})
