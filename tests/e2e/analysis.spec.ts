import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { addMember, addStaff, createMap, personIn } from './support.js'

const BEHAVIOUR = 'What specific behaviour or circumstance are we worried about (Danger statement 1)'
const HARM = 'On 14/10/2026 Ellie came to school with a bruise on her arm and said Dean had grabbed her when he was shouting.'
const HARM_QUOTE = 'Harm: On 14/10/2026 Ellie came to school with a bruise on her arm and said Dean had…'
const SENTENCE = 'Priya Shah and Maureen Hale are worried that Dean shouts at Ellie’s mum and grabs her arm when he has been drinking, and that Ellie will be hurt, or too frightened to sleep.'
const todayInLondon = () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date())

/** Writes into a rich part: its preview takes the keyboard and becomes the editor. */
async function write(page: Page, name: string, text: string) {
  const box = page.getByRole('textbox', { name })
  await box.click()
  await expect(box).toBeFocused()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(text)
}

async function addPersonToList(page: Page, select: string, person: string, button: string) {
  await page.getByLabel(select).selectOption({ label: person })
  await page.getByRole('button', { name: button }).click()
}

test('two people write a danger statement and its goal together, the coach guides, and the server agrees only a whole pair', async ({ browser }) => {
  test.slow() // the longest journey: two people type a whole pair, then it is checked on the canvas
  const priya = addStaff('Priya Shah')
  const gareth = addStaff('Gareth Owusu')
  const a = await personIn(browser, priya)
  const mapId = await createMap(a.page, 'Ellie Hale', ['Ellie Hale'])
  await addMember(a.page, mapId, gareth, 'professional')
  const b = await personIn(browser, gareth)
  // Priya first notes what happened, as a harm card, in the three columns.
  await a.page.goto(`/maps/${mapId}/columns`)
  await a.page.getByRole('button', { name: 'Add card to Harm' }).click()
  await expect(a.page.getByRole('textbox', { name: 'Text of card 1 in Harm' })).toBeFocused()
  await a.page.keyboard.type(HARM)
  await a.page.getByRole('link', { name: 'Analysis' }).click()
  await b.page.goto(`/maps/${mapId}/analysis`)
  await expect(a.page.getByRole('link', { name: 'Analysis' })).toHaveAttribute('aria-current', 'page')

  // Priya adds a statement from the keyboard: the keyboard lands in its behaviour.
  const add = a.page.getByRole('button', { name: 'Add a danger statement' })
  await add.focus()
  await a.page.keyboard.press('Enter')
  await expect(a.page.getByRole('textbox', { name: BEHAVIOUR })).toBeFocused()
  await a.page.keyboard.type('Concerns re DV and neglect.')

  // She rests the statement on the harm card; Gareth sees it quoted under the statement.
  await a.page.getByLabel('Add a card it rests on').selectOption({ label: HARM_QUOTE })
  await a.page.getByRole('button', { name: 'Add to what Danger statement 1 rests on' }).click()
  await expect(a.page.getByLabel('Add a card it rests on').getByRole('option', { name: HARM_QUOTE })).toHaveCount(0)

  // Gareth sees the words and the coach's jargon suggestion arrive.
  const pairInB = b.page.getByRole('region', { name: 'Danger statement 1 and its safety goal' })
  await expect(pairInB.getByText('Concerns re DV and neglect.')).toBeVisible()
  const behaviourSuggestions = pairInB.getByRole('list', { name: /^Suggestions: What specific behaviour or circumstance/ })
  await expect(behaviourSuggestions.getByText('Instead of "DV"')).toBeVisible()
  await expect(pairInB.getByText(/\d+ suggestions?/)).toBeVisible()
  await expect(pairInB.getByRole('group', { name: 'What this rests on' }).getByText(HARM_QUOTE, { exact: true })).toBeVisible()
  await expect(pairInB.getByRole('button', { name: `Remove “${HARM_QUOTE}” from what Danger statement 1 rests on` })).toBeVisible()

  // Priya tries to agree it now; the server refuses and says what is missing.
  const pairInA = a.page.getByRole('region', { name: 'Danger statement 1 and its safety goal' })
  await pairInA.getByRole('button', { name: 'Agree this statement and goal' }).click()
  await expect(pairInA.getByRole('alert').filter({ hasText: 'Still to add' })).toContainText('who is worried')
  await expect(pairInA.getByRole('alert').filter({ hasText: 'Still to add' })).toContainText('for how long')
  await expect(pairInA.getByText('Status: Draft')).toBeVisible()

  // Gareth adds Ellie's grandmother to the map, then completes every part.
  await b.page.getByRole('button', { name: 'People' }).click()
  await b.page.getByRole('button', { name: 'Add person' }).click()
  await b.page.getByLabel('Name').fill('Maureen Hale')
  await b.page.getByLabel('Relationship to the child, or role').fill('maternal grandmother')
  await b.page.getByLabel('Group').selectOption({ label: 'Network' })
  await b.page.getByRole('button', { name: 'Add person' }).click()
  await b.page.getByRole('button', { name: 'Close people panel' }).click()

  await addPersonToList(b.page, 'Add who is worried', 'Priya Shah', 'Add to who is worried')
  await addPersonToList(b.page, 'Add who is worried', 'Maureen Hale (maternal grandmother)', 'Add to who is worried')
  await write(b.page, BEHAVIOUR, 'Dean shouts at Ellie’s mum and grabs her arm when he has been drinking')
  await write(b.page, 'What we fear will happen to the child if nothing changes (Danger statement 1)', 'Ellie will be hurt, or too frightened to sleep')
  await write(b.page, 'What will be happening differently in the care of the child (Danger statement 1)', 'An adult who is sober looks after Ellie every evening')
  await addPersonToList(b.page, 'Add who needs to be convinced', 'Priya Shah', 'Add to who needs to be convinced')
  await pairInB.getByRole('textbox', { name: 'For how long', exact: true }).fill('six months')
  await pairInB.getByRole('textbox', { name: 'For how long', exact: true }).press('Enter')
  await write(b.page, 'What we need to see (Danger statement 1)', 'Maureen tells us each week who looked after Ellie at night')
  await addPersonToList(b.page, 'Add to the safety network', 'Maureen Hale (maternal grandmother)', 'Add to the safety network')

  await expect(pairInB.getByText(SENTENCE)).toBeVisible()
  // The plain words leave nothing for the jargon check, on either screen.
  await expect(pairInB.getByText('Instead of "DV"')).toHaveCount(0)
  await expect(pairInA.getByText('Instead of "DV"')).toHaveCount(0)
  await expect(pairInA.getByRole('group', { name: 'Safety network' }).getByText('Maureen Hale')).toBeVisible()
  await expect(pairInA.getByRole('textbox', { name: 'For how long', exact: true })).toHaveValue('six months')
  await expect(pairInA.getByText('Ellie will be hurt, or too frightened to sleep', { exact: true })).toBeVisible()

  await pairInA.getByRole('button', { name: 'Agree this statement and goal' }).click()
  const agreed = `Status: Agreed by Priya Shah on ${todayInLondon()}`
  await expect(pairInA.getByText(agreed)).toBeVisible()
  await expect(pairInB.getByText(agreed)).toBeVisible()
  await expect(pairInA.getByRole('alert').filter({ hasText: 'Still to add' })).toHaveCount(0)

  await b.page.reload()
  await expect(b.page.getByRole('region', { name: 'Danger statement 1 and its safety goal' }).getByText(agreed)).toBeVisible()

  // On the canvas the pair reads across the map: the statement in Danger, the goal in Safety goals.
  // tldraw draws only what is in view: a tall window shows the whole of both columns.
  await b.page.setViewportSize({ width: 1600, height: 1600 })
  await b.page.getByRole('link', { name: 'Canvas' }).click()
  const statementOnCanvas = b.page.getByRole('article', { name: 'Pair 1: Danger statement' })
  const goalOnCanvas = b.page.getByRole('article', { name: 'Pair 1: Safety goal' })
  await expect(statementOnCanvas).toContainText(SENTENCE)
  await expect(statementOnCanvas).toContainText(`Agreed on ${todayInLondon()}`)
  await expect(goalOnCanvas).toContainText('To know Ellie Hale is safe enough for this map to close, Priya Shah needs to see Maureen tells us each week')
  await expect(goalOnCanvas).toContainText('Maureen Hale will help.')
  await b.page.screenshot({ path: 'test-results/analysis-canvas-agreed.png' })

  // Priya changes the words afterwards: both screens say the pair needs agreeing again, live.
  await write(a.page, 'What we fear will happen to the child if nothing changes (Danger statement 1)', 'Ellie will be hurt, or too frightened to sleep at home')
  const changed = `Changed since agreed on ${todayInLondon()} — agree again`
  await expect(statementOnCanvas).toContainText('and that Ellie will be hurt, or too frightened to sleep at home.')
  await expect(statementOnCanvas).toContainText(changed)
  await expect(goalOnCanvas).toContainText(changed)
  await expect(pairInA.getByText(changed)).toBeVisible()
  await b.page.screenshot({ path: 'test-results/analysis-canvas-changed.png' })

  // Gareth opens the pair from the canvas: the Analysis view, at that pair, where he agrees it again.
  // tldraw hit-tests the canvas itself, so the double-click goes to where the shape is.
  const where = (await statementOnCanvas.boundingBox())!
  await b.page.mouse.dblclick(where.x + where.width / 2, where.y + 20)
  await expect(b.page).toHaveURL(/\/analysis\?pair=/)
  await expect(b.page.getByRole('heading', { name: 'Danger statement 1 and its safety goal' })).toBeFocused()
  await b.page.getByRole('button', { name: 'Agree the changed statement and goal' }).click()
  await expect(b.page.getByText(changed)).toHaveCount(0)
  await expect(pairInA.getByText(changed)).toHaveCount(0)
  await expect(pairInA.getByText(`Status: Agreed by Gareth Owusu on ${todayInLondon()}`)).toBeVisible()

  // The three columns list the pair in the same words, with the way to edit it.
  await a.page.getByRole('link', { name: 'Three columns' }).click()
  const inColumns = a.page.getByRole('list', { name: 'Danger statements' })
  await expect(inColumns).toContainText('and that Ellie will be hurt, or too frightened to sleep at home.')
  await expect(inColumns.getByRole('link', { name: 'Edit pair 1 in the Analysis view (danger statement)' })).toBeVisible()
  await a.context.close()
  await b.context.close()
})

