import { afterAll, describe, expect, it } from 'vitest'
import { cardBody, createCard, readCards, readSettings } from '../../shared/model/case-map.js'
import { fragmentText } from '../../shared/model/rich-text.js'
import { startTestKinmap, type TestKinmap } from '../support/kinmap-server.js'
import { aCard } from '../support/cards.js'
import { addMember, createTestMap } from '../support/maps.js'
import { signedInStaff } from '../support/staff.js'
import { connectLayer } from '../support/sync-client.js'
import { waitFor } from '../support/wait.js'

describe('a restart', () => {
  let server: TestKinmap
  afterAll(() => server.close())

  it('keeps accounts, sessions, maps, members and every layer', async () => {
    server = await startTestKinmap({ compactEvery: 5 })
    const owner = await signedInStaff(server)
    const colleague = await signedInStaff(server, { name: 'Priya Shah' })
    const mapId = await createTestMap(owner.client, { title: 'The Hale family' })
    await addMember(owner.client, mapId, colleague, 'professional')
    expect((await owner.client.post(`/api/maps/${mapId}/commands`, { type: 'rename-map', title: 'Mia and Leo Hale' })).status).toBe(200)

    const shared = connectLayer(server.url, mapId, 'shared', owner.client.cookie)
    const professional = connectLayer(server.url, mapId, 'professional', owner.client.cookie)
    await Promise.all([shared.synced(), professional.synced()])
    // More updates than compactEvery, so both a snapshot and later updates are on disk.
    const sharedCards = Array.from({ length: 8 }, (_, index) =>
      createCard(shared.doc, 'shared', aCard(owner.id, { text: `Shared note ${index}.` })),
    )
    const gossip = createCard(professional.doc, 'professional', aCard(owner.id, { knowledge: 'thirdParty', text: 'Said by a neighbour.' }))
    const watcher = connectLayer(server.url, mapId, 'shared', colleague.client.cookie)
    await watcher.synced()
    await waitFor(() => readCards(watcher.doc, 'shared').length === 8, { what: 'all cards at the colleague' })
    shared.destroy()
    professional.destroy()
    watcher.destroy()

    server = await server.restart()

    // The same cookie still works: sessions survive.
    expect((await owner.client.get('/api/session')).status).toBe(200)
    const listed = await colleague.client.get('/api/maps')
    expect(listed.body.maps).toEqual([{ id: mapId, title: 'Mia and Leo Hale', framework: 'safety', role: 'professional', updatedAt: expect.any(String) }])

    const again = connectLayer(server.url, mapId, 'shared', colleague.client.cookie)
    const againProfessional = connectLayer(server.url, mapId, 'professional', owner.client.cookie)
    const record = connectLayer(server.url, mapId, 'record', owner.client.cookie)
    await Promise.all([again.synced(), againProfessional.synced(), record.synced()])
    expect(readCards(again.doc, 'shared').map((card) => card.id).sort()).toEqual([...sharedCards].sort())
    expect(fragmentText(cardBody(again.doc, sharedCards[3])!)).toBe('Shared note 3.')
    expect(readCards(againProfessional.doc, 'professional').map((card) => card.id)).toEqual([gossip])
    expect(readSettings(record.doc)?.title).toBe('Mia and Leo Hale')
    for (const client of [again, againProfessional, record]) client.destroy()
  })
})
