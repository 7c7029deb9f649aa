import { expect, test } from '@playwright/test'
import { addStaff, PASSWORD, signIn } from './support.js'

test('a member of staff signs in, sees their maps, and signs out', async ({ page }) => {
  const priya = addStaff('Priya Shah')
  await page.goto('/')
  await expect(page).toHaveURL(/\/sign-in/)

  await page.getByLabel('Email').fill(priya.email)
  await page.getByLabel('Password').fill('not the password at all')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('That email and password do not match an account.')).toBeVisible()

  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Your maps' })).toBeVisible()

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.goto('/')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('a new map for a family opens on its canvas, with the children on its people list', async ({ page }) => {
  await signIn(page, addStaff('Gareth Owusu'))
  await page.getByLabel('Title').fill('Ellie and Jack Hale')
  await page.getByRole('textbox', { name: /child/i }).first().fill('Ellie Hale')
  await page.getByRole('button', { name: /create|new map/i }).last().click()
  await expect(page).toHaveURL(/\/maps\/[^/]+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Ellie and Jack Hale' })).toBeVisible()
  await page.goto('/')
  await expect(page.getByRole('link', { name: /Ellie and Jack Hale/ })).toBeVisible()
})

test('a setup link opened after Kinmap is set up says so and points to sign-in', async ({ page }) => {
  addStaff('Lin Roberts')
  await page.goto('/setup/a-link-from-an-old-email')
  await expect(page.getByRole('heading', { name: 'Kinmap is already set up' })).toBeVisible()
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await page.getByRole('link', { name: 'Go to sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
})
