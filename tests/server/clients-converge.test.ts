import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cardBody, createCard, readCards, readPeople, readSettings } from '../../shared/model/case-map.js'
import { fragmentText } from '../../shared/model/rich-text.js'
import type { TestKinmap } from '../support/kinmap-server.js'
import { ownerAndColleagueOnAMap } from '../support/maps.js'
import type { SignedInStaff } from '../support/staff.js'
import { connectLayer, type LayerClient } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

describe('two people on the same map', () => {
  let server: TestKinmap
  let owner: SignedInStaff
  let colleague: SignedInStaff
  let mapId: string
  const clients: LayerClient[] = []

  beforeAll(async () => {
    ;({ server, owner, colleague, mapId } = await ownerAndColleagueOnAMap())
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  it('see each other\'s cards, text and all, on the shared layer', async () => {
    const a = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    const b = connectLayer(server.url, mapId, 'shared', colleague.client.cookie)
    clients.push(a, b)
    await Promise.all([a.synced(), b.synced()])

    const cardId = createCard(a.doc, 'shared', {
      domain: 'existingStrengths',
      knowledge: 'observation',
      source: null,
      agency: '',
      childIds: [],
      childsWords: null,
      createdBy: owner.id,
      text: 'Mia walks to school with her grandmother every morning.',
    })

    const seen = await waitFor(() => readCards(b.doc, 'shared').find((card) => card.id === cardId), { what: 'the card at B' })
    expect(seen.text).toBe('Mia walks to school with her grandmother every morning.')
    expect(seen.domain).toBe('existingStrengths')

    // B types into the same card, as TipTap would; A sees it.
    const paragraph = cardBody(b.doc, cardId)!.get(0) as Y.XmlElement
    const text = paragraph.get(0) as Y.XmlText
    text.insert(text.length, ' She says she likes it.')
    await waitFor(() => fragmentText(cardBody(a.doc, cardId)!).endsWith('She says she likes it.'), { what: 'B\'s typing at A' })
    expect(a.notices).toEqual([])
    expect(b.notices).toEqual([])
  })

  it('seeds a new map through the shared accessors: its children and its creator', async () => {
    const record = connectLayer(server.url, mapId, 'record', owner.client.cookie)
    const shared = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    clients.push(record, shared)
    await Promise.all([record.synced(), shared.synced()])
    const settings = readSettings(record.doc)!
    const people = readPeople(shared.doc)
    expect(settings.title).toBe('The Hale family')
    expect(settings.framework).toBe('safety')
    expect(settings.childIds).toHaveLength(1)
    const child = people.find((person) => person.id === settings.childIds[0])!
    expect(child).toMatchObject({ name: 'Mia Hale', relationship: 'child', group: 'family', userId: null })
    expect(people.find((person) => person.userId === owner.id)).toMatchObject({ group: 'professional', relationship: '', agency: '' })
  })
})
