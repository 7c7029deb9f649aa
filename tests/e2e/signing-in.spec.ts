import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { addStaff, PASSWORD, signIn } from './support.js'

test('a setup link from an old email points to sign-in; a member of staff signs in, makes a map for a family, finds it on their list and signs out', async ({ page }) => {
  const priya = addStaff('Priya Shah')
  await page.goto('/setup/a-link-from-an-old-email')
  await expect(page.getByRole('heading', { name: 'Kinmap is already set up' })).toBeVisible()
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await page.getByRole('link', { name: 'Go to sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()

  await page.goto('/')
  await expect(page).toHaveURL(/\/sign-in/)
  await page.getByLabel('Email').fill(priya.email)
  await page.getByLabel('Password').fill('not the password at all')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('That email and password do not match an account.')).toBeVisible()

  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Your maps' })).toBeVisible()

  await page.getByLabel('Title').fill('Ellie and Jack Hale')
  await page.getByRole('textbox', { name: /child/i }).first().fill('Ellie Hale')
  await page.getByRole('button', { name: /create|new map/i }).last().click()
  await expect(page).toHaveURL(/\/maps\/[^/]+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Ellie and Jack Hale' })).toBeVisible()
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'Ellie and Jack Hale', exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.goto('/')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('an administrator reads the audit trail, filters it and downloads it as CSV', async ({ page }) => {
  const ada = addStaff('Ada Adeyemi', { admin: true })
  await signIn(page, ada)
  await page.getByRole('navigation', { name: 'Kinmap' }).getByRole('link', { name: 'Audit trail' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible()

  const table = page.getByRole('table', { name: 'Audit trail events, newest first' })
  const adasSignIn = table.getByRole('row').filter({ hasText: 'Signed in' }).filter({ hasText: 'Ada Adeyemi' })
  await expect(adasSignIn.first()).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
  await expect(adasSignIn.first()).toContainText('With a password')

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])

  await page.getByLabel('Kind of event').selectOption({ label: 'Signed in' })
  await page.getByRole('button', { name: 'Show events' }).click()
  await expect(page).toHaveURL(/event=sign-in/)
  await expect(page.getByRole('heading', { name: 'Events matching the filters' })).toBeVisible()
  const events = table.locator('tbody tr td:first-of-type')
  await expect(events.first()).toHaveText('Signed in')
  expect(new Set(await events.allTextContents())).toEqual(new Set(['Signed in']))

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV of these events' }).click()])
  expect(download.suggestedFilename()).toMatch(/^kinmap-audit-trail-\d{4}-\d{2}-\d{2}\.csv$/)
  const [header, ...rows] = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n')
  expect(header).toBe('Event number,Time (UTC ISO 8601),Time (UK),Event,Event in words,Staff account id,Who,Invitation id,Map id,Details,Detail as recorded,Address')
  expect(rows.length).toBeGreaterThan(0)
  expect(rows.every((row) => row.includes(',sign-in,Signed in,'))).toBe(true)
})
