import { expect, test } from '@playwright/test'
import { addStaff, createMap, personIn } from './support.js'

test('a change too large to save closes the map on that device with a plain reason, instead of resending it forever', async ({ browser }) => {
  const { page, context } = await personIn(browser, addStaff('Priya Shah'))
  const mapId = await createMap(page, 'Ellie and Jack Hale', ['Ellie Hale'])
  await page.goto(`/maps/${mapId}/columns`)
  await page.getByRole('button', { name: 'Add card to Harm' }).click()
  await expect(page.getByRole('textbox', { name: 'Text of card 1 in Harm' })).toBeFocused()

  const sockets: string[] = []
  page.on('websocket', (socket) => sockets.push(socket.url()))
  await page.keyboard.insertText('A very long paste. '.repeat(70_000)) // about 1.3 MB in one change

  await expect(page.getByRole('heading', { name: 'Map closed' })).toBeVisible()
  await expect(page.getByText(/too large to save in one go/)).toBeVisible()
  const opened = sockets.length
  await page.waitForTimeout(3000)
  expect(sockets.length).toBe(opened)
  await context.close()
})
