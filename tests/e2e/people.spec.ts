import { expect, test } from '@playwright/test'
import { addMember, addStaff, createMap, personIn } from './support.js'

test("a person added to the map's people is there for everyone to name as who said something", async ({ browser }) => {
  const priya = addStaff('Priya Shah')
  const gareth = addStaff('Gareth Owusu')
  const a = await personIn(browser, priya)
  const mapId = await createMap(a.page, 'Ellie and Jack Hale', ['Ellie Hale', 'Jack Hale'])
  await addMember(a.page, mapId, gareth, 'professional')
  await a.page.goto(`/maps/${mapId}/columns`)

  await a.page.getByRole('button', { name: 'People' }).click()
  await a.page.getByRole('button', { name: 'Add person' }).click()
  await a.page.getByLabel('Name').fill('Maureen Hale')
  await a.page.getByLabel('Relationship to the child, or role').fill('maternal grandmother')
  await a.page.getByLabel('Group').selectOption({ label: 'Network' })
  await a.page.getByRole('button', { name: 'Add person' }).click()
  await expect(a.page.getByRole('region', { name: 'Network' })).toContainText('Maureen Hale')

  const b = await personIn(browser, gareth)
  await b.page.goto(`/maps/${mapId}/columns`)
  await b.page.getByRole('button', { name: 'Add card to Existing safety' }).click()
  await b.page.keyboard.type('Sophie took the children to their nan’s flat when Dean came home drunk.')
  const card = b.page.getByRole('article', { name: 'Existing safety, card 1 of 1' })
  await card.getByText('Details').click()
  await card.getByLabel('Who said it').selectOption({ label: 'Maureen Hale (maternal grandmother)' })

  await expect(a.page.getByRole('article', { name: 'Existing safety, card 1 of 1' })).toContainText('Maureen Hale (maternal grandmother)')
  await a.context.close()
  await b.context.close()
})
