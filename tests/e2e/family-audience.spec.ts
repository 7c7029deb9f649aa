import { execFileSync } from 'node:child_process'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page, type WebSocket } from '@playwright/test'
import { E2E_DATA_DIR } from '../../playwright.config.js'
import { createCard } from '../../shared/model/case-map.js'
import { aCard } from '../support/cards.js'
import { connectLayer } from '../support/sync-client.js'
import { addStaff, personIn, type Staff } from './support.js'

// From the fictional Hale family: the professionals-only card, and one everyone sees.
const POLICE_CARD = 'Police were called to the home on 02/09/2026'
const SHARED_CARD = 'Sophie works nights at the care home twice a week'

/** The demo map of the fictional Hale family, made with the documented CLI. */
function demoMapOf(owner: Staff): string {
  const printed = execFileSync('npx', ['tsx', 'server/cli.ts', 'demo', '--owner', owner.email], {
    env: { ...process.env, KINMAP_DATA_DIR: E2E_DATA_DIR, LOG_LEVEL: 'warn' },
  }).toString()
  return /\(map ([A-Za-z0-9_-]+)\)/.exec(printed)![1]
}

/** Every professional-layer socket the page opens, with when each frame arrived. */
function watchProfessionalSockets(page: Page) {
  const sockets: Array<{ socket: WebSocket; frames: number[]; closedAt: number | null }> = []
  page.on('websocket', (socket) => {
    if (!socket.url().endsWith('/professional')) return
    const watched = { socket, frames: [] as number[], closedAt: null as number | null }
    sockets.push(watched)
    socket.on('framereceived', () => watched.frames.push(Date.now()))
    socket.on('close', () => (watched.closedAt = Date.now()))
  })
  return sockets
}

test('a family meeting: the professional layer is closed, not hidden, and comes back only when asked', async ({ browser, baseURL }) => {
  const priya = addStaff('Priya Shah')
  const mapId = demoMapOf(priya)
  const { context, page } = await personIn(browser, priya)
  const professionalSockets = watchProfessionalSockets(page)

  await page.goto(`/maps/${mapId}/columns`)
  await expect(page.getByText(POLICE_CARD)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Harm', exact: true })).toBeVisible()
  expect(professionalSockets).toHaveLength(1)

  await page.getByRole('switch', { name: 'Family and network' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Showing what the family and network may see' })).toBeVisible()
  await expect(page.getByRole('switch', { name: 'Family and network' })).toBeChecked()
  await expect(page.getByText(SHARED_CARD)).toBeVisible()
  await expect(page.getByText(POLICE_CARD)).toHaveCount(0)
  expect(await page.content()).not.toContain(POLICE_CARD)
  // Plain words, and none of the professionals' controls.
  await expect(page.getByRole('heading', { name: 'What has happened' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Harm', exact: true })).toHaveCount(0)
  for (const control of ['Members', 'Rename', 'Invitations']) await expect(page.getByRole('button', { name: control })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'Analysis' })).toHaveCount(0)
  await expect(page.getByLabel('Framework')).toHaveCount(0)

  // The professional layer's socket has closed; a colleague now writes in that layer, and nothing of
  // it reaches this screen.
  await expect.poll(() => professionalSockets[0].closedAt).not.toBeNull()
  const closedAt = professionalSockets[0].closedAt!
  const cookie = (await context.cookies()).find((one) => one.name === 'kinmap_session')!
  const colleague = connectLayer(baseURL!, mapId, 'professional', `${cookie.name}=${cookie.value}`)
  await colleague.synced()
  createCard(colleague.doc, 'professional', aCard('someone', { domain: 'danger', text: 'Dean told the GP he drinks most nights.' }))
  await page.waitForTimeout(1_000)
  colleague.destroy()
  expect(professionalSockets).toHaveLength(1)
  expect(professionalSockets[0].frames.filter((at) => at > closedAt)).toEqual([])
  await expect(page.getByText('Dean told the GP')).toHaveCount(0)

  // The canvas works with no professional layer, in the same plain words.
  await page.getByRole('link', { name: 'Canvas' }).click()
  await expect(page.locator('.kinmap-zones__label', { hasText: 'What has happened' })).toBeVisible()
  await expect(page.getByText('Ellie is always on time, clean and has a packed lunch.')).toBeVisible()
  expect(await page.content()).not.toContain(POLICE_CARD)

  // A reload in the middle of the meeting stays with the family.
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'Showing what the family and network may see' })).toBeVisible()
  await expect(page.locator('.kinmap-zones__label', { hasText: 'What has happened' })).toBeVisible()
  expect(professionalSockets).toHaveLength(1)

  await page.getByRole('link', { name: 'Three columns' }).click()
  await expect(page.getByText(SHARED_CARD)).toBeVisible()
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])

  // Back to professionals: asked first, because the screen is in front of the family.
  await page.getByRole('switch', { name: 'Family and network' }).click()
  await expect(page.getByText('Show professionals-only information on this screen?')).toBeVisible()
  await expect(page.getByRole('button', { name: 'No, stay with the family view' })).toBeFocused()
  await page.getByRole('button', { name: 'No, stay with the family view' }).click()
  await expect(page.getByText(POLICE_CARD)).toHaveCount(0)
  await page.getByRole('switch', { name: 'Family and network' }).click()
  await page.getByRole('button', { name: 'Yes, show the professional view' }).click()
  await expect(page.getByText(POLICE_CARD)).toBeVisible()
  await expect(page.getByText('Dean told the GP he drinks most nights.')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Showing what the family and network may see' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Harm', exact: true })).toBeVisible()

  // A meeting started from the map list opens in the family audience: no professional socket at all.
  const opened = professionalSockets.length
  await page.goto('/')
  await page.getByRole('link', { name: /^Start family meeting for / }).first().click()
  await expect(page.getByRole('status').filter({ hasText: 'Showing what the family and network may see' })).toBeVisible()
  await expect(page.locator('.kinmap-zones__label', { hasText: 'What has happened' })).toBeVisible()
  expect(professionalSockets).toHaveLength(opened)
  await context.close()
})
