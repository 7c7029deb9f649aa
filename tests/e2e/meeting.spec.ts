import AxeBuilder from '@axe-core/playwright'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import type * as Y from 'yjs'
import { addPerson, createCard, readCards, readPeople } from '../../shared/model/case-map.js'
import { createDangerStatement, readDangerStatements } from '../../shared/model/danger-statements.js'
import { DEFAULT_TEN, DEFAULT_ZERO } from '../../shared/model/scaling.js'
import { connectLayer } from '../support/sync-client.js'
import { addMember, addStaff, createMap, personIn } from './support.js'

const PROFESSIONALS_ONLY = 'Police intelligence 4471: Dean was seen at the house on 12/11/2026.'
const QUESTION = 'How safe are Ellie and Jack at home?'

/** The browser's session cookie, for setting the map up the way the model's own accessors do. */
async function cookieOf(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ')
}

async function api(page: Page, method: 'get' | 'post', path: string, data?: unknown) {
  const { csrfToken } = await (await page.request.get('/api/session')).json()
  const response = await page.request[method](path, { data, headers: { 'x-kinmap-csrf': csrfToken } })
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true)
  return response.json()
}

const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  return results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? '')).map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** WCAG's contrast ratio of two CSS colours (rgb or rgba, opaque). */
function contrast(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a)
  return (light + 0.05) / (dark + 0.05)
}

