import { execFileSync } from 'node:child_process'
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { E2E_DATA_DIR } from '../../playwright.config.js'

export const PASSWORD = 'a long enough passphrase'

export interface Staff {
  email: string
  name: string
}

let counter = 0
/** Creates a staff account with the documented CLI, against the server the journeys run on. */
export function addStaff(name: string, { admin = false } = {}): Staff {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${process.pid}.${++counter}@example.org`
  execFileSync('npx', ['tsx', 'server/cli.ts', 'user', 'add', '--email', email, '--name', name, ...(admin ? ['--admin'] : [])], {
    input: PASSWORD,
    env: { ...process.env, KINMAP_DATA_DIR: E2E_DATA_DIR, LOG_LEVEL: 'warn' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  return { email, name }
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, staff: Staff): Promise<void> {
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(staff.email)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
}

/** A separate browser context per person: pages of one context would sync without the server. */
export async function personIn(browser: Browser, staff: Staff): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/London' })
  const page = await context.newPage()
  await signIn(page, staff)
  return { context, page }
}

async function csrf(page: Page): Promise<string> {
  const response = await page.request.get('/api/session')
  return (await response.json()).csrfToken
}

/** Creates a map through the API as the signed-in person; returns its id. */
export async function createMap(page: Page, title: string, children: string[], framework = 'safety'): Promise<string> {
  const response = await page.request.post('/api/maps', {
    data: { title, framework, children: children.map((name) => ({ name })) },
    headers: { 'x-kinmap-csrf': await csrf(page) },
  })
  expect(response.status()).toBe(201)
  return (await response.json()).id
}

export async function addMember(page: Page, mapId: string, staff: Staff, role: 'owner' | 'professional' | 'observer'): Promise<void> {
  const response = await page.request.put(`/api/maps/${mapId}/members`, {
    data: { email: staff.email, role },
    headers: { 'x-kinmap-csrf': await csrf(page) },
  })
  expect(response.status()).toBe(200)
}

/** Fails the journey if the page asks anything of a host other than the Kinmap server. */
export function refuseOutsideRequests(page: Page): string[] {
  const outside: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) outside.push(request.url())
  })
  return outside
}