test('the analysis view has no serious accessibility problems, marks overdue steps, and an observer only reads it', async ({ browser }) => {
  const priya = addStaff('Priya Shah')
  const lin = addStaff('Lin Roberts')
  const a = await personIn(browser, priya)
  const mapId = await createMap(a.page, 'Ellie Hale', ['Ellie Hale'])
  await addMember(a.page, mapId, lin, 'observer')
  await a.page.goto(`/maps/${mapId}/analysis`)
  await a.page.getByRole('button', { name: 'Add a danger statement' }).click()
  await a.page.keyboard.type('Dean shouts at Ellie’s mum when he has been drinking.')
  await a.page.getByRole('button', { name: 'Add a bottom line to Danger statement 1' }).click()
  await expect(a.page.getByRole('textbox', { name: 'Bottom line (bottom line 1 of Danger statement 1)' })).toBeFocused()
  await a.page.keyboard.type('Dean does not look after Ellie on his own.')
  await a.page.getByRole('button', { name: 'Add a next step' }).click()
  await expect(a.page.getByRole('textbox', { name: 'Action (next step 1)' })).toBeFocused()
  await a.page.keyboard.type('Meet Maureen to plan who looks after Ellie at night.')
  await a.page.getByLabel('Due by').fill('01/02/2020')
  await a.page.getByLabel('Due by').press('Enter')
  const step = a.page.getByRole('article', { name: /Next step 1/ })
  await expect(step.getByText('Overdue', { exact: true })).toBeVisible()
  await a.page.getByLabel('Which statement it serves').selectOption({ label: 'Danger statement 1' })

  for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 800 }]) {
    await a.page.setViewportSize(viewport)
    // The view scrolls inside the map page: one picture of its top, one of its end.
    await a.page.locator('.map-page__view').evaluate((view) => view.scrollTo(0, 0))
    await a.page.screenshot({ path: `test-results/analysis-${viewport.width}x${viewport.height}-top.png` })
    await a.page.locator('.map-page__view').evaluate((view) => view.scrollTo(0, view.scrollHeight))
    await a.page.screenshot({ path: `test-results/analysis-${viewport.width}x${viewport.height}-end.png` })
    await a.page.getByText('Status: Draft').scrollIntoViewIfNeeded()
    await a.page.screenshot({ path: `test-results/analysis-${viewport.width}x${viewport.height}-status.png` })
  }
  const results = await new AxeBuilder({ page: a.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])

  // Deleting the statement asks what becomes of its bottom line and next step; kept ones need attention.
  await a.page.getByRole('button', { name: 'Delete statement and goal (Danger statement 1)' }).click()
  await expect(a.page.getByRole('button', { name: 'No, keep the statement' })).toBeFocused()
  await a.page.getByRole('button', { name: 'Keep them, unlinked' }).click()
  await expect(a.page.getByRole('region', { name: 'Needs attention' }).getByText('Dean does not look after Ellie on his own.')).toBeVisible()
  await expect(a.page.getByRole('button', { name: 'Add a danger statement' })).toBeFocused()

  const b = await personIn(browser, lin)
  await b.page.goto(`/maps/${mapId}/analysis`)
  await expect(b.page.getByRole('region', { name: 'Needs attention' }).getByText('Dean does not look after Ellie on his own.')).toBeVisible()
  await expect(b.page.getByText('Meet Maureen to plan who looks after Ellie at night.')).toBeVisible()
  await expect(b.page.getByRole('button')).not.toHaveCount(0) // the header's own buttons
  await expect(b.page.locator('.analysis-view').getByRole('button')).toHaveCount(0)
  await expect(b.page.locator('.analysis-view').getByRole('textbox')).toHaveCount(0)
  await a.context.close()
  await b.context.close()
})