test('a core group: everyone’s screen follows the facilitator, the shared screen is large, plain and holds nothing professionals-only, and after everyone rescales the copy of the map shows the movement', async ({ browser }) => {
  // Three people's browsers, a projector and two meetings: a longer journey than most.
  test.setTimeout(180_000)
  const priya = addStaff('Priya Shah')
  const gareth = addStaff('Gareth Owusu')
  const facilitator = await personIn(browser, priya)
  const mapId = await createMap(facilitator.page, 'Ellie and Jack Hale', ['Ellie Hale', 'Jack Hale'])
  await addMember(facilitator.page, mapId, gareth, 'professional')
  const garethId = (await api(facilitator.page, 'get', `/api/maps/${mapId}/members`)).members.find((member: { email: string }) => member.email === gareth.email).userId

  // The map as a practitioner would have built it: Maureen and Gareth on it, a pair, and a card for professionals only.
  const origin = new URL(facilitator.page.url()).origin
  const cookie = await cookieOf(facilitator.context)
  const [shared, professionalLayer] = [connectLayer(origin, mapId, 'shared', cookie), connectLayer(origin, mapId, 'professional', cookie)]
  await Promise.all([shared.synced(), professionalLayer.synced()])
  const maureenId = addPerson(shared.doc, { name: 'Maureen Hale', relationship: 'maternal grandmother', agency: '', group: 'family' })
  const garethPersonId = addPerson(shared.doc, { name: 'Gareth Owusu', relationship: 'class teacher', agency: 'Oakfield Primary School', group: 'professional', userId: garethId })
  createDangerStatement(shared.doc, {
    createdBy: garethId,
    worried: [{ personId: garethPersonId }],
    behaviour: 'When Dean has been drinking he shouts at Sophie.',
    fear: 'Ellie and Jack will keep being frightened at home.',
    goal: { different: 'A sober adult looks after Ellie and Jack every night.', convinced: [{ personId: garethPersonId }], howLong: 'six months', evidence: 'Maureen is there on the nights Sophie works.', networkPersonIds: [maureenId] },
  })
  createCard(professionalLayer.doc, 'professional', { domain: 'harm', knowledge: 'thirdParty', source: { name: 'PC Dana Whitfield', role: 'police officer' }, agency: 'Police', childIds: [], childsWords: null, createdBy: garethId, text: PROFESSIONALS_ONLY })
  // The server has them when a fresh connection reads them back (it answers only with what is on disk).
  const onServer = async (layer: 'shared' | 'professional', has: (doc: Y.Doc) => boolean) => {
    const probe = connectLayer(origin, mapId, layer, cookie)
    await probe.synced()
    const found = has(probe.doc)
    probe.destroy()
    return found
  }
  await expect.poll(() => onServer('shared', (doc) => readPeople(doc).length === 5 && readDangerStatements(doc).length === 1)).toBe(true)
  await expect.poll(() => onServer('professional', (doc) => readCards(doc, 'professional').length === 1)).toBe(true)

  // The core group before this one, with its numbers: its close saved the copy this one is compared with.
  const command = (body: Record<string, unknown>) => api(facilitator.page, 'post', `/api/maps/${mapId}/commands`, body)
  const { questionId } = await command({ type: 'define-scaling-question', statementId: null, question: QUESTION, zero: DEFAULT_ZERO, ten: DEFAULT_TEN })
  const earlier = await command({ type: 'start-meeting', meetingType: 'core-group', date: '2026-11-03', facilitator: { personId: garethPersonId }, present: [{ personId: maureenId }, { personId: garethPersonId }] })
  const { roundId } = await command({ type: 'open-scaling-round', meetingId: earlier.meetingId, questionIds: [questionId], mode: 'open' })
  await command({ type: 'answer-scaling', roundId, questionId, person: { personId: maureenId }, score: 4, reason: 'Dean still comes round on work nights.' })
  await command({ type: 'answer-scaling', roundId, questionId, person: { personId: garethPersonId }, score: 3, reason: 'Ellie is tired at school.' })
  await command({ type: 'close-scaling-round', roundId })
  await command({ type: 'close-meeting', meetingId: earlier.meetingId })
  shared.destroy()
  professionalLayer.destroy()

  // Maureen opens her invitation on her own phone; Gareth has the map open on his laptop.
  const { link } = await api(facilitator.page, 'post', `/api/maps/${mapId}/invitations`, { personId: maureenId })
  const phone = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' })
  const maureen = await phone.newPage()
  await maureen.goto(link.replace(/^https?:\/\/[^/]+/, ''))
  await expect(maureen.getByText('Taking part as Maureen Hale')).toBeVisible()
  const professional = await personIn(browser, gareth)
  await professional.page.goto(`/maps/${mapId}/columns`)

  // The facilitator starts the core group from the Meeting view.
  await facilitator.page.goto(`/maps/${mapId}/meeting`)
  await facilitator.page.getByLabel('Type of meeting').selectOption({ label: 'Core group' })
  await facilitator.page.getByLabel('Date').fill('17/11/2026')
  for (const name of ['Maureen Hale', 'Gareth Owusu']) await facilitator.page.getByRole('group', { name: 'Who is present' }).getByLabel(name).check()
  await facilitator.page.getByLabel('Facilitator').selectOption({ label: 'Priya Shah' })
  await facilitator.page.getByRole('button', { name: 'Start the meeting' }).click()
  for (const page of [facilitator.page, professional.page, maureen]) {
    await expect(page.getByRole('region', { name: 'The meeting', exact: true })).toContainText('Step 1 of 5')
  }
  await expect(maureen.getByRole('region', { name: 'The meeting', exact: true })).toContainText('What we are worried about and what needs to be different')
  await expect(facilitator.page.getByRole('heading', { name: 'Core group, 17/11/2026' })).toBeVisible()
  expect(await seriousViolations(facilitator.page)).toEqual([])

  // The shared screen, on the projector: only the current step, never the professional layer.
  const projector = await facilitator.context.newPage()
  await projector.setViewportSize({ width: 1920, height: 1080 })
  const layersOpened: string[] = []
  projector.on('websocket', (socket) => layersOpened.push(socket.url()))
  await projector.goto(`/maps/${mapId}/present`)
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('What we are worried about and what needs to be different')
  await expect(projector.getByText('Gareth Owusu is worried that when Dean has been drinking he shouts at Sophie')).toBeVisible()

  // Follow the meeting: the facilitator moves it on, and the others' views go with it.
  await facilitator.page.getByRole('button', { name: 'Next: Everyone scales' }).click()
  await expect(maureen).toHaveURL(new RegExp(`/maps/${mapId}/scaling$`))
  await expect(professional.page).toHaveURL(new RegExp(`/maps/${mapId}/scaling$`))
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Everyone’s numbers from 0 to 10')

  // Everyone rescales: a sealed round, Maureen and Gareth answer on their own devices, the facilitator reveals.
  await facilitator.page.goto(`/maps/${mapId}/scaling`)
  await facilitator.page.getByRole('radio', { name: /^Sealed:/ }).check()
  await facilitator.page.getByRole('button', { name: 'Open the round' }).click()
  const maureensForm = maureen.getByRole('form', { name: new RegExp(QUESTION.replace('?', '\\?')) })
  await maureensForm.getByRole('radio', { name: '7', exact: true }).check()
  await maureensForm.getByLabel('Why did you choose this number?').fill('Sophie rings me every night before bed.')
  await maureensForm.getByRole('button', { name: 'Give my answer' }).click()
  await expect(maureensForm.getByText('Your answer is in.')).toBeVisible()
  const garethsForm = professional.page.getByRole('form', { name: new RegExp(QUESTION.replace('?', '\\?')) })
  await garethsForm.getByRole('radio', { name: '6', exact: true }).check()
  await garethsForm.getByLabel('Reason').fill('Ellie tells me she sleeps better.')
  await garethsForm.getByRole('button', { name: 'Give my answer' }).click()
  await expect(garethsForm.getByText('Your answer is in.')).toBeVisible()
  await expect(projector.getByText('Given so far by Maureen Hale, Gareth Owusu.')).toBeVisible()
  await expect(projector.getByText('Maureen Hale: 7')).toHaveCount(0)
  await facilitator.page.getByRole('button', { name: 'Reveal the numbers' }).click()
  await expect(projector.getByText('Maureen Hale: 7')).toBeVisible()
  await expect(projector.getByText('Gareth Owusu: 6')).toBeVisible()

  // From the back of the room, asserted from computed styles at 1920 x 1080: body text at least
  // 32 px, headings at least 48 px, and every text at least 7:1 against what is behind it.
  const measured = await projector.locator('main').evaluate((main) => {
    const backgroundOf = (element: Element | null): string => {
      for (let at = element; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour
      }
      return 'rgb(255, 255, 255)'
    }
    return [...main.querySelectorAll('h1, h2, h3, h4, p, li, strong, span')]
      .filter((element) => element.getBoundingClientRect().width > 0 && [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
      .map((element) => ({
        text: element.textContent?.trim().slice(0, 40),
        heading: /^H\d$/.test(element.tagName),
        size: parseFloat(getComputedStyle(element).fontSize),
        colour: getComputedStyle(element).color,
        background: backgroundOf(element),
      }))
  })
  expect(measured.filter((element) => element.heading).length).toBeGreaterThanOrEqual(2)
  expect(measured.filter((element) => !element.heading).length).toBeGreaterThanOrEqual(3)
  for (const element of measured) {
    expect(element.size, element.text).toBeGreaterThanOrEqual(element.heading ? 48 : 32)
    expect(contrast(element.colour, element.background), element.text).toBeGreaterThanOrEqual(7)
  }
  await projector.screenshot({ path: test.info().outputPath('shared-screen-1920.png') })
  expect(await seriousViolations(projector)).toEqual([])

  // Nothing professionals-only reached the shared screen: not on it, not in its page, not even a connection to that layer.
  await facilitator.page.getByRole('button', { name: 'Next: Progress on next steps' }).click()
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('How the next steps have gone')
  expect(await projector.content()).not.toContain('Police intelligence 4471')
  expect(layersOpened.some((url) => url.endsWith(`/${mapId}/professional`))).toBe(false)
  expect(layersOpened.some((url) => url.endsWith(`/${mapId}/record`))).toBe(true)
  await expect(maureen).toHaveURL(new RegExp(`/maps/${mapId}/meeting$`))

  // Closing the meeting saves its copy of the map; against the core group before, everyone's number moved.
  await facilitator.page.goto(`/maps/${mapId}/meeting`)
  await facilitator.page.getByLabel('Follow the meeting').uncheck()
  await facilitator.page.getByRole('button', { name: 'Close the meeting' }).click()
  await facilitator.page.getByRole('button', { name: 'Yes, close the meeting' }).click()
  await expect(facilitator.page.getByText('Meeting closed. A read-only copy of the map was saved as “Core group 17/11/2026”.')).toBeVisible()
  await expect(maureen.getByRole('region', { name: 'The meeting', exact: true })).toHaveCount(0)
  await facilitator.page.getByText('Core group, 17/11/2026, closed').click()
  const changes = facilitator.page.getByRole('region', { name: 'What changed since the last meeting' })
  await expect(changes.getByText('Compared with the copy saved by Core group 03/11/2026')).toBeVisible()
  await expect(changes.getByText('Maureen Hale: up 3, from 4 to 7')).toBeVisible()
  await expect(changes.getByText('Gareth Owusu: up 3, from 3 to 6')).toBeVisible()
  await changes.getByRole('button', { name: 'Put this in the meeting’s record' }).click()
  await expect(changes.getByText('Put in the meeting’s record.')).toBeVisible()

  // Maureen reads the same copy of the map on her phone, without the professionals' card.
  await maureen.goto(`/maps/${mapId}/meeting`)
  await maureen.getByText('Core group, 17/11/2026, closed').click()
  await maureen.getByRole('link', { name: 'Open the copy of the map saved when it closed' }).click()
  await expect(maureen.getByRole('heading', { name: 'Copy of the map: Core group 17/11/2026' })).toBeVisible()
  await expect(maureen.getByText('Maureen Hale: 7')).toBeVisible()
  expect(await maureen.content()).not.toContain('Police intelligence 4471')

  await facilitator.context.close()
  await professional.context.close()
  await phone.close()
})
